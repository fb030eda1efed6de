/**
 * GET /export/<list>.csv|.xlsx over real HTTP: the files parse back to exactly the rows (and the
 * cell values) the caller's own GraphQL query of the list returns with the same filter, across many
 * keyset pages (EXPORT_PAGE_SIZE=7 here); field rules and row scopes hold; bad input is a 400 a
 * person can act on; a client that goes away stops the reading.
 */
import http from 'node:http';
import ExcelJS from 'exceljs';
import { parseString } from '@fast-csv/parse';
import { dataOf, GraphQLResponse, startTestApp, TestApp } from './support/app';
import { Talent } from '../src/modules/talent/talent.entity';

const PAGE_SIZE = 7;
let app: TestApp;
let origin: string;
let staff: string;
let manager: string;

beforeAll(async () => {
  process.env.EXPORT_PAGE_SIZE = String(PAGE_SIZE);
  app = await startTestApp('export');
  delete process.env.EXPORT_PAGE_SIZE;
  origin = new URL(app.url).origin;
  [staff, manager] = await Promise.all([app.tokenFor('staff'), app.tokenFor('manager')]);
  // The seed leaves contact details empty: give some talents both, and one a bio a spreadsheet would run.
  await app.dataSource.query("UPDATE talent SET email = 'someone@example.org', phone = '+64 21 555 0100' WHERE id % 5 = 0");
  await app.dataSource.query(`UPDATE talent SET bio = '=HYPERLINK("http://example.org")' WHERE id = 3`);
});
afterAll(async () => {
  await app?.stop();
});

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

async function download(path: string, token?: string, headers: Record<string, string> = {}): Promise<Download> {
  const response = await fetch(`${origin}${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

const exportPath = (list: string, format: 'csv' | 'xlsx', query: Record<string, unknown> = {}) => {
  const search = new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : JSON.stringify(value)]));
  return `/export/${list}.${format}${search.size ? `?${search}` : ''}`;
};

/** The rows of a CSV export: field-name headers, each row an object of strings. */
async function csvRows(text: string): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) => {
    const rows: Record<string, string>[] = [];
    parseString(text, { headers: true })
      .on('data', (row: Record<string, string>) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

/** The rows of an XLSX export (every sheet), each an object of the cells' values. */
async function xlsxRows(body: Buffer): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: Record<string, unknown>[] = [];
  workbook.eachSheet((sheet) => {
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const values = (row.values as unknown[]).slice(1);
      rows.push(Object.fromEntries(header.map((name, index) => [name, values[index] ?? null])));
    });
  });
  return rows;
}

/** Every node of a root list as `token` reads it over GraphQL, in pages of 100. */
async function graphqlNodes(field: string, filterType: string, selection: string, filter: object | null, token?: string): Promise<Record<string, any>[]> {
  const nodes: Record<string, any>[] = [];
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse = await app.query(
      `query($filter: ${filterType}, $after: String) { ${field}(first: 100, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
      { filter, after },
      token ? { token } : { anonymous: true },
    );
    const page: { edges: { node: Record<string, any> }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = dataOf<Record<string, any>>(response)[field];
    nodes.push(...page.edges.map((edge: { node: Record<string, any> }) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

describe('the index', () => {
  test('JSON for programs: every list with its two links and the filter fields of its GraphQL input', async () => {
    const { status, body } = await download('/export');
    expect(status).toBe(200);
    const index = JSON.parse(body.toString());
    const names = index.lists.map((list: { name: string }) => list.name);
    expect(names).toEqual(expect.arrayContaining(['stations', 'talents', 'organizations', 'projects', 'host-units', 'offshore-bases', 'partnerships', 'announcements', 'evaluations', 'applications']));
    const talents = index.lists.find((list: { name: string }) => list.name === 'talents');
    expect(talents).toMatchObject({ csv: '/export/talents.csv', xlsx: '/export/talents.xlsx', graphqlList: 'talents', filter: { input: 'TalentFilter' } });
    expect(talents.filter.fields.map((field: { name: string }) => field.name)).toEqual(expect.arrayContaining(['countries', 'degrees', 'stationIds']));
    expect(index.pageSize).toBe(PAGE_SIZE);
  });

  test('a bilingual page for browsers, with nothing but its own style allowed to run', async () => {
    const { status, headers, body } = await download('/export', undefined, { accept: 'text/html,application/xhtml+xml' });
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/text\/html/);
    expect(headers.get('content-security-policy')).toMatch(/default-src 'none'; style-src 'sha256-/);
    const html = body.toString();
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain('海外人才');
    expect(html).toContain('href="/export/talents.xlsx"');
  });

  test('every exported column has Chinese and English words (a field name alone is a missing label)', async () => {
    const index = JSON.parse((await download('/export')).body.toString());
    const unlabelled = index.lists.flatMap((list: { name: string; columns: { field: string; zh: string }[] }) =>
      list.columns.filter((column) => column.zh === column.field).map((column) => `${list.name}.${column.field}`),
    );
    expect(unlabelled).toEqual([]);
  });
});

describe('the rows are the GraphQL list’s', () => {
  test('talents CSV as STAFF: every talent, in the order of the list, across many pages; a UTF-8 BOM; bilingual headers', async () => {
    const expected = await graphqlNodes('talents', 'TalentFilter', 'id name email', null, staff);
    expect(expected.length).toBeGreaterThan(PAGE_SIZE * 20);
    const { status, headers, body } = await download(exportPath('talents', 'csv'), staff);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toMatch(/^attachment; filename="talents-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8').slice(1);
    expect(text.split('\n')[0]).toContain('名称 Name (name)');
    const fields = await csvRows((await download(exportPath('talents', 'csv', { headers: 'fields' }), staff)).body.toString('utf8').slice(1));
    expect(fields.map((row) => row.id)).toEqual(expected.map((node) => node.id));
    expect(fields.map((row) => row.name)).toEqual(expected.map((node) => node.name));
    expect(fields.map((row) => row.email || null)).toEqual(expected.map((node) => node.email));
    // A formula is written as text (CSV injection); a phone number is left as it is.
    const third = fields.find((row) => row.id === Buffer.from('Talent:3').toString('base64url'));
    expect(third?.bio).toBe(`'=HYPERLINK("http://example.org")`);
    expect(fields.filter((row) => row.phone !== '').every((row) => row.phone === '+64 21 555 0100')).toBe(true);
  });

  test('a filter and an order apply as in GraphQL (stations XLSX, several pages)', async () => {
    const filter = { statuses: ['ACTIVE', 'EXPIRED'], approvalYears: { from: 2015 } };
    const expected = await graphqlNodes('stations', 'StationFilter', 'id name status approvalYear district { name } hostUnit { name }', filter, staff);
    const all = await graphqlNodes('stations', 'StationFilter', 'id', null, staff);
    expect(expected.length).toBeGreaterThan(PAGE_SIZE * 2);
    expect(expected.length).toBeLessThan(all.length);
    const { status, body } = await download(exportPath('stations', 'xlsx', { filter, headers: 'fields' }), staff);
    expect(status).toBe(200);
    const rows = await xlsxRows(body);
    expect(rows.map((row) => row.id)).toEqual(expected.map((node) => node.id));
    expect(rows.map((row) => [row.status, row.approvalYear, row.districtName, row.hostUnitName])).toEqual(
      expected.map((node) => [node.status, node.approvalYear, node.district.name, node.hostUnit.name]),
    );
    // orderBy: by name, descending, the same as the GraphQL list.
    const orderBy = { field: 'NAME', direction: 'DESC' };
    const ordered = await app.query('query($o: StationOrder) { stations(first: 100, orderBy: $o) { edges { node { id } } } }', { o: orderBy }, { token: staff });
    const csv = await csvRows((await download(exportPath('stations', 'csv', { orderBy, headers: 'fields' }), staff)).body.toString('utf8').slice(1));
    expect(csv.map((row) => row.id)).toEqual(dataOf<any>(ordered).stations.edges.map((edge: { node: { id: string } }) => edge.node.id));
  });

  test('the statements follow the pages, not the rows: one page statement per 7 talents', async () => {
    const count = Number((await app.dataSource.query('SELECT COUNT(*) AS n FROM talent'))[0].n);
    app.statements.length = 0;
    const { status } = await download(exportPath('talents', 'csv'), staff);
    expect(status).toBe(200);
    const pages = app.statements.filter((sql) => /FROM [`"]?talent[`"]? [`"]?t[`"]?/.test(sql) && /LIMIT/i.test(sql));
    expect(pages.length).toBe(Math.floor(count / PAGE_SIZE) + 1);
    // Besides each page: the affiliations named, one statement per page at most; the credential lookup.
    expect(app.statements.length).toBeLessThanOrEqual(pages.length * 2 + 2);
  });
});

describe('scope and field rules hold as over GraphQL', () => {
  test('anonymous callers get no email or phone; STAFF do', async () => {
    const anonymous = await csvRows((await download(exportPath('talents', 'csv', { headers: 'fields' }))).body.toString('utf8').slice(1));
    const asStaff = await csvRows((await download(exportPath('talents', 'csv', { headers: 'fields' }), staff)).body.toString('utf8').slice(1));
    expect(anonymous.map((row) => row.id)).toEqual(asStaff.map((row) => row.id));
    expect(asStaff.filter((row) => row.email !== '').length).toBeGreaterThan(0);
    expect(asStaff.filter((row) => row.phone !== '').length).toBeGreaterThan(0);
    expect(anonymous.filter((row) => row.email !== '' || row.phone !== '')).toEqual([]);
    // And the XLSX the same way.
    const xlsx = await xlsxRows((await download(exportPath('talents', 'xlsx', { headers: 'fields' }))).body);
    expect(xlsx.length).toBe(asStaff.length);
    expect(xlsx.filter((row) => row.email !== null || row.phone !== null)).toEqual([]);
  });

  test("a unit manager's applications: the rows and conclusions its own GraphQL query returns, nothing of other units' workflow", async () => {
    const selection = 'id status conclusion hostUnit { id name }';
    const expected = await graphqlNodes('stationApplications', 'StationApplicationFilter', selection, null, manager);
    const everyone = await graphqlNodes('stationApplications', 'StationApplicationFilter', 'id', null, staff);
    expect(expected.length).toBeLessThan(everyone.length);
    const rows = await csvRows((await download(exportPath('applications', 'csv', { headers: 'fields' }), manager)).body.toString('utf8').slice(1));
    expect(rows.map((row) => row.id)).toEqual(expected.map((node) => node.id));
    expect(rows.map((row) => row.conclusion || null)).toEqual(expected.map((node) => node.conclusion));
    const viewer = dataOf<any>(await app.query('{ viewer { hostUnit { name } } }', {}, { token: manager })).viewer;
    const own = viewer.hostUnit.name;
    const others = rows.filter((row) => row.hostUnitName !== own);
    expect(rows.length - others.length).toBeGreaterThan(0);
    // Another unit's application shows only once public (公示), as the row scope says.
    expect(others.filter((row) => !['PUBLICIZED', 'APPROVED'].includes(row.status))).toEqual([]);
    expect(others.filter((row) => row.conclusion !== '')).toEqual([]);
  });
});

describe('refusals a person can act on', () => {
  test('a bad filter is 400 BAD_USER_INPUT, worded as GraphQL words it', async () => {
    const unknownEnum = await download(exportPath('talents', 'csv', { filter: { degrees: ['WIZARD'] } }), staff);
    expect(unknownEnum.status).toBe(400);
    const error = JSON.parse(unknownEnum.body.toString()).errors[0];
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^filter\.degrees\[0\]: Value "WIZARD" does not exist in "Degree" enum/);
    const viaGraphql = await app.query('query($f: TalentFilter) { talents(filter: $f) { totalCount } }', { f: { degrees: ['WIZARD'] } });
    expect(viaGraphql.errors?.[0].message).toContain('Value "WIZARD" does not exist in "Degree" enum');

    const cases: [Record<string, unknown>, RegExp][] = [
      [{ filter: '{countries: NZ' }, /^filter is not JSON .*e\.g\. filter=/],
      [{ filter: { country: ['NZ'] } }, /^filter: Field "country" is not defined by type "TalentFilter"\. Did you mean "countries"\?/],
      [{ filter: { countries: ['nz'] } }, /^filter\.countries: countries must be ISO 3166-1 alpha-2 codes in capitals/],
      [{ filter: { stationIds: [Buffer.from('District:1').toString('base64url')] } }, /filter\.stationIds is the id of a District; expected the id of a Station/],
      [{ orderBy: { field: 'SHOE_SIZE' } }, /^orderBy\.field: Value "SHOE_SIZE" does not exist in "TalentOrderField" enum/],
    ];
    for (const [query, message] of cases) {
      const response = await download(exportPath('talents', 'xlsx', query), staff);
      expect(response.status).toBe(400);
      const body = JSON.parse(response.body.toString());
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toMatch(message);
    }
    const partnerships = await download(exportPath('partnerships', 'csv', { filter: { kind: 'MOU' } }));
    expect(partnerships.status).toBe(400);
    expect(JSON.parse(partnerships.body.toString()).errors[0].message).toMatch(/partnerships takes no filter/);
  });

  test('an unknown list is 404 naming the lists there are', async () => {
    const response = await download('/export/spaceships.csv');
    expect(response.status).toBe(404);
    const error = JSON.parse(response.body.toString()).errors[0];
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.message).toContain('No export at /export/spaceships.csv');
    expect(error.message).toContain('stations, talents, organizations');
    expect((await download('/export/talents.pdf')).status).toBe(404);
  });

  test('a bad credential is 401 as on /graphql, never anonymous', async () => {
    const response = await download('/export/talents.csv', 'not-a-token');
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const viaGraphql = await app.post('{ __typename }', {}, { token: 'not-a-token' });
    expect(viaGraphql.status).toBe(401);
  });
});

describe('every list exports, as CSV and XLSX', () => {
  test('each list parses back with the GraphQL list’s ids (as STAFF)', async () => {
    const index = JSON.parse((await download('/export')).body.toString());
    for (const list of index.lists as { name: string; graphqlList: string | null; filter: { input: string } | null }[]) {
      const csv = await download(`/export/${list.name}.csv?headers=fields`, staff);
      const xlsx = await download(`/export/${list.name}.xlsx?headers=fields`, staff);
      expect([list.name, csv.status, xlsx.status]).toEqual([list.name, 200, 200]);
      const csvIds = (await csvRows(csv.body.toString('utf8').slice(1))).map((row) => row.id);
      const xlsxIds = (await xlsxRows(xlsx.body)).map((row) => row.id);
      expect(xlsxIds).toEqual(csvIds);
      if (list.graphqlList && list.filter) {
        const expected = await graphqlNodes(list.graphqlList, list.filter.input, 'id', null, staff);
        expect([list.name, csvIds]).toEqual([list.name, expected.map((node) => node.id)]);
      } else {
        expect(csvIds.length).toBe(Number((await app.dataSource.query('SELECT COUNT(*) AS n FROM partnership'))[0].n));
      }
    }
  });
});

describe('a client that goes away', () => {
  test('stops the reading between pages, and the server answers the next request', async () => {
    // Enough text that the file outgrows the socket buffers: the server must wait for a client that does not read.
    const bio = '海智'.repeat(1500);
    const rows = Array.from({ length: 1500 }, (_, i) => ({ name: `导出测试${i}`, nameSort: `daochu${String(i).padStart(5, '0')}`, countryCode: 'NZ', degree: 'DOCTORATE', isReturnee: false, bio, isGenerated: true }));
    for (let i = 0; i < rows.length; i += 250) await app.dataSource.getRepository(Talent).insert(rows.slice(i, i + 250) as never);
    const totalPages = Math.ceil(Number((await app.dataSource.query('SELECT COUNT(*) AS n FROM talent'))[0].n) / PAGE_SIZE);
    const pageStatements = () => app.statements.filter((sql) => /FROM [`"]?talent[`"]? [`"]?t[`"]?/.test(sql) && /LIMIT/i.test(sql)).length;
    app.statements.length = 0;
    const url = new URL(`${origin}/export/talents.csv`);
    await new Promise<void>((resolve, reject) => {
      const request = http.get(url, { headers: { authorization: `Bearer ${staff}` } }, (response) => {
        expect(response.statusCode).toBe(200);
        // Read nothing: the server's writes back up, and it waits for 'drain'.
        response.pause();
        setTimeout(() => {
          request.destroy();
          resolve();
        }, 1500);
      });
      request.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    });
    const stalled = pageStatements();
    expect(stalled).toBeGreaterThan(0);
    expect(stalled).toBeLessThan(totalPages);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Nothing more was read once the client had gone.
    expect(pageStatements()).toBeLessThanOrEqual(stalled + 1);
    const next = await download('/export/evaluations.csv', staff);
    expect(next.status).toBe(200);
    expect(dataOf<any>(await app.query('{ talents(first: 1) { totalCount } }')).talents.totalCount).toBeGreaterThan(rows.length);
  });
});
