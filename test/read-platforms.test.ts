/** platforms: every filter returns exactly the rows SQL finds on the seed, every order walks both ways, partners load in one statement. */
import { dataOf, startTestApp, TestApp } from './support/app';
import { listHelpers } from './support/lists';
import { testRows } from './support/rows';
import { toGlobalId } from '../src/graphql/global-id';
import { ORGANIZATION_TYPE_BY_KIND } from '../src/modules/organization/organization.types';
import type { OrganizationKind } from '../src/modules/organization/organization.entity';

let app: TestApp;
const add = testRows(() => app.dataSource);
beforeAll(async () => {
  app = await startTestApp('read_platforms');
  // The seed's platforms are all generated and all built by the two bases: one entered by staff for
  // a station gives the stationIds and isGenerated filters something to find.
  const station = await add.firstId('SELECT id FROM station ORDER BY id');
  await add.platform({ stationId: station, isGenerated: false, nameZh: '测试工作站联合实验室' });
});
afterAll(async () => {
  await app?.stop();
});

const LIST = { field: 'platforms', type: 'Platform', table: 'platform', filter: 'PlatformFilter', order: 'PlatformOrder' };
const { sql, ids, listed, expectFilter } = listHelpers(() => app, LIST);

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
  // The busiest stations: the one the test's platform hangs off, and another.
  const stations = await sql(
    `SELECT s.id FROM station s ORDER BY (SELECT COUNT(*) FROM platform p WHERE p.station_id = s.id) DESC, s.id`,
  );
  const picked = stations.slice(0, 2);
  await expectFilter({ stationIds: ids(picked, 'Station') }, 'SELECT id FROM platform WHERE station_id IN (?, ?) ORDER BY id', picked.map((s) => Number(s.id)));

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
  await expectFilter({ isGenerated: true }, 'SELECT id FROM platform WHERE is_generated = 1 ORDER BY id');
  await expectFilter({ isGenerated: false }, 'SELECT id FROM platform WHERE is_generated = 0 ORDER BY id');
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
  ['NAME', 'name_sort'],
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
  expect(app.statements).toHaveLength(6);
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
