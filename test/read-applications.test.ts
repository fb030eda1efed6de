/**
 * stationApplications: every filter returns exactly the rows SQL finds, SUBMITTED_ON walks in SQL's
 * order, and the workflow reads both ways: application → unit, district, station, reviews,
 * inspections; review → application, expert; expert → field, reviews; inspection → application.
 */
import { dataOf, RELATION_SWEEP_LIMITS, startTestApp, TestApp } from './support/app';
import { listHelpers } from './support/lists';
import { toGlobalId } from '../src/graphql/global-id';
import { ApplicationStatus, StationApplication } from '../src/modules/application/station-application.entity';

let app: TestApp;
let all: string[];
beforeAll(async () => {
  // As STAFF, who see every application; what others see is test/authorization-*.test.ts's part.
  app = await startTestApp('read_applications', { as: 'staff', limits: RELATION_SWEEP_LIMITS });
  // The seed generates every application: one entered by staff gives isGenerated: false rows to find.
  const [unit] = await app.dataSource.query('SELECT id, district_id AS district FROM host_unit ORDER BY id LIMIT 1');
  await app.dataSource.getRepository(StationApplication).save({
    hostUnitId: Number(unit.id),
    districtId: Number(unit.district),
    proposedName: '测试单位海智工作站',
    roundYear: 2023,
    status: ApplicationStatus.SUBMITTED,
    submittedOn: '2023-03-01',
    serviceAreaM2: 150,
    dedicatedStaff: 2,
    isGenerated: false,
  });
  all = await ids('SELECT id FROM station_application ORDER BY id');
});
afterAll(async () => {
  await app?.stop();
});

const list = (values: readonly unknown[]) => values.map(() => '?').join(', ');
const rowIdOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

const LIST = { field: 'stationApplications', type: 'StationApplication', table: 'station_application', filter: 'StationApplicationFilter', order: 'StationApplicationOrder' };
const helpers = listHelpers(() => app, LIST);
const { sqlIds: ids, walk } = helpers;
/** Exactly the rows SQL finds (callers check the subset themselves). */
const expectFilter = (filter: object, sql: string, params: unknown[] = []) => helpers.expectFilter(filter, sql, params, { someButNotAll: false });

const properSubset = (found: string[]) => {
  expect(found.length).toBeGreaterThan(0);
  expect(found.length).toBeLessThan(all.length);
};

test('without a filter: every application once, by id, in pages of 30', async () => {
  const result = await walk(null, null, 30);
  expect(result.ids).toEqual(all);
  expect(result.totalCount).toBe(all.length);
  expect(all.length).toBeGreaterThan(64);
});

test('filter.statuses', async () => {
  const statuses = [ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN, ApplicationStatus.UNDER_REVIEW];
  properSubset(await expectFilter({ statuses }, `SELECT id FROM station_application WHERE status IN (${list(statuses)}) ORDER BY id`, statuses));
  properSubset(await expectFilter({ statuses: ['APPROVED'] }, "SELECT id FROM station_application WHERE status = 'APPROVED' ORDER BY id"));
});

test('filter.roundYears', async () => {
  properSubset(await expectFilter({ roundYears: { from: 2022 } }, 'SELECT id FROM station_application WHERE round_year >= 2022 ORDER BY id'));
  properSubset(await expectFilter({ roundYears: { to: 2016 } }, 'SELECT id FROM station_application WHERE round_year <= 2016 ORDER BY id'));
  properSubset(await expectFilter({ roundYears: { from: 2019, to: 2019 } }, 'SELECT id FROM station_application WHERE round_year = 2019 ORDER BY id'));
});

test('filter.hostUnitIds', async () => {
  const units: number[] = (
    await app.dataSource.query('SELECT host_unit_id AS id, COUNT(*) AS n FROM station_application GROUP BY host_unit_id ORDER BY n DESC, host_unit_id LIMIT 3')
  ).map((row: { id: number }) => Number(row.id));
  properSubset(
    await expectFilter(
      { hostUnitIds: units.map((id) => toGlobalId('HostUnit', id)) },
      `SELECT id FROM station_application WHERE host_unit_id IN (${list(units)}) ORDER BY id`,
      units,
    ),
  );
  const response = await app.query('query($ids: [ID!]) { stationApplications(filter: { hostUnitIds: $ids }) { totalCount } }', { ids: [toGlobalId('District', 1)] });
  expect(response.errors?.[0].message).toMatch(/expected the id of a HostUnit/);
});

test('filter.districtIds', async () => {
  const districts: number[] = (
    await app.dataSource.query('SELECT district_id AS id, COUNT(*) AS n FROM station_application GROUP BY district_id ORDER BY n DESC, district_id LIMIT 2')
  ).map((row: { id: number }) => Number(row.id));
  properSubset(
    await expectFilter(
      { districtIds: districts.map((id) => toGlobalId('District', id)) },
      `SELECT id FROM station_application WHERE district_id IN (${list(districts)}) ORDER BY id`,
      districts,
    ),
  );
});

test('filter.isGenerated, and conditions combined', async () => {
  const generated = await expectFilter({ isGenerated: true }, 'SELECT id FROM station_application WHERE is_generated = 1 ORDER BY id');
  const real = await expectFilter({ isGenerated: false }, 'SELECT id FROM station_application WHERE is_generated = 0 ORDER BY id');
  properSubset(generated);
  properSubset(real);
  expect(generated.length + real.length).toBe(all.length);
  properSubset(
    await expectFilter(
      { statuses: ['APPROVED', 'REJECTED'], roundYears: { from: 2017, to: 2020 }, isGenerated: true },
      "SELECT id FROM station_application WHERE status IN ('APPROVED', 'REJECTED') AND round_year BETWEEN 2017 AND 2020 AND is_generated = 1 ORDER BY id",
    ),
  );
});

test.each([
  ['SUBMITTED_ON', 'ASC', 'submitted_on ASC, id ASC'],
  ['SUBMITTED_ON', 'DESC', 'submitted_on DESC, id DESC'],
  ['ID', 'DESC', 'id DESC'],
])('orderBy %s %s walks in the order SQL sorts', async (field, direction, order) => {
  const expected = await ids(`SELECT id FROM station_application ORDER BY ${order}`);
  expect((await walk(null, { field, direction }, 15)).ids).toEqual(expected);
});

test('an application answers with its unit, district, station, reviews and inspections as SQL has them', async () => {
  const apps: any[] = await app.dataSource.query(
    'SELECT id, host_unit_id AS unit, district_id AS district, station_id AS station FROM station_application ORDER BY id',
  );
  const reviews: any[] = await app.dataSource.query('SELECT id, application_id AS app, expert_id AS expert FROM application_review ORDER BY application_id, id');
  const inspections: any[] = await app.dataSource.query('SELECT id, application_id AS app FROM site_inspection ORDER BY application_id, id');
  const seen = new Map<string, any>();
  let after: string | null = null;
  for (;;) {
    app.statements.length = 0;
    const data: any = dataOf(
      await app.query(
        `query($after: String) { stationApplications(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id
           hostUnit { id } district { id } station { id }
           reviews(first: 20) { totalCount edges { node { id application { id } expert { id } } } }
           inspections(first: 20) { totalCount edges { node { id } } } } } } }`,
        { after },
      ),
    );
    // the staff token's account lookup; page; units, districts, stations; reviews page + count,
    // inspections page + count; the reviews' experts and applications
    expect(app.statements.length).toBe(1 + 10);
    for (const edge of data.stationApplications.edges) seen.set(edge.node.id, edge.node);
    if (!data.stationApplications.pageInfo.hasNextPage) break;
    after = data.stationApplications.pageInfo.endCursor;
  }
  expect([...seen.keys()]).toEqual(all);
  for (const row of apps) {
    const id = toGlobalId('StationApplication', Number(row.id));
    const node = seen.get(id);
    const myReviews = reviews.filter((r) => Number(r.app) === Number(row.id));
    const myInspections = inspections.filter((r) => Number(r.app) === Number(row.id));
    expect(node).toEqual({
      id,
      hostUnit: { id: toGlobalId('HostUnit', Number(row.unit)) },
      district: { id: toGlobalId('District', Number(row.district)) },
      station: row.station === null ? null : { id: toGlobalId('Station', Number(row.station)) },
      reviews: {
        totalCount: myReviews.length,
        edges: myReviews.map((r) => ({ node: { id: toGlobalId('ApplicationReview', Number(r.id)), application: { id }, expert: { id: toGlobalId('Expert', Number(r.expert)) } } })),
      },
      inspections: {
        totalCount: myInspections.length,
        edges: myInspections.map((r) => ({ node: { id: toGlobalId('SiteInspection', Number(r.id)) } })),
      },
    });
  }
  expect(reviews.length).toBeGreaterThan(0);
  expect(inspections.length).toBeGreaterThan(0);
});

test('a site inspection leads back to its application', async () => {
  const rows: { id: number; app: number }[] = await app.dataSource.query('SELECT id, application_id AS app FROM site_inspection ORDER BY id');
  expect(rows.length).toBeGreaterThan(0);
  app.statements.length = 0;
  const data: any = dataOf(
    await app.query('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on SiteInspection { passed application { id } } } }', {
      ids: rows.slice(0, 100).map((row) => toGlobalId('SiteInspection', Number(row.id))),
    }),
  );
  // the staff token's account lookup, the inspections, their applications
  expect(app.statements).toHaveLength(1 + 2);
  expect(data.nodes.map((node: any) => node.application.id)).toEqual(rows.slice(0, 100).map((row) => toGlobalId('StationApplication', Number(row.app))));
});

test('an expert answers with their research field and every review they wrote', async () => {
  const experts: any[] = await app.dataSource.query('SELECT id, research_field_id AS field FROM expert ORDER BY id');
  const reviews: any[] = await app.dataSource.query('SELECT id, expert_id AS expert, application_id AS app FROM application_review ORDER BY expert_id, id');
  app.statements.length = 0;
  const data: any = dataOf(
    await app.query(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Expert { researchField { id }
         reviews(first: 100) { totalCount edges { node { id application { id } } } } } } }`,
      { ids: experts.map((row) => toGlobalId('Expert', Number(row.id))) },
    ),
  );
  // the staff token's account lookup; experts, fields, reviews page + count, applications
  expect(app.statements.length).toBe(1 + 5);
  expect(data.nodes).toEqual(
    experts.map((row) => {
      const mine = reviews.filter((r) => Number(r.expert) === Number(row.id));
      return {
        id: toGlobalId('Expert', Number(row.id)),
        researchField: row.field === null ? null : { id: toGlobalId('ResearchField', Number(row.field)) },
        reviews: {
          totalCount: mine.length,
          edges: mine.map((r) => ({ node: { id: toGlobalId('ApplicationReview', Number(r.id)), application: { id: toGlobalId('StationApplication', Number(r.app)) } } })),
        },
      };
    }),
  );
});

test('stationApplication(id), and an approved application leads to the station whose applications list it', async () => {
  const [row] = await app.dataSource.query('SELECT id, station_id AS station FROM station_application WHERE station_id IS NOT NULL ORDER BY id LIMIT 1');
  const id = toGlobalId('StationApplication', Number(row.id));
  const data: any = dataOf(
    await app.query('query($id: ID!) { stationApplication(id: $id) { id status station { id applications { edges { node { id } } } } } }', { id }),
  );
  expect(data.stationApplication.status).toBe('APPROVED');
  expect(data.stationApplication.station.id).toBe(toGlobalId('Station', Number(row.station)));
  expect(data.stationApplication.station.applications.edges.map((edge: any) => edge.node.id)).toContain(id);
  expect(rowIdOf(id)).toBe(Number(row.id));
});
