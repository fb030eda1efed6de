/**
 * hostUnits: every filter returns exactly the rows SQL finds on the seed, the orders walk in SQL's
 * order, and a unit's district, stations and applications match SQL at a fixed statement count.
 */
import { dataOf, RELATION_SWEEP_LIMITS, startTestApp, TestApp } from './support/app';
import { listHelpers } from './support/lists';
import { testRows } from './support/rows';
import { toGlobalId } from '../src/graphql/global-id';
import { HostUnitKind } from '../src/modules/host-unit/host-unit.entity';

let app: TestApp;
let all: string[];
beforeAll(async () => {
  // As STAFF: a unit's applications before publicity are private to others.
  app = await startTestApp('read_host_units', { as: 'staff', limits: RELATION_SWEEP_LIMITS });
  // No seeded name has a literal _: this one lets nameContains '_' show it matches that, not any character.
  await testRows(() => app.dataSource).hostUnit({ nameZh: '测试_下划线科技有限公司' });
  all = await ids('SELECT id FROM host_unit ORDER BY id');
});
afterAll(async () => {
  await app?.stop();
});

const list = (values: readonly unknown[]) => values.map(() => '?').join(', ');

const LIST = { field: 'hostUnits', type: 'HostUnit', table: 'host_unit', filter: 'HostUnitFilter', order: 'HostUnitOrder' };
const helpers = listHelpers(() => app, LIST);
const { sqlIds: ids, walk } = helpers;
/** Exactly the rows SQL finds (callers check the subset themselves). */
const expectFilter = (filter: object, sql: string, params: unknown[] = []) => helpers.expectFilter(filter, sql, params, { someButNotAll: false });

test('without a filter: every host unit once, by id, in pages of 20', async () => {
  const result = await walk(null, null, 20);
  expect(result.ids).toEqual(all);
  expect(result.totalCount).toBe(all.length);
});

test('filter.kinds', async () => {
  const kinds = [HostUnitKind.LISTED_COMPANY, HostUnitKind.HOSPITAL];
  const found = await expectFilter({ kinds }, `SELECT id FROM host_unit WHERE kind IN (${list(kinds)}) ORDER BY id`, kinds);
  expect(found.length).toBeGreaterThan(0);
  expect(found.length).toBeLessThan(all.length);
});

test('filter.districtIds', async () => {
  const districts: number[] = (
    await app.dataSource.query('SELECT district_id AS id, COUNT(*) AS n FROM host_unit GROUP BY district_id ORDER BY n DESC, district_id LIMIT 3')
  ).map((row: { id: number }) => Number(row.id));
  const found = await expectFilter(
    { districtIds: districts.map((id) => toGlobalId('District', id)) },
    `SELECT id FROM host_unit WHERE district_id IN (${list(districts)}) ORDER BY id`,
    districts,
  );
  expect(found.length).toBeGreaterThan(0);
  expect(found.length).toBeLessThan(all.length);
  const response = await app.query('query($ids: [ID!]) { hostUnits(filter: { districtIds: $ids }) { totalCount } }', { ids: [toGlobalId('Station', 1)] });
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('filter.nameContains', async () => {
  const found = await expectFilter({ nameContains: '重庆' }, "SELECT id FROM host_unit WHERE name_zh LIKE '%重庆%' OR name_en LIKE '%重庆%' ORDER BY id");
  expect(found.length).toBeGreaterThan(0);
  expect(found.length).toBeLessThan(all.length);
  const literal = await expectFilter({ nameContains: '_' }, "SELECT id FROM host_unit WHERE name_zh LIKE '%!_%' ESCAPE '!' OR name_en LIKE '%!_%' ESCAPE '!' ORDER BY id");
  expect(literal.length).toBeGreaterThan(0);
  expect(literal.length).toBeLessThan(all.length);
});

test('filter.isGenerated', async () => {
  const real = await expectFilter({ isGenerated: false }, 'SELECT id FROM host_unit WHERE is_generated = 0 ORDER BY id');
  const generated = await expectFilter({ isGenerated: true }, 'SELECT id FROM host_unit WHERE is_generated = 1 ORDER BY id');
  expect(real.length).toBeGreaterThan(0);
  expect(generated.length).toBeGreaterThan(0);
  expect(real.length + generated.length).toBe(all.length);
});

test('conditions combine with AND', async () => {
  const found = await expectFilter(
    { kinds: [HostUnitKind.ENTERPRISE], isGenerated: true, nameContains: '有限' },
    "SELECT id FROM host_unit WHERE kind = 'ENTERPRISE' AND is_generated = 1 AND (name_zh LIKE '%有限%' OR name_en LIKE '%有限%') ORDER BY id",
  );
  expect(found.length).toBeGreaterThan(0);
});

test.each([
  ['NAME', 'ASC', 'name_sort ASC, id ASC'],
  ['NAME', 'DESC', 'name_sort DESC, id DESC'],
  ['ID', 'DESC', 'id DESC'],
])('orderBy %s %s walks in the order SQL sorts', async (field, direction, order) => {
  const expected = await ids(`SELECT id FROM host_unit ORDER BY ${order}`);
  expect((await walk(null, { field, direction }, 25)).ids).toEqual(expected);
});

test('hostUnit(id) answers; another type\'s id is refused', async () => {
  const data: any = dataOf(await app.query('query($id: ID!) { hostUnit(id: $id) { id } }', { id: all[0] }));
  expect(data.hostUnit.id).toBe(all[0]);
  const response = await app.query('query($id: ID!) { hostUnit(id: $id) { id } }', { id: toGlobalId('Station', 1) });
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('district, stations and applications of every unit match SQL, at a fixed statement count', async () => {
  const stations = new Map<string, string[]>();
  for (const row of await app.dataSource.query('SELECT host_unit_id AS unit, id FROM station ORDER BY host_unit_id, id')) {
    const key = toGlobalId('HostUnit', Number(row.unit));
    stations.set(key, [...(stations.get(key) ?? []), toGlobalId('Station', Number(row.id))]);
  }
  const applications = new Map<string, string[]>();
  for (const row of await app.dataSource.query('SELECT host_unit_id AS unit, id FROM station_application ORDER BY host_unit_id, id')) {
    const key = toGlobalId('HostUnit', Number(row.unit));
    applications.set(key, [...(applications.get(key) ?? []), toGlobalId('StationApplication', Number(row.id))]);
  }
  const districts = new Map<string, string>(
    (await app.dataSource.query('SELECT id, district_id AS district FROM host_unit')).map((row: { id: number; district: number }) => [
      toGlobalId('HostUnit', Number(row.id)),
      toGlobalId('District', Number(row.district)),
    ]),
  );

  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    app.statements.length = 0;
    const data: any = dataOf(
      await app.query(
        `query($after: String) { hostUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id
           district { id }
           stations(first: 100) { totalCount edges { node { id hostUnit { id } } } }
           applications(first: 100) { totalCount edges { node { id } } } } } } }`,
        { after },
      ),
    );
    // the staff token's account lookup; page, districts, station page + count, application page +
    // count, the stations' host units
    expect(app.statements.length).toBe(1 + 7);
    for (const { node } of data.hostUnits.edges) {
      seen.push(node.id);
      expect(node.district.id).toBe(districts.get(node.id));
      expect(node.stations.edges.map((edge: any) => edge.node.id)).toEqual(stations.get(node.id) ?? []);
      expect(node.stations.totalCount).toBe((stations.get(node.id) ?? []).length);
      expect(node.applications.edges.map((edge: any) => edge.node.id)).toEqual(applications.get(node.id) ?? []);
      expect(node.applications.totalCount).toBe((applications.get(node.id) ?? []).length);
      for (const edge of node.stations.edges) expect(edge.node.hostUnit.id).toBe(node.id);
    }
    if (!data.hostUnits.pageInfo.hasNextPage) break;
    after = data.hostUnits.pageInfo.endCursor;
  }
  expect(seen).toEqual(all);
  const [{ n }] = await app.dataSource.query('SELECT COUNT(*) AS n FROM station');
  expect([...stations.values()].flat()).toHaveLength(Number(n));
});
