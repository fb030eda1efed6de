/** The first root queries over HTTP: stations and talents page by cursor; station(id) resolves its relations. */
import type { StationPageQuery } from './generated/operations';
import { dataOf, startTestApp, TestApp } from './support/app';
import { operation } from './support/operations';
import { toGlobalId } from '../src/graphql/global-id';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('stations');
});
afterAll(async () => {
  await app?.stop();
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; name: string } }[];
}

async function walk(field: 'stations' | 'talents', first: number): Promise<{ ids: string[]; pages: number; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = 0;
  for (;;) {
    const data: Record<string, Page> = dataOf(
      await app.query(
        `query($first: Int, $after: String) { ${field}(first: $first, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`,
        { first, after },
      ),
    );
    const page = data[field];
    pages += 1;
    totalCount = page.totalCount;
    ids.push(...page.edges.map((edge) => edge.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, pages, totalCount };
}

test.each([
  ['stations', 'SELECT id FROM station ORDER BY id'],
  ['talents', 'SELECT id FROM talent ORDER BY id'],
] as const)('%s: walking every page returns each row exactly once', async (field, sql) => {
  const typeName = field === 'stations' ? 'Station' : 'Talent';
  const expected = (await app.dataSource.query(sql)).map((row: { id: number }) => toGlobalId(typeName, row.id));
  const { ids, pages, totalCount } = await walk(field, 25);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
  expect(pages).toBe(Math.ceil(expected.length / 25));
});

test('station(id) answers with its host unit, district and head', async () => {
  const [row] = await app.dataSource.query(
    `SELECT s.id AS rowId, s.name_zh AS name, h.name_zh AS hostUnit, d.name_zh AS district
       FROM station s JOIN host_unit h ON h.id = s.host_unit_id JOIN district d ON d.id = s.district_id
      WHERE s.seed_key = ?`,
    ['station:graphene'],
  );
  const data = dataOf(
    await app.query(
      `query($id: ID!) { station(id: $id) { id name approvalYear status isGenerated
         hostUnit { name kind } district { name } head { name certifiedOn } } }`,
      { id: toGlobalId('Station', row.rowId) },
    ),
  );
  expect(data.station).toMatchObject({
    id: toGlobalId('Station', row.rowId),
    name: row.name,
    approvalYear: 2022,
    isGenerated: false,
    hostUnit: { name: row.hostUnit },
    district: { name: row.district },
  });
});

test('station(id) is null for an id that names no station', async () => {
  const [{ maxId }] = await app.dataSource.query('SELECT MAX(id) AS maxId FROM station');
  const data = dataOf(await app.query('query($id: ID!) { station(id: $id) { id } }', { id: toGlobalId('Station', Number(maxId) + 1000) }));
  expect(data.station).toBeNull();
});

test('first above 100 is refused with the limit in the message', async () => {
  const response = await app.query('{ stations(first: 101) { edges { node { id } } } }');
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/at most 100/);
});

test('a cursor the API did not issue is a clear input error, and the server keeps serving', async () => {
  const response = await app.query('{ talents(first: 5, after: "not-a-cursor") { edges { node { id } } } }');
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/after is not a cursor this API issued/);
  const again = dataOf(await app.query('{ talents(first: 1) { edges { node { id } } } }'));
  expect(again.talents.edges).toHaveLength(1);
});

test('a malformed id is a clear input error', async () => {
  const response = await app.query('{ station(id: "abc") { id } }');
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/not an id issued by this API/);
});

test('relations of a page are loaded in one statement per table, not one per row', async () => {
  const [{ n }] = await app.dataSource.query('SELECT COUNT(*) AS n FROM station');
  const stationCount = Number(n);
  app.statements.length = 0;
  const data = dataOf(await app.query<StationPageQuery>(operation('StationPage'), { first: 50 }));
  expect(data.stations.edges).toHaveLength(50);
  expect(data.stations.totalCount).toBe(stationCount);
  // page + count + districts + host units + heads, whatever the page size
  expect(app.statements).toHaveLength(5);
  expect(app.statements.every((sql) => /^\s*SELECT/i.test(sql))).toBe(true);
});
