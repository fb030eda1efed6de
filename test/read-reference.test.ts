/**
 * districts and researchFields: small lists, still connections whose filters return exactly the rows
 * SQL finds; district → stations, host units, bases and field → stations, talents match SQL. Also the
 * small ways back: a station head to their stations, a status change to its station, an ambassador
 * appointment to its talent.
 */
import { dataOf, startTestApp, TestApp } from './support/app';
import { toGlobalId } from '../src/graphql/global-id';
import { DistrictKind } from '../src/modules/reference/district.entity';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('read_reference');
});
afterAll(async () => {
  await app?.stop();
});

const list = (values: readonly unknown[]) => values.map(() => '?').join(', ');

async function ids(sql: string, params: unknown[], typeName: string): Promise<string[]> {
  return (await app.dataSource.query(sql, params)).map((row: { id: number }) => toGlobalId(typeName, Number(row.id)));
}

async function walk(field: 'districts' | 'researchFields', filter: unknown, orderBy: unknown = null, first = 100): Promise<{ ids: string[]; totalCount: number }> {
  const [filterType, orderType] = field === 'districts' ? ['DistrictFilter', 'DistrictOrder'] : ['ResearchFieldFilter', 'ResearchFieldOrder'];
  const found: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (;;) {
    const data: any = dataOf(
      await app.query(
        `query($first: Int, $after: String, $filter: ${filterType}, $orderBy: ${orderType}) {
           list: ${field}(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
             totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { first, after, filter, orderBy },
      ),
    );
    totalCount = data.list.totalCount;
    found.push(...data.list.edges.map((edge: { node: { id: string } }) => edge.node.id));
    if (!data.list.pageInfo.hasNextPage) break;
    after = data.list.pageInfo.endCursor;
  }
  return { ids: found, totalCount };
}

describe('districts', () => {
  let all: string[];
  beforeAll(async () => {
    all = await ids('SELECT id FROM district ORDER BY id', [], 'District');
  });

  async function expectFilter(filter: unknown, sql: string, params: unknown[] = []): Promise<string[]> {
    const expected = await ids(sql, params, 'District');
    const result = await walk('districts', filter);
    expect(result.ids).toEqual(expected);
    expect(result.totalCount).toBe(expected.length);
    return expected;
  }

  test('without a filter: every district once, in pages of 7', async () => {
    const result = await walk('districts', null, null, 7);
    expect(result.ids).toEqual(all);
    expect(result.totalCount).toBe(all.length);
  });

  test('filter.kinds, codes, nameContains, isGenerated', async () => {
    const kinds = [DistrictKind.COUNTY, DistrictKind.NEW_AREA];
    const byKind = await expectFilter({ kinds }, `SELECT id FROM district WHERE kind IN (${list(kinds)}) ORDER BY id`, kinds);
    expect(byKind.length).toBeGreaterThan(0);
    expect(byKind.length).toBeLessThan(all.length);
    const codes = ['yubei', 'wanzhou', 'no-such-code'];
    expect(await expectFilter({ codes }, `SELECT id FROM district WHERE code IN (${list(codes)}) ORDER BY id`, codes)).toHaveLength(2);
    const named = await expectFilter({ nameContains: '新区' }, "SELECT id FROM district WHERE name_zh LIKE '%新区%' OR name_en LIKE '%新区%' ORDER BY id");
    expect(named.length).toBeGreaterThan(0);
    const english = await expectFilter({ nameContains: 'county' }, "SELECT id FROM district WHERE name_zh LIKE '%county%' OR name_en LIKE '%county%' ORDER BY id");
    expect(english.length).toBeGreaterThan(0);
    expect(english.length).toBeLessThan(all.length);
    await expectFilter({ isGenerated: false }, 'SELECT id FROM district WHERE is_generated = 0 ORDER BY id');
    await expectFilter({ isGenerated: true }, 'SELECT id FROM district WHERE is_generated = 1 ORDER BY id');
    await expectFilter({ kinds: [DistrictKind.COUNTY], nameContains: '区' }, "SELECT id FROM district WHERE kind = 'COUNTY' AND (name_zh LIKE '%区%' OR name_en LIKE '%区%') ORDER BY id");
  });

  test.each([
    ['NAME', 'ASC', 'name_zh ASC, id ASC'],
    ['CODE', 'DESC', 'code DESC, id DESC'],
  ])('orderBy %s %s walks in the order SQL sorts', async (field, direction, order) => {
    expect((await walk('districts', null, { field, direction }, 9)).ids).toEqual(await ids(`SELECT id FROM district ORDER BY ${order}`, [], 'District'));
  });

  test('stations, host units and offshore bases of every district match SQL, at a fixed statement count', async () => {
    const children = async (sql: string, typeName: string) => {
      const map = new Map<string, string[]>();
      for (const row of await app.dataSource.query(sql)) {
        const key = toGlobalId('District', Number(row.parent));
        map.set(key, [...(map.get(key) ?? []), toGlobalId(typeName, Number(row.id))]);
      }
      return map;
    };
    const expected = {
      stations: await children('SELECT district_id AS parent, id FROM station ORDER BY district_id, id', 'Station'),
      hostUnits: await children('SELECT district_id AS parent, id FROM host_unit ORDER BY district_id, id', 'HostUnit'),
      offshoreBases: await children('SELECT district_id AS parent, id FROM offshore_base ORDER BY district_id, id', 'OffshoreBase'),
    };
    app.statements.length = 0;
    const data: any = dataOf(
      await app.query(`{ districts(first: 100) { edges { node { id
        stations(first: 100) { totalCount edges { node { id } } }
        hostUnits(first: 100) { totalCount edges { node { id } } }
        offshoreBases(first: 100) { totalCount edges { node { id } } } } } } }`),
    );
    expect(app.statements).toHaveLength(7);
    for (const { node } of data.districts.edges) {
      for (const field of ['stations', 'hostUnits', 'offshoreBases'] as const) {
        const want = expected[field].get(node.id) ?? [];
        expect([node.id, field, node[field].totalCount, node[field].edges.map((edge: any) => edge.node.id)]).toEqual([node.id, field, want.length, want]);
      }
    }
    expect(data.districts.edges.reduce((sum: number, edge: any) => sum + edge.node.stations.totalCount, 0)).toBe(64);
  });
});

describe('researchFields', () => {
  let all: string[];
  beforeAll(async () => {
    all = await ids('SELECT id FROM research_field ORDER BY id', [], 'ResearchField');
  });

  async function expectFilter(filter: unknown, sql: string, params: unknown[] = []): Promise<string[]> {
    const expected = await ids(sql, params, 'ResearchField');
    const result = await walk('researchFields', filter);
    expect(result.ids).toEqual(expected);
    expect(result.totalCount).toBe(expected.length);
    return expected;
  }

  test('without a filter: every field once, in pages of 5', async () => {
    const result = await walk('researchFields', null, null, 5);
    expect(result.ids).toEqual(all);
    expect(result.totalCount).toBe(all.length);
  });

  test('filter.codes, nameContains, isGenerated', async () => {
    const codes = ['graphene', 'vaccines'];
    expect(await expectFilter({ codes }, `SELECT id FROM research_field WHERE code IN (${list(codes)}) ORDER BY id`, codes)).toHaveLength(2);
    const named = await expectFilter({ nameContains: '医' }, "SELECT id FROM research_field WHERE name_zh LIKE '%医%' OR name_en LIKE '%医%' ORDER BY id");
    expect(named.length).toBeGreaterThan(0);
    expect(named.length).toBeLessThan(all.length);
    const english = await expectFilter({ nameContains: 'engineering' }, "SELECT id FROM research_field WHERE name_zh LIKE '%engineering%' OR name_en LIKE '%engineering%' ORDER BY id");
    expect(english.length).toBeGreaterThan(0);
    await expectFilter({ isGenerated: false }, 'SELECT id FROM research_field WHERE is_generated = 0 ORDER BY id');
    await expectFilter({ isGenerated: true }, 'SELECT id FROM research_field WHERE is_generated = 1 ORDER BY id');
  });

  test.each([
    ['NAME', 'DESC', 'name_zh DESC, id DESC'],
    ['CODE', 'ASC', 'code ASC, id ASC'],
  ])('orderBy %s %s walks in the order SQL sorts', async (field, direction, order) => {
    expect((await walk('researchFields', null, { field, direction }, 4)).ids).toEqual(await ids(`SELECT id FROM research_field ORDER BY ${order}`, [], 'ResearchField'));
  });

  test('stations and talents of every field match SQL, at a fixed statement count', async () => {
    const children = async (sql: string, typeName: string) => {
      const map = new Map<string, string[]>();
      for (const row of await app.dataSource.query(sql)) {
        const key = toGlobalId('ResearchField', Number(row.parent));
        map.set(key, [...(map.get(key) ?? []), toGlobalId(typeName, Number(row.id))]);
      }
      return map;
    };
    const expected = {
      stations: await children('SELECT research_field_id AS parent, station_id AS id FROM station_research_field ORDER BY research_field_id, id', 'Station'),
      talents: await children('SELECT research_field_id AS parent, talent_id AS id FROM talent_research_field ORDER BY research_field_id, id', 'Talent'),
    };
    app.statements.length = 0;
    const data: any = dataOf(
      await app.query(`{ researchFields(first: 100) { edges { node { id
        stations(first: 100) { totalCount edges { node { id } } }
        talents(first: 100) { totalCount edges { node { id } } } } } } }`),
    );
    expect(app.statements).toHaveLength(5);
    let talents = 0;
    for (const { node } of data.researchFields.edges) {
      for (const field of ['stations', 'talents'] as const) {
        const want = expected[field].get(node.id) ?? [];
        expect([node.id, field, node[field].totalCount, node[field].edges.map((edge: any) => edge.node.id)]).toEqual([node.id, field, want.length, want.slice(0, 100)]);
      }
      talents += node.talents.totalCount;
    }
    expect(talents).toBeGreaterThan(0);
  });
});

describe('the ways back', () => {
  test('a station head leads to the stations they head', async () => {
    const rows: { id: number; head: number }[] = await app.dataSource.query('SELECT id, head_id AS head FROM station WHERE head_id IS NOT NULL ORDER BY id');
    app.statements.length = 0;
    const data: any = dataOf(await app.query('{ stations(first: 100) { edges { node { id head { id stations { totalCount edges { node { id } } } } } } } }'));
    // stations, heads, the heads' stations and their count
    expect(app.statements).toHaveLength(4);
    const headed = new Map(rows.map((row) => [toGlobalId('Station', Number(row.id)), toGlobalId('StationHead', Number(row.head))]));
    for (const { node } of data.stations.edges) {
      if (!node.head) {
        expect(headed.has(node.id)).toBe(false);
        continue;
      }
      expect(node.head.id).toBe(headed.get(node.id));
      const same = rows.filter((row) => toGlobalId('StationHead', Number(row.head)) === node.head.id).map((row) => toGlobalId('Station', Number(row.id)));
      expect(node.head.stations.edges.map((edge: any) => edge.node.id)).toEqual(same);
      expect(node.head.stations.totalCount).toBe(same.length);
    }
  });

  test('a status change leads back to its station', async () => {
    const rows: { id: number; station: number }[] = await app.dataSource.query('SELECT id, station_id AS station FROM station_status_change ORDER BY id');
    expect(rows.length).toBeGreaterThan(0);
    app.statements.length = 0;
    const data: any = dataOf(
      await app.query('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on StationStatusChange { toStatus station { id } } } }', {
        ids: rows.slice(0, 100).map((row) => toGlobalId('StationStatusChange', Number(row.id))),
      }),
    );
    expect(app.statements).toHaveLength(2);
    expect(data.nodes.map((node: any) => node.station.id)).toEqual(rows.slice(0, 100).map((row) => toGlobalId('Station', Number(row.station))));
  });

  test('an ambassador appointment leads back to its talent', async () => {
    const rows: { id: number; talent: number }[] = await app.dataSource.query('SELECT id, talent_id AS talent FROM ambassador_appointment ORDER BY id');
    expect(rows).toHaveLength(6);
    const data: any = dataOf(
      await app.query('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Talent { id ambassadorAppointment { batch talent { id } } } } }', {
        ids: rows.map((row) => toGlobalId('Talent', Number(row.talent))),
      }),
    );
    expect(data.nodes.map((node: any) => [node.id, node.ambassadorAppointment.talent.id])).toEqual(
      rows.map((row) => [toGlobalId('Talent', Number(row.talent)), toGlobalId('Talent', Number(row.talent))]),
    );
  });
});
