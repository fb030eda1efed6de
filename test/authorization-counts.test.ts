/**
 * Non-staff `totalCount`s against SQL written here. For every root list a non-staff caller may
 * read, and every nested list whose rows a scope narrows, the count each caller reads (anonymous,
 * REVIEWER, UNIT_MANAGER, PARTNER) equals a COUNT the test runs itself, with the caller's scope
 * written out below as the WHERE of docs/authorization.md's words (not taken from
 * src/auth/row-scopes.ts). Rows each scope sees differently are added first (proposals, applications
 * under review with their reviews and inspections, at the demo manager's unit and at another's), and
 * the test checks that the scopes do give different counts, so a scope dropped or widened fails.
 */
import { ApplicationReview, ReviewRecommendation } from '../src/modules/application/application-review.entity';
import { SiteInspection } from '../src/modules/application/site-inspection.entity';
import { ApplicationStatus, StationApplication } from '../src/modules/application/station-application.entity';
import { Engagement, EngagementRole, EngagementStatus } from '../src/modules/talent/engagement.entity';
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, RELATION_SWEEP_LIMITS, startTestApp, TestApp } from './support/app';
import { DemoScope, demoScope } from './support/writes';

type Caller = 'anonymous' | 'reviewer' | 'manager' | 'partner';
const CALLERS: Caller[] = ['anonymous', 'reviewer', 'manager', 'partner'];

let app: TestApp;
let scope: DemoScope;
const tokens = new Map<Caller | 'staff', string | undefined>();

/** The rows of `table` (aliased `t`) the caller may read, as SQL over `t`: docs/authorization.md, "Roles" and "Protected data". */
function visible(table: string, caller: Caller): string {
  const publicApplication = (alias: string) => `${alias}.status IN ('PUBLICIZED', 'APPROVED')`;
  const assigned = (applicationColumn: string) => `EXISTS (SELECT 1 FROM application_review mine WHERE mine.application_id = ${applicationColumn} AND mine.expert_id = ${scope.expertId})`;
  const application = (alias: string) => {
    if (caller === 'manager') return `(${publicApplication(alias)} OR ${alias}.host_unit_id = ${scope.hostUnitId})`;
    if (caller === 'reviewer') return `(${publicApplication(alias)} OR ${assigned(`${alias}.id`)})`;
    return publicApplication(alias);
  };
  switch (table) {
    case 'station_application':
      return application('t');
    case 'engagement':
      // A proposal: STAFF and the unit whose station it is at (the unit proposed it).
      return caller === 'manager' ? `(t.status = 'CONFIRMED' OR t.station_id IN (SELECT id FROM station WHERE host_unit_id = ${scope.hostUnitId}))` : `t.status = 'CONFIRMED'`;
    case 'application_review':
      return caller === 'reviewer' ? `t.expert_id = ${scope.expertId}` : '1 = 0';
    case 'site_inspection':
      if (caller === 'manager') return `t.application_id IN (SELECT id FROM station_application WHERE host_unit_id = ${scope.hostUnitId})`;
      if (caller === 'reviewer') return assigned('t.application_id');
      return '1 = 0';
    case 'application_research_field':
      return `EXISTS (SELECT 1 FROM station_application a WHERE a.id = t.application_id AND ${application('a')})`;
    default:
      // The network's public record: every row.
      return '1 = 1';
  }
}

async function sqlCount(sql: string): Promise<number> {
  return Number((await app.dataSource.query(sql))[0].n);
}

/** Root lists a non-staff caller may read, and their tables. */
const ROOT_LISTS: Record<string, string> = {
  hostUnits: 'host_unit',
  offshoreBases: 'offshore_base',
  stations: 'station',
  talents: 'talent',
  projects: 'project',
  platforms: 'platform',
  activities: 'activity',
  fundingGrants: 'funding_grant',
  evaluations: 'evaluation',
  announcements: 'announcement',
  organizations: 'organization',
  stationApplications: 'station_application',
  districts: 'district',
  researchFields: 'research_field',
};

/**
 * Nested lists over scoped rows: the root list of their parents, and per parent id the count of
 * `table`'s rows under it (`parent` the column naming the parent; `where` anything the list itself
 * leaves out).
 */
const NESTED_LISTS: { root: string; field: string; table: string; parent: string; where?: string }[] = [
  { root: 'stations', field: 'talents', table: 'engagement', parent: 'station_id' },
  { root: 'offshoreBases', field: 'talents', table: 'engagement', parent: 'offshore_base_id' },
  { root: 'talents', field: 'stations', table: 'engagement', parent: 'talent_id', where: 't.station_id IS NOT NULL' },
  { root: 'talents', field: 'offshoreBases', table: 'engagement', parent: 'talent_id', where: 't.offshore_base_id IS NOT NULL' },
  { root: 'hostUnits', field: 'applications', table: 'station_application', parent: 'host_unit_id' },
  { root: 'stations', field: 'applications', table: 'station_application', parent: 'station_id' },
  { root: 'stationApplications', field: 'reviews', table: 'application_review', parent: 'application_id' },
  { root: 'stationApplications', field: 'inspections', table: 'site_inspection', parent: 'application_id' },
  { root: 'stationApplications', field: 'researchFields', table: 'application_research_field', parent: 'application_id' },
];

const asCaller = (caller: Caller | 'staff') => (caller === 'anonymous' ? { anonymous: true } : { token: tokens.get(caller) });

beforeAll(async () => {
  app = await startTestApp('authorization_counts', { limits: RELATION_SWEEP_LIMITS });
  scope = await demoScope(app);
  for (const caller of CALLERS) tokens.set(caller, caller === 'anonymous' ? undefined : await app.tokenFor(caller));
  tokens.set('staff', await app.tokenFor('staff'));
  // Rows the scopes tell apart, at the demo manager's unit ('own') and at another's.
  const [talent] = await app.dataSource.query('SELECT MIN(id) AS id FROM talent');
  const [district] = await app.dataSource.query('SELECT MIN(id) AS id FROM district');
  const [field] = await app.dataSource.query('SELECT MIN(id) AS id FROM research_field');
  const [otherExpert] = await app.dataSource.query('SELECT MIN(id) AS id FROM expert WHERE id <> ?', [scope.expertId]);
  // A proposal at an offshore base: STAFF's alone (no unit's station).
  await app.dataSource.getRepository(Engagement).insert({ talentId: Number(talent.id), stationId: null, offshoreBaseId: scope.offshoreBaseId, role: EngagementRole.RESEARCHER, startedOn: '2026-01-01', endedOn: null, status: EngagementStatus.PROPOSED });
  for (const [stationId, hostUnitId, expertId] of [
    [scope.ownStationId, scope.hostUnitId, scope.expertId],
    [scope.otherStationId, scope.otherHostUnitId, Number(otherExpert.id)],
  ]) {
    await app.dataSource.getRepository(Engagement).insert({ talentId: Number(talent.id), stationId, offshoreBaseId: null, role: EngagementRole.RESEARCHER, startedOn: '2026-01-01', endedOn: null, status: EngagementStatus.PROPOSED });
    for (const status of [ApplicationStatus.UNDER_REVIEW, ApplicationStatus.INSPECTED]) {
      const inserted = await app.dataSource.getRepository(StationApplication).insert({ hostUnitId, districtId: Number(district.id), proposedName: `counted ${hostUnitId} ${status}`, roundYear: 2026, status, submittedOn: '2026-03-01', decidedOn: null, conclusion: null, serviceAreaM2: 150, dedicatedStaff: 2 });
      const applicationId = Number(inserted.identifiers[0].id);
      await app.dataSource.getRepository(ApplicationReview).insert({ applicationId, expertId, score: 80, recommendation: ReviewRecommendation.APPROVE, opinion: 'Sound.', reviewedOn: '2026-05-01' });
      await app.dataSource.getRepository(SiteInspection).insert({ applicationId, inspectedOn: '2026-06-01', inspectors: 'counted', findings: 'As described.', passed: true });
      await app.dataSource.query('INSERT INTO application_research_field (application_id, research_field_id) VALUES (?, ?)', [applicationId, Number(field.id)]);
    }
  }
});
afterAll(async () => {
  await app?.stop();
});

describe.each(Object.keys(ROOT_LISTS))('root list %s', (list) => {
  test('each non-staff caller reads the count of the rows their scope allows', async () => {
    const got: Record<string, number> = {};
    const want: Record<string, number> = {};
    for (const caller of CALLERS) {
      got[caller] = dataOf(await app.query(`{ ${list}(first: 1) { totalCount } }`, undefined, asCaller(caller)))[list].totalCount;
      want[caller] = await sqlCount(`SELECT COUNT(*) AS n FROM ${ROOT_LISTS[list]} t WHERE ${visible(ROOT_LISTS[list], caller)}`);
    }
    expect(got).toEqual(want);
    expect(want.anonymous).toBeGreaterThan(0);
  });
});

/** Every node of a root list as the caller, with the nested list's totalCount: parent id → count. */
async function nestedCounts(root: string, field: string, caller: Caller): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let after: string | null = null;
  for (;;) {
    const page: any = dataOf(await app.query(`query($after: String) { ${root}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id ${field}(first: 1) { totalCount } } } } }`, { after }, asCaller(caller)))[root];
    for (const edge of page.edges) counts.set(edge.node.id, edge.node[field].totalCount);
    if (!page.pageInfo.hasNextPage) return counts;
    after = page.pageInfo.endCursor;
  }
}

const TYPES: Record<string, string> = { stations: 'Station', offshoreBases: 'OffshoreBase', talents: 'Talent', hostUnits: 'HostUnit', stationApplications: 'StationApplication' };

describe.each(NESTED_LISTS.map((list) => [`${list.root} → ${list.field}`, list] as const))('nested list %s', (_name, list) => {
  test("each non-staff caller reads, under every parent they see, the count of the rows their scope allows", async () => {
    const totals: Record<string, number> = {};
    for (const caller of CALLERS) {
      const got = await nestedCounts(list.root, list.field, caller);
      const rows: { parent: number | string; n: number | string }[] = await app.dataSource.query(
        `SELECT t.${list.parent} AS parent, COUNT(*) AS n FROM ${list.table} t WHERE t.${list.parent} IS NOT NULL AND ${list.where ?? '1 = 1'} AND ${visible(list.table, caller)} GROUP BY t.${list.parent}`,
      );
      const want = new Map(rows.map((row) => [toGlobalId(TYPES[list.root], Number(row.parent)), Number(row.n)]));
      // Every parent the caller sees, with the SQL's count under it (none: 0).
      const expected = Object.fromEntries([...got.keys()].map((id) => [id, want.get(id) ?? 0]));
      expect({ caller, counts: Object.fromEntries(got) }).toEqual({ caller, counts: expected });
      totals[caller] = [...got.values()].reduce((sum, n) => sum + n, 0);
    }
    expect(Math.max(...Object.values(totals))).toBeGreaterThan(0);
  });
});

test('the scopes tell the callers apart: the added rows count for some and not for others', async () => {
  const differs = async (list: string) => new Set(await Promise.all(CALLERS.map(async (caller) => dataOf(await app.query(`{ ${list}(first: 1) { totalCount } }`, undefined, asCaller(caller)))[list].totalCount))).size;
  expect(await differs('stationApplications')).toBe(3);
  const station = toGlobalId('Station', scope.ownStationId);
  const talents = async (caller: Caller | 'staff') => dataOf(await app.query('query($id: ID!) { station(id: $id) { talents(first: 1) { totalCount } } }', { id: station }, asCaller(caller))).station.talents.totalCount;
  expect(await talents('manager')).toBe(await talents('staff'));
  expect(await talents('anonymous')).toBe((await talents('staff')) - 1);
});
