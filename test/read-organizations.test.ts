/**
 * organizations: every filter returns exactly the rows SQL finds on the seed, the orders walk in SQL's
 * order, the Organization interface's relations answer on every concrete type, and partnerships lead
 * to their holders. Relations cost one statement per list (and one per count), whatever the rows.
 */
import { dataOf, RELATION_SWEEP_LIMITS, startTestApp, TestApp } from './support/app';
import { testRows } from './support/rows';
import { toGlobalId } from '../src/graphql/global-id';
import { OrganizationKind } from '../src/modules/organization/organization.entity';
import { ORGANIZATION_TYPE_BY_KIND } from '../src/modules/organization/organization.types';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('read_organizations', { limits: RELATION_SWEEP_LIMITS });
  // The seed knows no consular district: give one consulate its own, so the field has a value to carry.
  const [consulate] = await app.dataSource.query("SELECT id FROM organization WHERE kind = 'CONSULATE' ORDER BY id LIMIT 1");
  await app.dataSource.query('UPDATE organization SET jurisdiction = ? WHERE id = ?', ['重庆市、四川省、贵州省、云南省', consulate.id]);
  // No seeded name has a literal %: this one lets nameContains '%' show it matches that, not everything.
  await testRows(() => app.dataSource).organization({ nameZh: '测试 100% 合作大学', countryCode: 'CA' });
});
afterAll(async () => {
  await app?.stop();
});

const list = (values: readonly unknown[]) => values.map(() => '?').join(', ');

interface OrgRow {
  id: number;
  kind: OrganizationKind;
}

/** Global ids of the organisations an SQL statement selects (id and kind), in its order. */
async function orgIds(sql: string, params: unknown[] = []): Promise<string[]> {
  const rows: OrgRow[] = await app.dataSource.query(sql, params);
  return rows.map((row) => toGlobalId(ORGANIZATION_TYPE_BY_KIND[row.kind], Number(row.id)));
}

/** Walks organizations() page by page with the given filter and order; every id once, in order. */
async function walk(filter: unknown, orderBy: unknown = null, first = 100): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (;;) {
    const data: any = dataOf(
      await app.query(
        `query($first: Int, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {
           organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
             totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { first, after, filter, orderBy },
      ),
    );
    totalCount = data.organizations.totalCount;
    ids.push(...data.organizations.edges.map((edge: { node: { id: string } }) => edge.node.id));
    if (!data.organizations.pageInfo.hasNextPage) break;
    after = data.organizations.pageInfo.endCursor;
  }
  return { ids, totalCount };
}

async function expectFilter(filter: unknown, sql: string, params: unknown[] = []): Promise<string[]> {
  const expected = await orgIds(sql, params);
  const { ids, totalCount } = await walk(filter);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
  return expected;
}

let all: string[];
beforeAll(async () => {
  all = await orgIds('SELECT id, kind FROM organization ORDER BY id');
});

test('without a filter: every organisation once, by id, in pages of 25', async () => {
  const { ids, totalCount } = await walk(null, null, 25);
  expect(ids).toEqual(all);
  expect(totalCount).toBe(all.length);
  expect(all.length).toBeGreaterThan(100);
});

test('filter.kinds', async () => {
  const kinds = [OrganizationKind.CONSULATE, OrganizationKind.UNIVERSITY];
  const ids = await expectFilter({ kinds }, `SELECT id, kind FROM organization WHERE kind IN (${list(kinds)}) ORDER BY id`, kinds);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThan(all.length);
  // An empty list matches nothing (the list above shows there is something to match).
  expect(await walk({ kinds: [] })).toEqual({ ids: [], totalCount: 0 });
});

test('filter.countries', async () => {
  const countries: string[] = (await app.dataSource.query('SELECT DISTINCT country_code AS c FROM organization ORDER BY country_code')).map((r: { c: string }) => r.c);
  const some = [countries[0], countries[countries.length - 1], 'NZ'];
  const ids = await expectFilter({ countries: some }, `SELECT id, kind FROM organization WHERE country_code IN (${list(some)}) ORDER BY id`, some);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThan(all.length);
});

test('filter.countries must be ISO codes', async () => {
  const response = await app.query('{ organizations(filter: { countries: ["nz"] }) { totalCount } }');
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/ISO 3166-1 alpha-2/);
});

test('filter.hasPartnership', async () => {
  const withTies = await expectFilter(
    { hasPartnership: true },
    'SELECT id, kind FROM organization o WHERE o.id IN (SELECT organization_id FROM partnership) ORDER BY id',
  );
  const without = await expectFilter(
    { hasPartnership: false },
    'SELECT id, kind FROM organization o WHERE o.id NOT IN (SELECT organization_id FROM partnership) ORDER BY id',
  );
  expect(withTies.length).toBeGreaterThan(0);
  expect(without.length).toBeGreaterThan(0);
  expect(withTies.length + without.length).toBe(all.length);
});

test('filter.partnerOfStationIds', async () => {
  const stations: number[] = (
    await app.dataSource.query('SELECT station_id AS id, COUNT(*) AS n FROM partnership WHERE station_id IS NOT NULL GROUP BY station_id ORDER BY n DESC, station_id LIMIT 2')
  ).map((r: { id: number }) => Number(r.id));
  const ids = await expectFilter(
    { partnerOfStationIds: stations.map((id) => toGlobalId('Station', id)) },
    `SELECT id, kind FROM organization WHERE id IN (SELECT organization_id FROM partnership WHERE station_id IN (${list(stations)})) ORDER BY id`,
    stations,
  );
  expect(ids.length).toBeGreaterThan(1);
  expect(ids.length).toBeLessThan(all.length);
});

test('filter.partnerOfStationIds takes station ids only', async () => {
  const response = await app.query('query($ids: [ID!]) { organizations(filter: { partnerOfStationIds: $ids }) { totalCount } }', { ids: [toGlobalId('Talent', 1)] });
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/expected the id of a Station/);
});

test('filter.nameContains (either language), with LIKE wildcards taken literally', async () => {
  const ids = await expectFilter({ nameContains: '大学' }, "SELECT id, kind FROM organization WHERE name_zh LIKE '%大学%' OR name_en LIKE '%大学%' ORDER BY id");
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThan(all.length);
  const english = await expectFilter({ nameContains: 'Consulate' }, "SELECT id, kind FROM organization WHERE name_zh LIKE '%Consulate%' OR name_en LIKE '%Consulate%' ORDER BY id");
  expect(english.length).toBeGreaterThan(0);
  const literal = await expectFilter({ nameContains: '%' }, "SELECT id, kind FROM organization WHERE name_zh LIKE '%!%%' ESCAPE '!' OR name_en LIKE '%!%%' ESCAPE '!' ORDER BY id");
  expect(literal.length).toBeGreaterThan(0);
  expect(literal.length).toBeLessThan(all.length);
});

test('filter.isGenerated', async () => {
  const real = await expectFilter({ isGenerated: false }, 'SELECT id, kind FROM organization WHERE is_generated = 0 ORDER BY id');
  const generated = await expectFilter({ isGenerated: true }, 'SELECT id, kind FROM organization WHERE is_generated = 1 ORDER BY id');
  expect(real.length).toBeGreaterThan(0);
  expect(generated.length).toBeGreaterThan(0);
  expect(real.length + generated.length).toBe(all.length);
});

test('conditions combine with AND', async () => {
  const kinds = [OrganizationKind.UNIVERSITY, OrganizationKind.SOCIETY];
  const ids = await expectFilter(
    { kinds, countries: ['US', 'GB'], hasPartnership: true, isGenerated: true },
    `SELECT id, kind FROM organization WHERE kind IN (${list(kinds)}) AND country_code IN ('US', 'GB') AND is_generated = 1
        AND id IN (SELECT organization_id FROM partnership) ORDER BY id`,
    kinds,
  );
  expect(ids.length).toBeGreaterThan(0);
});

test.each([
  ['NAME', 'ASC', 'name_sort ASC, id ASC'],
  ['NAME', 'DESC', 'name_sort DESC, id DESC'],
  ['COUNTRY', 'ASC', 'country_code ASC, id ASC'],
  ['COUNTRY', 'DESC', 'country_code DESC, id DESC'],
  ['ID', 'DESC', 'id DESC'],
])('orderBy %s %s walks in the order SQL sorts', async (field, direction, order) => {
  const expected = await orgIds(`SELECT id, kind FROM organization ORDER BY ${order}`);
  const { ids } = await walk(null, { field, direction }, 30);
  expect(ids).toEqual(expected);
});

test('last/before walks backwards through an ordered list', async () => {
  const expected = await orgIds('SELECT id, kind FROM organization ORDER BY country_code ASC, id ASC');
  const ids: string[] = [];
  let before: string | null = null;
  for (;;) {
    const data: any = dataOf(
      await app.query(
        `query($before: String) { organizations(last: 40, before: $before, orderBy: { field: COUNTRY }) {
           pageInfo { hasPreviousPage startCursor } edges { node { id } } } }`,
        { before },
      ),
    );
    ids.unshift(...data.organizations.edges.map((edge: { node: { id: string } }) => edge.node.id));
    if (!data.organizations.pageInfo.hasPreviousPage) break;
    before = data.organizations.pageInfo.startCursor;
  }
  expect(ids).toEqual(expected);
});

test('... on Consulate { jurisdiction } through organizations', async () => {
  const rows: { id: number; jurisdiction: string | null; country: string }[] = await app.dataSource.query(
    "SELECT id, jurisdiction, country_code AS country FROM organization WHERE kind = 'CONSULATE' ORDER BY id",
  );
  const data: any = dataOf(
    await app.query(`{ organizations(first: 100, filter: { kinds: [CONSULATE] }) { edges { node {
      __typename id country ... on Consulate { jurisdiction } } } } }`),
  );
  expect(data.organizations.edges.map((edge: any) => edge.node)).toEqual(
    rows.map((row) => ({ __typename: 'Consulate', id: toGlobalId('Consulate', row.id), country: row.country, jurisdiction: row.jurisdiction })),
  );
  expect(rows.some((row) => row.jurisdiction !== null)).toBe(true);
});

test('organization(id) finds an organisation by the id of its own type only', async () => {
  const [row] = await app.dataSource.query("SELECT id FROM organization WHERE kind = 'CONSULATE' ORDER BY id LIMIT 1");
  const ok: any = dataOf(await app.query('query($id: ID!) { organization(id: $id) { __typename id name } }', { id: toGlobalId('Consulate', row.id) }));
  expect(ok.organization).toMatchObject({ __typename: 'Consulate', id: toGlobalId('Consulate', row.id) });
  const wrong: any = dataOf(await app.query('query($id: ID!) { organization(id: $id) { id } }', { id: toGlobalId('University', row.id) }));
  expect(wrong.organization).toBeNull();
});

/** Per organisation: the ids a relation should list, from SQL. */
async function relationIds(sql: string, typeName: string): Promise<Map<string, string[]>> {
  const rows: { kind: OrganizationKind; org: number; id: number }[] = await app.dataSource.query(sql);
  const byOrg = new Map<string, string[]>();
  for (const row of rows) {
    const key = toGlobalId(ORGANIZATION_TYPE_BY_KIND[row.kind], Number(row.org));
    if (!byOrg.has(key)) byOrg.set(key, []);
    byOrg.get(key)!.push(toGlobalId(typeName, Number(row.id)));
  }
  return byOrg;
}

const RELATIONS = {
  partnerStations: [
    'SELECT o.kind, p.organization_id AS org, p.station_id AS id FROM partnership p JOIN organization o ON o.id = p.organization_id WHERE p.station_id IS NOT NULL ORDER BY p.organization_id, p.id',
    'Station',
  ],
  partnerBases: [
    'SELECT o.kind, p.organization_id AS org, p.offshore_base_id AS id FROM partnership p JOIN organization o ON o.id = p.organization_id WHERE p.offshore_base_id IS NOT NULL ORDER BY p.organization_id, p.id',
    'OffshoreBase',
  ],
  partnerships: [
    'SELECT o.kind, p.organization_id AS org, p.id FROM partnership p JOIN organization o ON o.id = p.organization_id ORDER BY p.organization_id, p.id',
    'Partnership',
  ],
  affiliatedTalents: [
    'SELECT o.kind, t.affiliation_id AS org, t.id FROM talent t JOIN organization o ON o.id = t.affiliation_id ORDER BY t.affiliation_id, t.id',
    'Talent',
  ],
  projects: [
    'SELECT o.kind, p.partner_organization_id AS org, p.id FROM project p JOIN organization o ON o.id = p.partner_organization_id ORDER BY p.partner_organization_id, p.id',
    'Project',
  ],
  platforms: [
    'SELECT o.kind, pp.organization_id AS org, pp.platform_id AS id FROM platform_partner pp JOIN organization o ON o.id = pp.organization_id ORDER BY pp.organization_id, pp.id',
    'Platform',
  ],
} as const;

test('every relation of every organisation matches SQL, in one statement per list and one per count', async () => {
  const fields = Object.keys(RELATIONS)
    .map((field) => `${field}(first: 100) { totalCount edges { node { id } } }`)
    .join('\n');
  const seen = new Map<string, Record<string, { totalCount: number; edges: { node: { id: string } }[] }>>();
  let after: string | null = null;
  const statementsPerPage: number[] = [];
  for (;;) {
    app.statements.length = 0;
    const data: any = dataOf(
      await app.query(`query($after: String) { organizations(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id ${fields} } } } }`, { after }),
    );
    statementsPerPage.push(app.statements.length);
    for (const edge of data.organizations.edges) seen.set(edge.node.id, edge.node);
    if (!data.organizations.pageInfo.hasNextPage) break;
    after = data.organizations.pageInfo.endCursor;
  }
  expect([...seen.keys()]).toEqual(all);
  // the page, then a page and a count for each of the six lists: 13, for 100 organisations as for 15
  expect(statementsPerPage).toEqual(statementsPerPage.map(() => 1 + 2 * Object.keys(RELATIONS).length));

  for (const [field, [sql, typeName]] of Object.entries(RELATIONS)) {
    const expected = await relationIds(sql, typeName);
    let nonEmpty = 0;
    for (const [orgId, node] of seen) {
      const want = expected.get(orgId) ?? [];
      const got = node[field];
      expect({ orgId, field, ids: got.edges.map((edge) => edge.node.id) }).toEqual({ orgId, field, ids: want.slice(0, 100) });
      expect({ orgId, field, totalCount: got.totalCount }).toEqual({ orgId, field, totalCount: want.length });
      if (want.length) nonEmpty += 1;
    }
    // the seed gives each relation something to show (bases: the two bases' partners)
    expect({ field, nonEmpty: nonEmpty > 0 }).toEqual({ field, nonEmpty: true });
  }
});

test.each(Object.values(OrganizationKind))('the interface relations answer on %s', async (kind) => {
  const typeName = ORGANIZATION_TYPE_BY_KIND[kind];
  const [row] = await app.dataSource.query(
    `SELECT o.id, (SELECT COUNT(*) FROM partnership p WHERE p.organization_id = o.id AND p.station_id IS NOT NULL) AS stations,
            (SELECT COUNT(*) FROM talent t WHERE t.affiliation_id = o.id) AS talents
       FROM organization o WHERE o.kind = ? ORDER BY stations DESC, o.id LIMIT 1`,
    [kind],
  );
  const data: any = dataOf(
    await app.query(
      `query($id: ID!) { node(id: $id) { __typename ... on ${typeName} { partnerStations { totalCount } affiliatedTalents { totalCount } } } }`,
      { id: toGlobalId(typeName, row.id) },
    ),
  );
  expect(data.node).toEqual({ __typename: typeName, partnerStations: { totalCount: Number(row.stations) }, affiliatedTalents: { totalCount: Number(row.talents) } });
  // and through the organizations list, asked on the concrete type
  const listed: any = dataOf(
    await app.query(`{ organizations(first: 100, filter: { kinds: [${kind}] }) { edges { node { id ... on ${typeName} { partnerStations { totalCount } } } } } }`),
  );
  expect(listed.organizations.edges.find((edge: any) => edge.node.id === toGlobalId(typeName, row.id)).node.partnerStations.totalCount).toBe(Number(row.stations));
});

test('... on Consulate { partnerStations { totalCount } } through organizations', async () => {
  const rows: { id: number; n: number }[] = await app.dataSource.query(
    "SELECT o.id, (SELECT COUNT(*) FROM partnership p WHERE p.organization_id = o.id AND p.station_id IS NOT NULL) AS n FROM organization o WHERE o.kind = 'CONSULATE' ORDER BY o.id",
  );
  const data: any = dataOf(await app.query('{ organizations(first: 100) { edges { node { id ... on Consulate { partnerStations { totalCount } } } } } }'));
  const consulates = data.organizations.edges.filter((edge: any) => edge.node.partnerStations);
  expect(consulates.map((edge: any) => [edge.node.id, edge.node.partnerStations.totalCount])).toEqual(
    rows.map((row) => [toGlobalId('Consulate', row.id), Number(row.n)]),
  );
});

test('partner-station edges carry the partnership, and the partnership leads to both ends and its holder', async () => {
  const [row] = await app.dataSource.query(
    'SELECT p.id, p.organization_id AS org, o.kind AS orgKind, p.station_id AS station, p.kind, p.since FROM partnership p JOIN organization o ON o.id = p.organization_id WHERE p.station_id IS NOT NULL ORDER BY p.id LIMIT 1',
  );
  const orgId = toGlobalId(ORGANIZATION_TYPE_BY_KIND[row.orgKind as OrganizationKind], row.org);
  const data: any = dataOf(
    await app.query(
      `query($id: ID!) { organization(id: $id) { partnerStations(first: 100) { edges { kind since node { id }
         partnership { id holder organization { id } station { id } offshoreBase { id } } } } } }`,
      { id: orgId },
    ),
  );
  const edge = data.organization.partnerStations.edges.find((e: any) => e.partnership.id === toGlobalId('Partnership', row.id));
  expect(edge).toEqual({
    kind: row.kind,
    since: row.since,
    node: { id: toGlobalId('Station', row.station) },
    partnership: { id: toGlobalId('Partnership', row.id), holder: 'STATION', organization: { id: orgId }, station: { id: toGlobalId('Station', row.station) }, offshoreBase: null },
  });
});

test('partnership holders: station, offshore base or the operator, as the columns say', async () => {
  const rows: { id: number; station: number | null; base: number | null }[] = await app.dataSource.query(
    'SELECT id, station_id AS station, offshore_base_id AS base FROM partnership ORDER BY id',
  );
  const holders = new Map(rows.map((row) => [toGlobalId('Partnership', row.id), row.station !== null ? 'STATION' : row.base !== null ? 'OFFSHORE_BASE' : 'OPERATOR']));
  expect(new Set(holders.values())).toEqual(new Set(['STATION', 'OFFSHORE_BASE', 'OPERATOR']));
  const ids = [...holders.keys()];
  for (let i = 0; i < ids.length; i += 100) {
    app.statements.length = 0;
    const data: any = dataOf(
      await app.query('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Partnership { holder station { id } offshoreBase { id } organization { id } } } }', { ids: ids.slice(i, i + 100) }),
    );
    for (const node of data.nodes) expect([node.id, node.holder]).toEqual([node.id, holders.get(node.id)]);
    // partnerships, stations, bases, organisations: one statement each
    expect(app.statements).toHaveLength(4);
  }
});

test('the other way: a station\'s partner edges carry the same partnership, held by that station', async () => {
  const rows: { id: number; station: number; note: string | null }[] = await app.dataSource.query(
    'SELECT id, station_id AS station, note FROM partnership WHERE station_id = (SELECT MIN(station_id) FROM partnership) ORDER BY id',
  );
  const stationId = toGlobalId('Station', Number(rows[0].station));
  const data: any = dataOf(
    await app.query('query($id: ID!) { station(id: $id) { partners(first: 100) { totalCount edges { note partnership { id holder station { id } } } } } }', { id: stationId }),
  );
  expect(data.station.partners.totalCount).toBe(rows.length);
  expect(data.station.partners.edges).toEqual(
    rows.map((row) => ({ note: row.note, partnership: { id: toGlobalId('Partnership', Number(row.id)), holder: 'STATION', station: { id: stationId } } })),
  );
});
