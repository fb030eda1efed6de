/**
 * search: what the issue's "Done when" names on the seeded network (石墨烯 and graphene, 包虫, pinyin,
 * traditional Chinese), results checked against the tables themselves, paging, scope (contact
 * details and unpublished applications), freshness within the mutation's transaction, and input
 * errors. The same file runs on SQLite and on MariaDB.
 */
import { dataOf, startTestApp, TestApp } from './support/app';
import { codeOf } from './support/writes';
import { demoScope } from './support/writes';
import { toGlobalId } from '../src/graphql/global-id';
import { SEARCHED_TYPES } from '../src/modules/search/search-types';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { rebuildSearchIndex, searchIndexMissing } from '../src/modules/search/search-index';
import { checkSearchGuards } from '../src/modules/search/search-query';
import { FIELD_RULES } from '../src/auth/field-rules';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('search');
});
afterAll(async () => {
  await app?.stop();
});

const SEARCH = `query($q: String!, $types: [SearchType!], $first: Int, $after: String, $filter: SearchFilter) {
  search(query: $q, types: $types, first: $first, after: $after, filter: $filter) {
    totalCount terms
    pageInfo { hasNextPage endCursor }
    edges { cursor score node { __typename ... on Node { id } } highlights { field snippet parts { text matched } } }
  }
}`;

interface Edge {
  cursor: string;
  score: number;
  node: { __typename: string; id: string };
  highlights: { field: string; snippet: string; parts: { text: string; matched: boolean }[] }[];
}
interface SearchPage {
  totalCount: number;
  terms: string[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Edge[];
}

async function search(q: string, options: { types?: string[]; first?: number; after?: string; token?: string; filter?: object } = {}): Promise<SearchPage> {
  const { token, ...variables } = options;
  return dataOf(await app.query<{ search: SearchPage }>(SEARCH, { q, first: 100, ...variables }, token ? { token } : {})).search;
}

const idOf = (typeName: string, row: { id: number | string }) => toGlobalId(typeName, Number(row.id));
const one = async (sql: string, params: unknown[] = []) => (await app.dataSource.query(sql, params))[0] as { id: number };

describe('on the seeded network', () => {
  test('石墨烯 and graphene both return the graphene station first', async () => {
    const station = idOf('Station', await one("SELECT id FROM station WHERE seed_key = 'station:graphene'"));
    for (const q of ['石墨烯', 'graphene', 'Graphene', 'ＧＲＡＰＨＥＮＥ', '重慶石墨烯']) {
      const page = await search(q);
      expect({ q, first: page.edges[0]?.node }).toEqual({ q, first: { __typename: 'Station', id: station } });
    }
    const [first] = (await search('石墨烯')).edges;
    expect(first.highlights).toContainEqual(expect.objectContaining({ field: 'name', snippet: '重庆<mark>石墨烯</mark>研究院有限公司海智工作站' }));
  });

  test('包虫 returns the EG95 vaccine project and David Heath, each with the match marked', async () => {
    const project = idOf('Project', await one("SELECT id FROM project WHERE seed_key = 'project:eg95-vaccine'"));
    const heath = idOf('Talent', await one("SELECT id FROM talent WHERE seed_key = 'talent:david-heath'"));
    const page = await search('包虫');
    const found = page.edges.map((edge) => edge.node.id);
    expect(found).toEqual(expect.arrayContaining([project, heath]));
    const heathEdge = page.edges.find((edge) => edge.node.id === heath)!;
    expect(heathEdge.highlights).toEqual([expect.objectContaining({ field: 'bio' })]);
    expect(heathEdge.highlights[0].parts.filter((part) => part.matched).map((part) => part.text)).toEqual(['包虫']);
  });

  test('a Chinese name is found by its pinyin, with or without spaces or tones', async () => {
    const head = idOf('StationHead', await one("SELECT id FROM station_head WHERE seed_key = 'head:fu-gang'"));
    const talent = idOf('Talent', await one("SELECT id FROM talent WHERE seed_key = 'talent:qian-cheng'"));
    for (const q of ['fugang', 'Fú Gāng', 'fu2gang1', 'FUGANG']) expect({ q, ids: (await search(q)).edges.map((e) => e.node.id) }).toEqual({ q, ids: expect.arrayContaining([head]) });
    for (const q of ['qiancheng', 'Qián Chéng', 'qian cheng']) expect({ q, ids: (await search(q)).edges.map((e) => e.node.id) }).toEqual({ q, ids: expect.arrayContaining([talent]) });
    // "fugang" is no word of the English name "Fu Gang": the Chinese name matched, through its pinyin.
    const edge = (await search('fugang')).edges.find((e) => e.node.id === head)!;
    expect(edge.highlights).toEqual([expect.objectContaining({ field: 'name', snippet: '<mark>伏刚</mark>' })]);
  });

  test('traditional Chinese finds the simplified record; full-width finds half-width', async () => {
    const aolong = idOf('Station', await one("SELECT id FROM station WHERE name_zh = '重庆澳龙生物制品有限公司海智工作站'"));
    expect((await search('澳龍生物')).edges[0].node.id).toBe(aolong);
    expect((await search('重慶澳龍')).edges.map((e) => e.node.id)).toContain(aolong);
    expect((await search('ＥＧ９５')).edges.map((e) => e.node.id)).toEqual((await search('eg95')).edges.map((e) => e.node.id));
  });

  test('English ignores case and accents and matches word forms; Chinese and English mix', async () => {
    const ids = async (q: string) => (await search(q)).edges.map((e) => e.node.id).sort();
    expect(await ids('vaccines')).toEqual(await ids('vaccine'));
    expect((await ids('vaccine')).length).toBeGreaterThan(0);
    expect(await ids('GRAPHÉNE')).toEqual(await ids('graphene'));
    const station = idOf('Station', await one("SELECT id FROM station WHERE seed_key = 'station:graphene'"));
    const mixed = await search('重庆 graphene research');
    expect(mixed.terms).toEqual(['重庆', 'graphen', 'research']);
    expect(mixed.edges[0].node.id).toBe(station);
  });

  test('every record whose text holds the words is found, and nothing else: checked against the tables', async () => {
    // What anonymous may read: every type whose rows are all public (applications and experts are scoped).
    const publicTypes = SEARCHED_TYPES.filter(({ type }) => type !== 'APPLICATION' && type !== 'EXPERT');
    for (const word of ['石墨烯', '疫苗', '海智']) {
      const expected = new Set<string>();
      for (const { type, entity, fields } of publicTypes) {
        const meta = app.dataSource.getMetadata(entity);
        const columns = fields.filter(({ field }) => field !== 'email' && field !== 'phone').map(({ property }) => meta.findColumnWithPropertyName(property)!.databaseName);
        const rows: { id: number }[] = await app.dataSource.query(`SELECT id FROM ${meta.tableName} WHERE ${columns.map((c) => `${c} LIKE ?`).join(' OR ')}`, columns.map(() => `%${word}%`));
        for (const row of rows) expected.add(`${type}:${row.id}`);
      }
      const found = new Set<string>();
      let after: string | undefined;
      do {
        const page = await search(word, { after, types: publicTypes.map(({ type }) => type) });
        for (const edge of page.edges) found.add(`${typeOfNode(edge.node.__typename)}:${rowIdOf(edge.node.id)}`);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
      } while (after);
      expect({ word, found: [...found].sort() }).toEqual({ word, found: [...expected].sort() });
    }
  });
});

const ORGANIZATION_TYPES = ['Consulate', 'Society', 'University', 'ResearchInstitute', 'Company', 'GovernmentBody'];
function typeOfNode(typeName: string): string {
  if (ORGANIZATION_TYPES.includes(typeName)) return 'ORGANIZATION';
  return typeName === 'StationApplication' ? 'APPLICATION' : typeName.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}
function rowIdOf(globalId: string): number {
  return Number(Buffer.from(globalId, 'base64').toString('utf8').split(':').pop());
}

test('pages walk every result once, best first, and totalCount counts them all', async () => {
  const all = await search('重庆', { first: 100 });
  expect(all.totalCount).toBeGreaterThan(10);
  const walked: Edge[] = [];
  let after: string | undefined;
  do {
    const page = await search('重庆', { first: 7, after });
    expect(page.totalCount).toBe(all.totalCount);
    walked.push(...page.edges);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
  } while (after);
  expect(walked.length).toBe(all.totalCount);
  expect(new Set(walked.map((e) => e.node.id)).size).toBe(walked.length);
  for (let i = 1; i < walked.length; i++) expect(walked[i].score).toBeLessThanOrEqual(walked[i - 1].score);
  if (all.totalCount <= 100) expect(walked.map((e) => e.node.id)).toEqual(all.edges.map((e) => e.node.id));
});

test('types and filter narrow the results', async () => {
  const stations = await search('重庆', { types: ['STATION'] });
  expect(stations.edges.length).toBeGreaterThan(0);
  expect(new Set(stations.edges.map((e) => e.node.__typename))).toEqual(new Set(['Station']));
  const named = await search('重庆', { filter: { isGenerated: false } });
  const generatedIds: { id: number }[] = await app.dataSource.query('SELECT id FROM station WHERE is_generated = ?', [true]);
  const generated = new Set(generatedIds.map((row) => idOf('Station', row)));
  expect(named.edges.some((e) => generated.has(e.node.id))).toBe(false);
});

test('one statement finds the page, however many results and types it holds', async () => {
  const page = await search('重庆', { first: 50 });
  const types = new Set(page.edges.map((e) => typeOfNode(e.node.__typename)));
  app.statements.length = 0;
  await app.query('query { search(query: "重庆", first: 50) { edges { score node { __typename ... on Node { id } } highlights { field } } } }');
  const searches = app.statements.filter((sql) => /search_term/.test(sql));
  expect(searches).toHaveLength(1);
  // Then one statement per type to load the records: no statement per result.
  expect(app.statements.length).toBeLessThanOrEqual(1 + types.size);
});

describe('scope', () => {
  test("a talent's email is found by STAFF, by the unit that engages them, and by nobody else", async () => {
    const staff = await app.tokenFor('staff');
    const manager = await app.tokenFor('manager');
    const partner = await app.tokenFor('partner');
    const { hostUnitId } = await demoScope(app);
    const ownTalent = await one(
      `SELECT e.talent_id AS id FROM engagement e JOIN station s ON s.id = e.station_id
        WHERE s.host_unit_id = ? AND e.status = 'CONFIRMED' AND e.ended_on IS NULL ORDER BY e.talent_id LIMIT 1`,
      [hostUnitId],
    );
    const stranger = await one(
      `SELECT t.id FROM talent t WHERE NOT EXISTS (SELECT 1 FROM engagement e JOIN station s ON s.id = e.station_id WHERE e.talent_id = t.id AND s.host_unit_id = ?) ORDER BY t.id LIMIT 1`,
      [hostUnitId],
    );
    const setEmail = async (row: { id: number }, email: string) => {
      const response = await app.query(`mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { talent { id email } } }`, { input: { id: idOf('Talent', row), email } }, { token: staff });
      expect(dataOf(response)).toBeTruthy();
    };
    await setEmail(ownTalent, 'zq.own-contact@search-test.example');
    await setEmail(stranger, 'zq.stranger-contact@search-test.example');

    const found = async (email: string, token?: string) => (await search(email, { token })).edges.map((e) => e.node.id);
    expect(await found('zq.stranger-contact@search-test.example', staff)).toEqual([idOf('Talent', stranger)]);
    expect(await found('zq.own-contact@search-test.example', staff)).toEqual([idOf('Talent', ownTalent)]);
    expect(await found('zq.own-contact@search-test.example', manager)).toEqual([idOf('Talent', ownTalent)]);
    expect(await found('zq.stranger-contact@search-test.example', manager)).toEqual([]);
    expect(await found('zq.stranger-contact@search-test.example', partner)).toEqual([]);
    expect(await found('zq.own-contact@search-test.example', partner)).toEqual([]);
    expect(await found('zq.stranger-contact@search-test.example')).toEqual([]);
    expect((await search('search-test.example', { token: partner })).totalCount).toBe(0);

    // STAFF see where it matched; nobody is shown a field they may not read in a highlight.
    const [staffEdge] = (await search('zq.stranger-contact@search-test.example', { token: staff })).edges;
    expect(staffEdge.highlights).toEqual([expect.objectContaining({ field: 'email', snippet: '<mark>zq.stranger-contact@search-test.example</mark>' })]);
    const strangerName = (await app.dataSource.query('SELECT name FROM talent WHERE id = ?', [stranger.id]))[0].name as string;
    for (const edge of (await search(strangerName, { token: partner })).edges) expect(edge.highlights.map((h) => h.field)).not.toContain('email');
  });

  test("an unpublished application's name finds nothing for the public; STAFF find it", async () => {
    const application = await one("SELECT id, proposed_name AS name FROM station_application WHERE status IN ('SUBMITTED', 'QUALIFIED', 'UNDER_REVIEW') ORDER BY id LIMIT 1");
    const name = (application as unknown as { name: string }).name;
    const id = idOf('StationApplication', application);
    expect((await search(name)).edges.map((e) => e.node.id)).not.toContain(id);
    expect((await search(name, { types: ['APPLICATION'] })).totalCount).toBe(0);
    expect((await search(name, { types: ['APPLICATION'], token: await app.tokenFor('partner') })).edges).toEqual([]);
    expect((await search(name, { types: ['APPLICATION'], token: await app.tokenFor('staff') })).edges.map((e) => e.node.id)).toContain(id);
    // Once publicized (公示) it is public, and found.
    const published = await one("SELECT id, proposed_name AS name FROM station_application WHERE status = 'PUBLICIZED' ORDER BY id LIMIT 1");
    const publishedName = (published as unknown as { name: string }).name;
    expect((await search(publishedName, { types: ['APPLICATION'] })).edges.map((e) => e.node.id)).toContain(idOf('StationApplication', published));
  });

  test('experts are found by STAFF only (and a reviewer finds their own record)', async () => {
    const expert = (await app.dataSource.query("SELECT id, name_zh AS name FROM expert WHERE seed_key = 'gen:expert:001'"))[0] as { id: number; name: string };
    const id = idOf('Expert', expert);
    expect((await search(expert.name, { types: ['EXPERT'] })).edges).toEqual([]);
    expect((await search(expert.name, { types: ['EXPERT'], token: await app.tokenFor('manager') })).edges).toEqual([]);
    expect((await search(expert.name, { types: ['EXPERT'], token: await app.tokenFor('staff') })).edges.map((e) => e.node.id)).toContain(id);
    expect((await search(expert.name, { types: ['EXPERT'], token: await app.tokenFor('reviewer') })).edges.map((e) => e.node.id)).toEqual([id]);
  });
});

describe('freshness', () => {
  const CREATE = `mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id name version } } }`;
  const UPDATE = `mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { talent { id name version } } }`;

  test("a mutation's record is searchable when it commits, under its new words once changed", async () => {
    const staff = await app.tokenFor('staff');
    const created = dataOf(await app.query<any>(CREATE, { input: { name: '泽菲琳', nameEn: 'Zephyrine Quillfeather', country: 'GB', degree: 'DOCTORATE' } }, { token: staff })).createTalent.talent;
    expect((await search('Quillfeather')).edges.map((e) => e.node.id)).toEqual([created.id]);
    expect((await search('泽菲琳')).edges.map((e) => e.node.id)).toEqual([created.id]);
    expect((await search('zefeilin')).edges.map((e) => e.node.id)).toEqual([created.id]);

    dataOf(await app.query<any>(UPDATE, { input: { id: created.id, expectedVersion: created.version, nameEn: 'Zephyrine Marrowbright' } }, { token: staff }));
    expect((await search('Quillfeather')).edges).toEqual([]);
    expect((await search('Marrowbright')).edges.map((e) => e.node.id)).toEqual([created.id]);
  });

  test('a mutation that fails leaves no term behind', async () => {
    const staff = await app.tokenFor('staff');
    app.failAt('createTalent:before-commit');
    try {
      const response = await app.query(CREATE, { input: { name: 'Ottoline Brackenwhistle', country: 'GB', degree: 'DOCTORATE' } }, { token: staff });
      expect(codeOf(response)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      app.failAt(null);
    }
    expect((await search('Brackenwhistle')).edges).toEqual([]);
    expect(Number((await app.dataSource.query("SELECT COUNT(*) AS n FROM search_term WHERE term = 'brackenwhistl'"))[0].n)).toBe(0);
  });

  test('npm run search:reindex rebuilds an emptied index from the tables, exactly', async () => {
    const snapshot = async () => (await app.dataSource.query('SELECT term, target_type, target_id, field, weight FROM search_term ORDER BY term, target_type, target_id, field')).length as number;
    const before = await snapshot();
    await app.dataSource.query('DELETE FROM search_term');
    expect(await searchIndexMissing(app.dataSource)).toBe(true);
    expect((await search('石墨烯')).totalCount).toBe(0);
    const output = await runReindex(app.db.url);
    expect(output).toMatch(/search index rebuilt in [\d.]+ s: \d+ records, \d+ terms/);
    expect(await searchIndexMissing(app.dataSource)).toBe(false);
    expect(await snapshot()).toBe(before);
    expect((await search('石墨烯')).totalCount).toBeGreaterThan(0);
  });

  test('the index the writes kept is the index a rebuild makes', async () => {
    const snapshot = async () => (await app.dataSource.query('SELECT term, target_type, target_id, field, weight FROM search_term ORDER BY term, target_type, target_id, field')).map((row: object) => JSON.stringify(Object.values(row)));
    const kept = await snapshot();
    const built = await rebuildSearchIndex(app.dataSource);
    expect(built.terms).toBe(kept.length);
    expect(await snapshot()).toEqual(kept);
  });
});

describe('input errors name what to change', () => {
  test.each([
    ['', /nothing to search by/],
    ['a', /nothing to search by/],
    ['重', /nothing to search by/],
    ['x'.repeat(201), /at most 200 characters/],
    ['alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec', /asks for 17 terms; at most 16/],
  ])('query %#', async (q, message) => {
    const response = await app.query(SEARCH, { q, first: 5 });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(message);
  });

  test('a cursor that is not one, and a page too large', async () => {
    const bad = await app.query(SEARCH, { q: '重庆', after: 'not-a-cursor' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/after is not a cursor search issued/);
    const large = await app.query(SEARCH, { q: '重庆', first: 101 });
    expect(codeOf(large)).toBe('BAD_USER_INPUT');
  });
});

test('a field rule over an indexed field without a search guard stops the schema build', () => {
  expect(() => checkSearchGuards(FIELD_RULES)).not.toThrow();
  expect(() => checkSearchGuards([...FIELD_RULES, { type: 'Talent', fields: ['bio'] }])).toThrow(/search indexes Talent\.bio, which a field rule guards/);
  expect(() => checkSearchGuards([{ type: 'Consulate', fields: ['description'] }])).toThrow(/Consulate\.description/);
  expect(() => checkSearchGuards([{ type: 'StationApplication', fields: ['conclusion'] }])).not.toThrow();
});

/** The reindex command as `npm run search:reindex` runs it (built by pretest), against the test's database. */
function runReindex(databaseUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, '..', 'dist', 'src', 'modules', 'search', 'reindex-cli.js')], {
      env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`search:reindex exited ${code}: ${output}`))));
  });
}
