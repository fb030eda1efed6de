/**
 * offshoreBases: every filter returns exactly the rows SQL finds, the orders walk in SQL's order, and
 * a base's district, coordination group, talents (engagement on the edge), projects, platforms and
 * partners (partnership on the edge) match SQL; an engagement leads to its talent, station or base.
 */
import { dataOf, startTestApp, TestApp } from './support/app';
import { listHelpers } from './support/lists';
import { toGlobalId } from '../src/graphql/global-id';
import { BaseLevel, OffshoreBase, OffshoreBaseKind } from '../src/modules/offshore-base/offshore-base.entity';
import { OrganizationKind } from '../src/modules/organization/organization.entity';
import { ORGANIZATION_TYPE_BY_KIND } from '../src/modules/organization/organization.types';

let app: TestApp;
let all: string[];
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  app = await startTestApp('read_offshore_bases');
  // The article has two national offshore bases; a municipal work base of another kind, district and
  // year (with no stations or talents) gives kinds, levels and years something to tell apart.
  const [district] = await app.dataSource.query('SELECT id FROM district WHERE id NOT IN (SELECT district_id FROM offshore_base) ORDER BY id LIMIT 1');
  await app.dataSource.getRepository(OffshoreBase).save({
    nameZh: '测试海智工作基地',
    nameEn: 'Test HAIZHI work base',
    kind: OffshoreBaseKind.WORK_BASE,
    level: BaseLevel.MUNICIPAL,
    districtId: Number(district.id),
    establishedYear: 2021,
    seedKey: null,
    isGenerated: false,
  });
  all = await ids('SELECT id FROM offshore_base ORDER BY id');
});
afterAll(async () => {
  await app?.stop();
});

const list = (values: readonly unknown[]) => values.map(() => '?').join(', ');

const LIST = { field: 'offshoreBases', type: 'OffshoreBase', table: 'offshore_base', filter: 'OffshoreBaseFilter', order: 'OffshoreBaseOrder' };
const helpers = listHelpers(() => app, LIST);
const { sqlIds: ids, walk } = helpers;
/** Exactly the rows SQL finds (callers check the subset themselves). */
const expectFilter = (filter: object, sql: string, params: unknown[] = []) => helpers.expectFilter(filter, sql, params, { someButNotAll: false });

const properSubset = (found: string[]) => {
  expect(found.length).toBeGreaterThan(0);
  expect(found.length).toBeLessThan(all.length);
};

test('without a filter: every base once, by id, one at a time', async () => {
  const result = await walk(null, null, 1);
  expect(result.ids).toEqual(all);
  expect(result.totalCount).toBe(3);
});

test('filter.kinds', async () => {
  properSubset(await expectFilter({ kinds: [OffshoreBaseKind.OFFSHORE_BASE] }, "SELECT id FROM offshore_base WHERE kind = 'OFFSHORE_BASE' ORDER BY id"));
  const kinds = [OffshoreBaseKind.WORK_BASE, OffshoreBaseKind.RD_COMMUNITY];
  properSubset(await expectFilter({ kinds }, `SELECT id FROM offshore_base WHERE kind IN (${list(kinds)}) ORDER BY id`, kinds));
});

test('filter.levels', async () => {
  properSubset(await expectFilter({ levels: [BaseLevel.NATIONAL] }, "SELECT id FROM offshore_base WHERE level = 'NATIONAL' ORDER BY id"));
  properSubset(await expectFilter({ levels: [BaseLevel.MUNICIPAL] }, "SELECT id FROM offshore_base WHERE level = 'MUNICIPAL' ORDER BY id"));
});

test('filter.districtIds', async () => {
  const [first] = await app.dataSource.query('SELECT district_id AS id FROM offshore_base ORDER BY id LIMIT 1');
  properSubset(
    await expectFilter({ districtIds: [toGlobalId('District', first.id)] }, 'SELECT id FROM offshore_base WHERE district_id = ? ORDER BY id', [first.id]),
  );
});

test('filter.establishedYears', async () => {
  properSubset(await expectFilter({ establishedYears: { from: 2019 } }, 'SELECT id FROM offshore_base WHERE established_year >= 2019 ORDER BY id'));
  properSubset(await expectFilter({ establishedYears: { to: 2018 } }, 'SELECT id FROM offshore_base WHERE established_year <= 2018 ORDER BY id'));
  properSubset(
    await expectFilter({ establishedYears: { from: 2019, to: 2020 } }, 'SELECT id FROM offshore_base WHERE established_year BETWEEN 2019 AND 2020 ORDER BY id'),
  );
});

test('filter.nameContains and filter.isGenerated', async () => {
  properSubset(await expectFilter({ nameContains: '离岸' }, "SELECT id FROM offshore_base WHERE name_zh LIKE '%离岸%' OR name_en LIKE '%离岸%' ORDER BY id"));
  properSubset(await expectFilter({ isGenerated: false }, 'SELECT id FROM offshore_base WHERE is_generated = 0 ORDER BY id'));
  properSubset(await expectFilter({ isGenerated: true }, 'SELECT id FROM offshore_base WHERE is_generated = 1 ORDER BY id'));
  // Conditions combine with AND: national bases and work bases both exist, but no national work base.
  properSubset(await helpers.sqlIds("SELECT id FROM offshore_base WHERE level = 'NATIONAL' ORDER BY id"));
  properSubset(await helpers.sqlIds("SELECT id FROM offshore_base WHERE kind = 'WORK_BASE' ORDER BY id"));
  await expectFilter({ levels: [BaseLevel.NATIONAL], kinds: [OffshoreBaseKind.WORK_BASE] }, "SELECT id FROM offshore_base WHERE level = 'NATIONAL' AND kind = 'WORK_BASE' ORDER BY id");
  properSubset(await expectFilter({ levels: [BaseLevel.MUNICIPAL], kinds: [OffshoreBaseKind.WORK_BASE, OffshoreBaseKind.OFFSHORE_BASE] }, "SELECT id FROM offshore_base WHERE level = 'MUNICIPAL' AND kind IN ('WORK_BASE', 'OFFSHORE_BASE') ORDER BY id"));
});

test.each([
  ['NAME', 'ASC', 'name_sort ASC, id ASC'],
  ['NAME', 'DESC', 'name_sort DESC, id DESC'],
  ['ESTABLISHED_YEAR', 'ASC', 'established_year ASC, id ASC'],
  ['ESTABLISHED_YEAR', 'DESC', 'established_year DESC, id DESC'],
])('orderBy %s %s walks in the order SQL sorts', async (field, direction, order) => {
  const expected = await ids(`SELECT id FROM offshore_base ORDER BY ${order}`);
  expect((await walk(null, { field, direction }, 1)).ids).toEqual(expected);
});

/** Every page of one base's child list, following its cursors. */
async function walkChild(baseId: string, field: string, selection: string): Promise<{ edges: any[]; totalCount: number }> {
  const edges: any[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (;;) {
    const data: any = dataOf(
      await app.query(
        `query($id: ID!, $after: String) { offshoreBase(id: $id) { ${field}(first: 100, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { ${selection} } } } }`,
        { id: baseId, after },
      ),
    );
    const page = data.offshoreBase[field];
    totalCount = page.totalCount;
    edges.push(...page.edges);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { edges, totalCount };
}

test('talents: every engagement at each base, the engagement on the edge', async () => {
  for (const baseId of all) {
    const rowId = Number(Buffer.from(baseId, 'base64url').toString().split(':')[1]);
    const rows: any[] = await app.dataSource.query(
      'SELECT talent_id AS talent, role, title, started_on AS startedOn, ended_on AS endedOn FROM engagement WHERE offshore_base_id = ? ORDER BY id',
      [rowId],
    );
    const { edges, totalCount } = await walkChild(baseId, 'talents', 'role title startedOn endedOn onPost node { id }');
    expect(totalCount).toBe(rows.length);
    expect(edges).toEqual(
      rows.map((row) => ({
        role: row.role,
        title: row.title,
        startedOn: row.startedOn,
        endedOn: row.endedOn,
        onPost: row.endedOn === null || row.endedOn >= today,
        node: { id: toGlobalId('Talent', Number(row.talent)) },
      })),
    );
  }
  const [{ n }] = await app.dataSource.query('SELECT COUNT(*) AS n FROM engagement WHERE offshore_base_id IS NOT NULL');
  expect(Number(n)).toBeGreaterThan(200);
});

test('partners: organisations of any kind, the partnership on the edge', async () => {
  for (const baseId of all) {
    const rowId = Number(Buffer.from(baseId, 'base64url').toString().split(':')[1]);
    const rows: { id: number; org: number; kind: string; orgKind: OrganizationKind; since: string }[] = await app.dataSource.query(
      'SELECT p.id, p.organization_id AS org, p.kind, o.kind AS orgKind, p.since FROM partnership p JOIN organization o ON o.id = p.organization_id WHERE p.offshore_base_id = ? ORDER BY p.id',
      [rowId],
    );
    const { edges, totalCount } = await walkChild(baseId, 'partners', 'kind since node { __typename id } partnership { id holder offshoreBase { id } }');
    expect(totalCount).toBe(rows.length);
    expect(edges).toEqual(
      rows.map((row) => {
        const typeName = ORGANIZATION_TYPE_BY_KIND[row.orgKind];
        return {
          kind: row.kind,
          since: row.since,
          node: { __typename: typeName, id: toGlobalId(typeName, Number(row.org)) },
          partnership: { id: toGlobalId('Partnership', Number(row.id)), holder: 'OFFSHORE_BASE', offshoreBase: { id: baseId } },
        };
      }),
    );
  }
});

test.each([
  ['stations', 'SELECT id FROM station WHERE offshore_base_id = ? ORDER BY id', 'Station'],
  ['projects', 'SELECT id FROM project WHERE offshore_base_id = ? ORDER BY id', 'Project'],
  ['platforms', 'SELECT id FROM platform WHERE offshore_base_id = ? ORDER BY id', 'Platform'],
])('%s of each base match SQL', async (field, sql, typeName) => {
  let total = 0;
  for (const baseId of all) {
    const rowId = Number(Buffer.from(baseId, 'base64url').toString().split(':')[1]);
    const expected = await ids(sql, [rowId], typeName);
    const { edges, totalCount } = await walkChild(baseId, field, 'node { id }');
    expect(edges.map((edge) => edge.node.id)).toEqual(expected);
    expect(totalCount).toBe(expected.length);
    total += expected.length;
  }
  expect(total).toBeGreaterThan(0);
});

test('all of a page of bases\' relations cost a fixed number of statements', async () => {
  const query = `{ offshoreBases(first: 10) { edges { node { id district { code }
    stations(first: 5) { totalCount edges { node { offshoreBase { id } } } }
    talents(first: 5) { totalCount edges { role onPost node { id } } }
    projects(first: 5) { totalCount } platforms(first: 5) { totalCount }
    partners(first: 5) { totalCount edges { node { __typename id } } } } } } }`;
  app.statements.length = 0;
  const data: any = dataOf(await app.query(query));
  // page, districts, five lists with their counts, and the bases of the stations (already in no cache)
  expect(app.statements.length).toBe(1 + 1 + 10 + 1);
  const district: any = (await app.dataSource.query('SELECT d.code FROM offshore_base b JOIN district d ON d.id = b.district_id ORDER BY b.id')).map((r: any) => r.code);
  expect(data.offshoreBases.edges.map((edge: any) => edge.node.district.code)).toEqual(district);
  for (const edge of data.offshoreBases.edges) {
    for (const station of edge.node.stations.edges) expect(station.node.offshoreBase.id).toBe(edge.node.id);
  }
});

test('an engagement leads to its talent and to its station or base, and says whether it is on post', async () => {
  const rows: any[] = await app.dataSource.query(
    `SELECT * FROM (SELECT id, talent_id AS talent, station_id AS station, offshore_base_id AS base, ended_on AS endedOn FROM engagement WHERE station_id IS NOT NULL ORDER BY id LIMIT 3) a
     UNION ALL SELECT * FROM (SELECT id, talent_id, station_id, offshore_base_id, ended_on FROM engagement WHERE offshore_base_id IS NOT NULL ORDER BY id LIMIT 3) b
     UNION ALL SELECT * FROM (SELECT id, talent_id, station_id, offshore_base_id, ended_on FROM engagement WHERE ended_on IS NOT NULL ORDER BY id LIMIT 3) c`,
  );
  app.statements.length = 0;
  const data: any = dataOf(
    await app.query('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Engagement { role onPost endedOn talent { id } station { id } offshoreBase { id } } } }', {
      ids: rows.map((row) => toGlobalId('Engagement', Number(row.id))),
    }),
  );
  // engagements, talents, stations, bases
  expect(app.statements.length).toBe(4);
  expect(data.nodes.map(({ role, ...node }: any) => node)).toEqual(
    rows.map((row) => ({
      onPost: row.endedOn === null || row.endedOn >= today,
      endedOn: row.endedOn,
      talent: { id: toGlobalId('Talent', Number(row.talent)) },
      station: row.station === null ? null : { id: toGlobalId('Station', Number(row.station)) },
      offshoreBase: row.base === null ? null : { id: toGlobalId('OffshoreBase', Number(row.base)) },
    })),
  );
  expect(rows.some((row) => row.endedOn !== null && row.endedOn < today)).toBe(true);
});
