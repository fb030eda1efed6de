/** platforms: every filter returns exactly the rows SQL finds on the seed, every order walks both ways, partners load in one statement. */
import { dataOf, startTestApp, TestApp } from './support/app';
import { toGlobalId } from '../src/graphql/global-id';
import { ORGANIZATION_TYPE_BY_KIND } from '../src/modules/organization/organization.types';
import type { OrganizationKind } from '../src/modules/organization/organization.entity';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('read_platforms');
});
afterAll(async () => {
  await app?.stop();
});

// ---- list helpers (the same in every test/read-*.test.ts of this module set) ----
const LIST = { field: 'platforms', type: 'Platform', table: 'platform', filter: 'PlatformFilter', order: 'PlatformOrder' };
type Row = { id: number | string };
type ListPage = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { node: { id: string } }[];
};
const sql = <T = Row>(text: string, params: unknown[] = []): Promise<T[]> => app.dataSource.query(text, params);
const ids = (rows: Row[], type = LIST.type) => rows.map((row) => toGlobalId(type, Number(row.id)));

/** Every id the list returns, walking pages of `size` forward (first/after) or backward (last/before). */
async function listed(filter: object | null, orderBy: object | null = null, backward = false, size = 40) {
  const query = `query($filter: ${LIST.filter}, $orderBy: ${LIST.order}, $first: Int, $after: String, $last: Int, $before: String) {
    ${LIST.field}(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } } } }`;
  const pages: string[][] = [];
  let cursor: string | null = null;
  let totalCount = -1;
  for (;;) {
    const variables: Record<string, unknown> = backward ? { filter, orderBy, last: size, before: cursor } : { filter, orderBy, first: size, after: cursor };
    const page: ListPage = dataOf(await app.query(query, variables))[LIST.field];
    totalCount = page.totalCount;
    pages.push(page.edges.map((edge) => edge.node.id));
    const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (!more) break;
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
  }
  return { ids: (backward ? pages.reverse() : pages).flat(), totalCount };
}

/** The filter returns exactly what `expectedSql` (ORDER BY id) finds; by default that is some rows but not all. */
async function expectFilter(filter: object, expectedSql: string, params: unknown[] = [], { someButNotAll = true } = {}) {
  const expected = ids(await sql(expectedSql, params));
  const got = await listed(filter);
  expect(got.ids).toEqual(expected);
  expect(got.totalCount).toBe(expected.length);
  if (someButNotAll) {
    const [{ total }] = await sql<{ total: number | string }>(`SELECT COUNT(*) AS total FROM ${LIST.table}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(Number(total));
  }
}
// ---- end of list helpers ----

const orgId = (row: { id: number | string; kind: OrganizationKind }) => toGlobalId(ORGANIZATION_TYPE_BY_KIND[row.kind], Number(row.id));

test('no filter: every platform once, in id order', async () => {
  const expected = ids(await sql('SELECT id FROM platform ORDER BY id'));
  expect((await listed(null, null, false, 15)).ids).toEqual(expected);
  expect((await listed({}, null, true, 15)).ids).toEqual(expected);
});

test('kinds', async () => {
  await expectFilter({ kinds: ['JOINT_LAB'] }, "SELECT id FROM platform WHERE kind = 'JOINT_LAB' ORDER BY id");
  await expectFilter({ kinds: ['RD_CENTER', 'INNOVATION_CENTER'] }, "SELECT id FROM platform WHERE kind IN ('RD_CENTER', 'INNOVATION_CENTER') ORDER BY id");
});

test('stationIds and offshoreBaseIds', async () => {
  // Platforms built by stations, if the seed has any; otherwise the busiest stations, which then match nothing.
  const stations = await sql(
    `SELECT s.id FROM station s ORDER BY (SELECT COUNT(*) FROM platform p WHERE p.station_id = s.id) DESC, s.id`,
  );
  const picked = stations.slice(0, 2);
  const [{ n }] = await sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM platform WHERE station_id IS NOT NULL');
  await expectFilter({ stationIds: ids(picked, 'Station') }, 'SELECT id FROM platform WHERE station_id IN (?, ?) ORDER BY id', picked.map((s) => Number(s.id)), {
    someButNotAll: Number(n) > 0,
  });

  const [base] = await sql('SELECT offshore_base_id AS id FROM platform WHERE offshore_base_id IS NOT NULL GROUP BY offshore_base_id ORDER BY COUNT(*), offshore_base_id');
  await expectFilter({ offshoreBaseIds: ids([base], 'OffshoreBase') }, 'SELECT id FROM platform WHERE offshore_base_id = ? ORDER BY id', [Number(base.id)]);
});

test('researchFieldIds', async () => {
  const fields = await sql('SELECT research_field_id AS id FROM platform WHERE research_field_id IS NOT NULL GROUP BY research_field_id ORDER BY COUNT(*) DESC, research_field_id');
  const picked = fields.slice(0, 2);
  await expectFilter({ researchFieldIds: ids(picked, 'ResearchField') }, 'SELECT id FROM platform WHERE research_field_id IN (?, ?) ORDER BY id', picked.map((f) => Number(f.id)));
});

test('partnerOrganizationIds (through platform_partner)', async () => {
  const partners = await sql<{ id: number; kind: OrganizationKind }>(
    'SELECT o.id, o.kind FROM organization o WHERE o.id IN (SELECT organization_id FROM platform_partner) ORDER BY o.id',
  );
  const picked = [partners[0], partners[partners.length - 1]];
  await expectFilter(
    { partnerOrganizationIds: picked.map(orgId) },
    'SELECT id FROM platform p WHERE EXISTS (SELECT 1 FROM platform_partner pp WHERE pp.platform_id = p.id AND pp.organization_id IN (?, ?)) ORDER BY id',
    picked.map((p) => Number(p.id)),
  );
});

test('establishedOn range', async () => {
  const dates = (await sql<{ d: string }>('SELECT established_on AS d FROM platform ORDER BY established_on')).map((r) => r.d);
  const from = dates[Math.floor(dates.length / 4)];
  const to = dates[Math.floor((dates.length * 3) / 4)];
  await expectFilter({ establishedOn: { from, to } }, 'SELECT id FROM platform WHERE established_on BETWEEN ? AND ? ORDER BY id', [from, to]);
  await expectFilter({ establishedOn: { from: to } }, 'SELECT id FROM platform WHERE established_on >= ? ORDER BY id', [to]);
});

test('nameContains and isGenerated', async () => {
  const [{ name }] = await sql<{ id: number; name: string }>('SELECT id, name_zh AS name FROM platform ORDER BY id');
  const text = [...name].slice(0, 2).join('');
  await expectFilter({ nameContains: text }, 'SELECT id FROM platform WHERE name_zh LIKE ? OR name_en LIKE ? ORDER BY id', [`%${text}%`, `%${text}%`]);
  const [{ n }] = await sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM platform WHERE is_generated = 0');
  const mixed = Number(n) > 0;
  await expectFilter({ isGenerated: true }, 'SELECT id FROM platform WHERE is_generated = 1 ORDER BY id', [], { someButNotAll: mixed });
  await expectFilter({ isGenerated: false }, 'SELECT id FROM platform WHERE is_generated = 0 ORDER BY id', [], { someButNotAll: mixed });
});

test('conditions combine with AND', async () => {
  const [base] = await sql('SELECT offshore_base_id AS id FROM platform WHERE offshore_base_id IS NOT NULL GROUP BY offshore_base_id ORDER BY COUNT(*) DESC, offshore_base_id');
  await expectFilter(
    { offshoreBaseIds: ids([base], 'OffshoreBase'), kinds: ['TECH_TRANSFER_CENTER', 'JOINT_LAB'] },
    "SELECT id FROM platform WHERE offshore_base_id = ? AND kind IN ('TECH_TRANSFER_CENTER', 'JOINT_LAB') ORDER BY id",
    [Number(base.id)],
  );
});

test.each([
  ['NAME', 'name_zh'],
  ['ESTABLISHED_ON', 'established_on'],
  ['ID', 'id'],
])('orderBy %s walks forward and backward in the order SQL sorts', async (field, column) => {
  for (const direction of ['ASC', 'DESC']) {
    const expected = ids(await sql(`SELECT id FROM platform ORDER BY ${column} ${direction}, id ${direction}`));
    expect((await listed(null, { field, direction }, false, 7)).ids).toEqual(expected);
    expect((await listed(null, { field, direction }, true, 7)).ids).toEqual(expected);
  }
});

test('relations: builder, field and partners, as SQL has them; partners of every platform in one statement', async () => {
  const query = `{ platforms(first: 100) { edges { node { id station { id } offshoreBase { id } researchField { id }
    partners(first: 2) { totalCount edges { node { id __typename name } } } } } } }`;
  app.statements.length = 0;
  const data = dataOf(await app.query(query));
  // page, bases (stations if any), fields, partner pages, partner counts
  expect(app.statements.length).toBeLessThanOrEqual(6);
  expect(app.statements.filter((s) => /ROW_NUMBER\(\) OVER \(PARTITION BY/.test(s))).toHaveLength(1);

  const platforms = await sql<{ id: number; station_id: number | null; offshore_base_id: number | null; research_field_id: number | null }>(
    'SELECT id, station_id, offshore_base_id, research_field_id FROM platform ORDER BY id',
  );
  const links = await sql<{ platform_id: number; id: number; kind: OrganizationKind; name: string }>(
    'SELECT pp.platform_id, o.id, o.kind, o.name_zh AS name FROM platform_partner pp JOIN organization o ON o.id = pp.organization_id ORDER BY pp.platform_id, pp.id',
  );
  const expected = platforms.map((p) => {
    const partners = links.filter((l) => Number(l.platform_id) === Number(p.id));
    return {
      id: toGlobalId('Platform', p.id),
      station: p.station_id === null ? null : { id: toGlobalId('Station', p.station_id) },
      offshoreBase: p.offshore_base_id === null ? null : { id: toGlobalId('OffshoreBase', p.offshore_base_id) },
      researchField: p.research_field_id === null ? null : { id: toGlobalId('ResearchField', p.research_field_id) },
      partners: {
        totalCount: partners.length,
        edges: partners.slice(0, 2).map((o) => ({ node: { id: orgId(o), __typename: ORGANIZATION_TYPE_BY_KIND[o.kind], name: o.name } })),
      },
    };
  });
  expect(data.platforms.edges.map((edge: { node: unknown }) => edge.node)).toEqual(expected);
  expect(links.length).toBeGreaterThan(0);
});
