/** Station and talent filters return exactly the rows SQL finds in the seeded network. */
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';
import { testRows } from './support/rows';
import { StationStatus } from '../src/modules/station/station-status';

let app: TestApp;
const add = testRows(() => app.dataSource);
beforeAll(async () => {
  app = await startTestApp('station_filters');
  // Rows each filter below must find, whatever the generator happens to make: a station suspended
  // after its approval in 2017, and a talent whose only engagement has ended.
  await add.station({ status: StationStatus.SUSPENDED, approvalYear: 2017, approvedOn: '2017-06-30', validUntil: '2020-06-29' });
  // ...and a name with a literal %, which nameContains '%' must find and nothing else.
  await add.station({ nameZh: '测试 100% 海智工作站' });
  const former = await add.talent({ countryCode: 'SE' });
  await add.engagement({ talentId: former.id, stationId: await add.firstId('SELECT id FROM station ORDER BY id'), startedOn: '2018-01-01', endedOn: '2020-12-31' });
});
afterAll(async () => {
  await app?.stop();
});

/** Every global id a filtered root list returns, across pages. */
async function idsOf(field: string, filterType: string, filter: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Record<string, any> = dataOf(
      await app.query(
        `query($filter: ${filterType}, $after: String) { ${field}(first: 100, after: $after, filter: $filter) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { filter, after },
      ),
    );
    ids.push(...data[field].edges.map((edge: { node: { id: string } }) => edge.node.id));
    if (!data[field].pageInfo.hasNextPage) {
      expect(data[field].totalCount).toBe(ids.length);
      return ids;
    }
    after = data[field].pageInfo.endCursor;
  }
}

async function sqlIds(typeName: string, sql: string, parameters: unknown[] = []): Promise<string[]> {
  const rows: { id: number }[] = await app.dataSource.query(sql, parameters);
  return rows.map((row) => toGlobalId(typeName, Number(row.id)));
}

// The twelve units the article says were approved in 2022.
const APPROVED_IN_2022 = [
  '重庆大学附属肿瘤医院',
  '林同棪国际工程咨询(中国)有限公司',
  '基辅理工(重庆)应用技术研究院有限公司',
  '重庆长安汽车股份有限公司',
  '重庆邮电大学-伦敦布鲁内尔大学交叉创新研究院',
  '新中天环保工程(重庆)有限公司',
  '重庆石墨烯研究院有限公司',
  '亲禾投资集团有限公司',
  '重庆高新技术产业研究院',
  '重庆交通大学绿色航空技术研究院',
  '重庆霏洋环保科技股份有限公司',
  '重庆建筑科技职业学院',
];

test('stations(filter: { approvalYear: 2022 }) returns the 12 stations the article names', async () => {
  const data = dataOf(await app.query('{ stations(first: 100, filter: { approvalYear: 2022 }) { totalCount edges { node { name isGenerated hostUnit { name } } } } }'));
  expect(data.stations.totalCount).toBe(12);
  const hosts = data.stations.edges.map((edge: { node: { hostUnit: { name: string } } }) => edge.node.hostUnit.name).sort();
  expect(hosts).toEqual([...APPROVED_IN_2022].sort());
  expect(data.stations.edges.every((edge: { node: { isGenerated: boolean } }) => edge.node.isGenerated === false)).toBe(true);
});

describe('station filters', () => {
  test('by district', async () => {
    const [{ districtId }] = await app.dataSource.query('SELECT district_id AS districtId FROM station GROUP BY district_id ORDER BY COUNT(*) DESC LIMIT 1');
    const expected = await sqlIds('Station', 'SELECT id FROM station WHERE district_id = ? ORDER BY id', [districtId]);
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsOf('stations', 'StationFilter', { districtIds: [toGlobalId('District', Number(districtId))] })).toEqual(expected);
  });

  test('by status and approval years', async () => {
    const expected = await sqlIds('Station', "SELECT id FROM station WHERE status IN ('SUSPENDED', 'REVOKED') AND approval_year BETWEEN 2015 AND 2019 ORDER BY id");
    const [{ n }] = await app.dataSource.query("SELECT COUNT(*) AS n FROM station WHERE status IN ('SUSPENDED', 'REVOKED') OR approval_year BETWEEN 2015 AND 2019");
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(Number(n)); // AND, not OR
    expect(await idsOf('stations', 'StationFilter', { statuses: ['SUSPENDED', 'REVOKED'], approvalYears: { from: 2015, to: 2019 } })).toEqual(expected);
  });

  test('by research field and host-unit kind', async () => {
    const [{ fieldId }] = await app.dataSource.query('SELECT research_field_id AS fieldId FROM station_research_field GROUP BY research_field_id ORDER BY COUNT(*) DESC LIMIT 1');
    const expected = await sqlIds(
      'Station',
      `SELECT s.id FROM station s JOIN host_unit h ON h.id = s.host_unit_id
        WHERE h.kind IN ('ENTERPRISE', 'LISTED_COMPANY')
          AND EXISTS (SELECT 1 FROM station_research_field f WHERE f.station_id = s.id AND f.research_field_id = ?) ORDER BY s.id`,
      [fieldId],
    );
    expect(expected.length).toBeGreaterThan(0);
    const filter = { researchFieldIds: [toGlobalId('ResearchField', Number(fieldId))], hostUnitKinds: ['ENTERPRISE', 'LISTED_COMPANY'] };
    expect(await idsOf('stations', 'StationFilter', filter)).toEqual(expected);
  });

  test('by name, with LIKE wildcards taken literally', async () => {
    const graphene = await sqlIds('Station', "SELECT id FROM station WHERE name_zh LIKE '%石墨烯%' ORDER BY id");
    expect(graphene.length).toBeGreaterThan(0);
    expect(await idsOf('stations', 'StationFilter', { nameContains: '石墨烯' })).toEqual(graphene);
    const percent = await sqlIds('Station', "SELECT id FROM station WHERE name_zh LIKE '%!%%' ESCAPE '!' ORDER BY id");
    expect(percent).toHaveLength(1);
    expect(await idsOf('stations', 'StationFilter', { nameContains: '%' })).toEqual(percent);
  });

  test('an empty list matches nothing', async () => {
    expect((await idsOf('stations', 'StationFilter', {})).length).toBeGreaterThan(0);
    expect(await idsOf('stations', 'StationFilter', { statuses: [] })).toEqual([]);
  });

  test('an id of the wrong type is an input error', async () => {
    const response = await app.query('query($f: StationFilter) { stations(filter: $f) { totalCount } }', { f: { districtIds: [toGlobalId('Station', 1)] } });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/filter.districtIds is the id of a Station; expected the id of a District/);
  });
});

describe('talent filters', () => {
  test('by country and degree', async () => {
    const expected = await sqlIds('Talent', "SELECT id FROM talent WHERE country_code IN ('US', 'NZ') AND degree = 'DOCTORATE' ORDER BY id");
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsOf('talents', 'TalentFilter', { countries: ['US', 'NZ'], degrees: ['DOCTORATE'] })).toEqual(expected);
  });

  test('returnees on post', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const expected = await sqlIds(
      'Talent',
      'SELECT t.id FROM talent t WHERE t.is_returnee = 1 AND EXISTS (SELECT 1 FROM engagement e WHERE e.talent_id = t.id AND (e.ended_on IS NULL OR e.ended_on >= ?)) ORDER BY t.id',
      [today],
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsOf('talents', 'TalentFilter', { isReturnee: true, onPost: true })).toEqual(expected);
  });

  test('not on post', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const expected = await sqlIds(
      'Talent',
      'SELECT t.id FROM talent t WHERE NOT EXISTS (SELECT 1 FROM engagement e WHERE e.talent_id = t.id AND (e.ended_on IS NULL OR e.ended_on >= ?)) ORDER BY t.id',
      [today],
    );
    // Some talents are off post, among them one who was engaged (not only never-engaged ones).
    expect(expected.length).toBeGreaterThan(0);
    const [{ engaged }] = await app.dataSource.query(
      `SELECT COUNT(*) AS engaged FROM talent t WHERE EXISTS (SELECT 1 FROM engagement e WHERE e.talent_id = t.id)
          AND NOT EXISTS (SELECT 1 FROM engagement e WHERE e.talent_id = t.id AND (e.ended_on IS NULL OR e.ended_on >= ?))`,
      [today],
    );
    expect(Number(engaged)).toBeGreaterThan(0);
    expect(await idsOf('talents', 'TalentFilter', { onPost: false })).toEqual(expected);
  });

  test('ambassadors, and talents of a station', async () => {
    const ambassadors = await sqlIds('Talent', 'SELECT talent_id AS id FROM ambassador_appointment ORDER BY talent_id');
    expect(ambassadors).toHaveLength(6);
    expect(await idsOf('talents', 'TalentFilter', { isAmbassador: true })).toEqual(ambassadors);
    const [{ stationId }] = await app.dataSource.query("SELECT id AS stationId FROM station WHERE seed_key = 'station:graphene'");
    const expected = await sqlIds('Talent', 'SELECT DISTINCT talent_id AS id FROM engagement WHERE station_id = ? ORDER BY talent_id', [stationId]);
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsOf('talents', 'TalentFilter', { stationIds: [toGlobalId('Station', Number(stationId))] })).toEqual(expected);
  });

  test('a malformed country code is refused with the rule', async () => {
    const response = await app.query('{ talents(filter: { countries: ["nz"] }) { totalCount } }');
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/ISO 3166-1 alpha-2/);
  });
});

test('a broken rule inside a nested input names where it sits', async () => {
  const response = await app.query('{ projects(filter: { introducedOn: { from: "2022-13-01" } }) { totalCount } }');
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/^introducedOn\.from: from must be a date written YYYY-MM-DD/);
});
