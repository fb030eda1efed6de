/**
 * Every "Protected data" row of docs/authorization.md, probed along every path that reaches it, not
 * only node(id) (which test/authorization-matrix.test.ts checks): root lists, single-record roots,
 * nested lists and to-one fields (station → talents → email, application → reviews → expert).
 * One record of each kind is planted outside every non-staff caller's scope (another unit's
 * station, another expert's review), carrying a marker; through each path STAFF must read the
 * marker (so the path does reach it) and the anonymous, REVIEWER, UNIT_MANAGER and PARTNER callers
 * must not (the field reads null, the row is absent, or the root is refused).
 *
 * The paths are found in the built schema too: every field of an object type that leads to a
 * protected type must have its probe here, so a new way to a talent or an application fails this
 * file until it is probed.
 */
import { getNamedType, GraphQLNamedType, GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';
import { fromGlobalId, toGlobalId } from '../src/graphql/global-id';
import { buildAppSchema } from '../src/schema';
import { StationStatusChange } from '../src/modules/station/station-status-change.entity';
import { StationStatus } from '../src/modules/station/station-status';
import { Engagement, EngagementRole, EngagementStatus } from '../src/modules/talent/engagement.entity';
import { ApplicationReview, ReviewRecommendation } from '../src/modules/application/application-review.entity';
import { SiteInspection } from '../src/modules/application/site-inspection.entity';
import { ActivityParticipant, ParticipantRole } from '../src/modules/activity/activity-participant.entity';
import { AmbassadorAppointment } from '../src/modules/talent/ambassador-appointment.entity';
import { ApplicationStatus, StationApplication } from '../src/modules/application/station-application.entity';
import { ApplicationResearchField } from '../src/modules/application/application-research-field.entity';
import { dataOf, GraphQLResponse, RELATION_SWEEP_LIMITS, startTestApp, TestApp } from './support/app';
import { AUTHORIZATION_DOC, matrixTable } from './support/authorization-doc';
import { demoScope } from './support/writes';

const M = {
  email: 'path-probe@example.org',
  phone: '+86 23 6000 0000',
  conclusion: 'path-probe conclusion',
  changedBy: 'path-probe-changer@demo.haizhi',
  unpublished: 'path-probe unpublished station',
  proposed: 'path-probe proposed talent',
  opinion: 'path-probe opinion',
  findings: 'path-probe findings',
  apiKey: 'path-probe key',
};

/** Global ids of planted records that serve as markers. */
const ids: Record<string, string> = {};

interface PathProbe {
  /** The row of docs/authorization.md. */
  subject: string;
  /** `Parent.field` the path ends on (org types: `Organization.field`). */
  way: string;
  query: string;
  /** What shows the protected value or row: a marker text, or a planted record's global id. */
  marker: string | (() => string);
}

/** Each path to a talent, once for its email and once for its phone (CONTACT: the field asked). */
const talentProbes = (probes: [string, string][]): PathProbe[] =>
  (['email', 'phone'] as const).flatMap((field) => probes.map(([way, query]) => ({ subject: `Talent.${field}`, way, query: query.replace(/CONTACT/g, field), marker: M[field] })));

const PROBES: PathProbe[] = [
  ...talentProbes([
    ['Query.talents', '{ talents(first: 5, orderBy: { field: ID, direction: DESC }) { edges { node { CONTACT } } } }'],
    ['Query.talent', 'query($talent: ID!) { talent(id: $talent) { CONTACT } }'],
    ['Station.talents', 'query($name: String!) { stations(filter: { nameContains: $name }, first: 5) { edges { node { talents(first: 100) { edges { node { CONTACT } } } } } } }'],
    ['OffshoreBase.talents', 'query($base: ID!) { offshoreBase(id: $base) { talents(last: 20) { edges { node { CONTACT } } } } }'],
    ['ResearchField.talents', 'query($field: ID!) { node(id: $field) { ... on ResearchField { talents(last: 20) { edges { node { CONTACT } } } } } }'],
    ['Organization.affiliatedTalents', 'query($organization: ID!) { organization(id: $organization) { affiliatedTalents(first: 100) { edges { node { CONTACT } } } } }'],
    ['ActivityParticipant.talent', 'query($activity: ID!) { node(id: $activity) { ... on Activity { participants(first: 100) { edges { node { talent { CONTACT } } } } } } }'],
    ['AmbassadorAppointment.talent', 'query($talent: ID!) { talent(id: $talent) { ambassadorAppointment { talent { CONTACT } } } }'],
    ['Project.talent', 'query($project: ID!) { node(id: $project) { ... on Project { talent { CONTACT } } } }'],
    ['Engagement.talent', 'query($engagement: ID!) { node(id: $engagement) { ... on Engagement { talent { CONTACT } } } }'],
    ['StationApplication.proposedHead', 'query($approved: ID!) { stationApplication(id: $approved) { proposedHead { CONTACT } } }'],
    ['Query.suggestTalents', 'query($field: ID!) { suggestTalents(need: { researchFieldIds: [$field], countries: ["GB"], keywords: ["Path Probe"] }, first: 100) { edges { node { CONTACT } } } }'],
  ]),
  ...[
    ['Query.stationApplications', 'query($unit: ID!) { stationApplications(filter: { hostUnitIds: [$unit] }, first: 100) { edges { node { id FIELDS } } } }'],
    ['Query.stationApplication', 'query($APP: ID!) { stationApplication(id: $APP) { id FIELDS } }'],
    ['HostUnit.applications', 'query($unit: ID!) { hostUnit(id: $unit) { applications(first: 100) { edges { node { id FIELDS } } } } }'],
    ['Station.applications', 'query($name: String!) { stations(filter: { nameContains: $name }, first: 5) { edges { node { applications(first: 100) { edges { node { id FIELDS } } } } } } }'],
    ['ApplicationReview.application', 'query($APP: ID!) { stationApplication(id: $APP) { reviews(first: 100) { edges { node { application { id FIELDS } } } } } }'],
    ['SiteInspection.application', 'query($APP: ID!) { stationApplication(id: $APP) { inspections(first: 100) { edges { node { application { id FIELDS } } } } } }'],
  ].flatMap(([way, query]) => [
    { subject: 'StationApplication before PUBLICIZED', way, query: query.replace('FIELDS', 'proposedName').replace(/\$APP/g, '$unpublished').replace(/\$name/g, '$unpublishedName'), marker: M.unpublished },
    { subject: 'StationApplication.conclusion', way, query: query.replace('FIELDS', 'conclusion').replace(/\$APP/g, '$approved'), marker: M.conclusion },
  ]),
  ...[
    ['Station.statusHistory', 'query($name: String!) { stations(filter: { nameContains: $name }, first: 5) { edges { node { statusHistory(first: 100) { edges { node { changedBy } } } } } } }'],
  ].map(([way, query]) => ({ subject: 'StationStatusChange.changedBy', way, query, marker: M.changedBy })),
  // A proposal is an edge (the engagement) of these lists.
  ...[
    ['Station.talents', 'query($name: String!) { stations(filter: { nameContains: $name }, first: 5) { edges { node { talents(first: 100) { totalCount edges { node { name } } } } } } }'],
    ['OffshoreBase.talents', 'query($base: ID!) { offshoreBase(id: $base) { talents(last: 20) { edges { node { name } } } } }'],
    ['Talent.stations', 'query($proposedTalent: ID!) { talent(id: $proposedTalent) { name stations(first: 10) { edges { node { id name } } } } }'],
    ['Talent.offshoreBases', 'query($proposedTalent: ID!) { talent(id: $proposedTalent) { name offshoreBases(first: 10) { edges { node { id name } } } } }'],
  ].map(([way, query]) => ({ subject: 'Engagement while PROPOSED', way, query, marker: way.startsWith('Talent.') ? (way === 'Talent.stations' ? () => ids.station : () => ids.base) : M.proposed })),
  ...[
    ['StationApplication.reviews', 'query($approved: ID!) { stationApplication(id: $approved) { reviews(first: 100) { edges { node { opinion } } } } }'],
    ['Expert.reviews', '{ experts(first: 100) { edges { node { reviews(first: 100) { edges { node { opinion } } } } } } }'],
  ].map(([way, query]) => ({ subject: 'ApplicationReview', way, query, marker: M.opinion })),
  { subject: 'SiteInspection', way: 'StationApplication.inspections', query: 'query($approved: ID!) { stationApplication(id: $approved) { inspections(first: 100) { edges { node { findings } } } } }', marker: M.findings },
  ...[
    ['ApplicationReview.expert', 'query($approved: ID!) { stationApplication(id: $approved) { reviews(first: 100) { edges { node { expert { id } } } } } }'],
    ['Query.experts', '{ experts(first: 100) { edges { node { id } } } }'],
    // Assigned to review the application: left out of the suggestions, and listed as excluded.
    ['ExcludedReviewer.expert', 'query($approved: ID!) { suggestReviewers(applicationId: $approved, first: 5) { excluded { expert { id } } } }'],
  ].map(([way, query]) => ({ subject: 'Expert', way, query, marker: () => ids.expert })),
  // An expert of the approved application's research field, free of ties with its unit.
  { subject: 'Expert', way: 'Query.suggestReviewers', query: 'query($approved: ID!) { suggestReviewers(applicationId: $approved, first: 100) { edges { node { id } } } }', marker: () => ids.suggestedExpert },
  // The accounts linked to an expert: the demo reviewer's.
  { subject: 'Expert', way: 'User.expert', query: '{ users(first: 100) { edges { node { expert { id } } } } }', marker: () => ids.reviewerExpert },
  { subject: 'User', way: 'Query.users', query: '{ users(first: 100) { edges { node { email } } } }', marker: 'reviewer@demo.haizhi' },
  { subject: 'ApiKey', way: 'Query.apiKeys', query: '{ apiKeys(first: 100) { edges { node { name } } } }', marker: M.apiKey },
  { subject: 'AuditEvent', way: 'Query.auditEvents', query: '{ auditEvents(first: 5) { edges { node { id } } } }', marker: () => ids.auditEvent },
];

/** Paths that only ever lead to the caller's own record, checked by a test of their own below. */
const OWN_ONLY: Record<string, string> = { 'Expert through Viewer.expert': "the caller's own expert record" };

let app: TestApp;
let schema: GraphQLSchema;
const tokens: Record<string, string | undefined> = {};
const variables: Record<string, unknown> = {};

beforeAll(async () => {
  app = await startTestApp('authorization_paths', { limits: RELATION_SWEEP_LIMITS });
  schema = await buildAppSchema({ directResolvers: true });
  for (const role of ['staff', 'reviewer', 'manager', 'partner'] as const) tokens[role] = await app.tokenFor(role);
  tokens.anonymous = undefined;
  const staff = { token: tokens.staff };
  const scope = await demoScope(app);
  const sql = (text: string, params: unknown[] = []) => app.dataSource.query(text, params);
  const one = async (text: string, params: unknown[] = []) => Number((await sql(text, params))[0].id);

  // Another unit's station, created by an approved (public) application; and one with no application.
  const [station] = await sql("SELECT s.id, s.name_zh AS name, a.id AS application FROM station s JOIN station_application a ON a.station_id = s.id WHERE a.status = 'APPROVED' AND s.host_unit_id <> ? ORDER BY s.id LIMIT 1", [scope.hostUnitId]);
  const stationId = Number(station.id);
  variables.name = station.name;
  ids.station = variables.station = toGlobalId('Station', stationId);
  // Every seeded station came from an application, and a station has one at most: another of
  // that unit's stations gives its link up to the application still in progress planted below.
  const [bare] = await sql('SELECT s.id, s.name_zh AS name FROM station s WHERE s.host_unit_id <> ? AND s.id <> ? ORDER BY s.id LIMIT 1', [scope.hostUnitId, stationId]);
  await sql('UPDATE station_application SET station_id = NULL WHERE station_id = ?', [Number(bare.id)]);
  variables.unpublishedName = bare.name;
  const [reviewerExpert] = await sql("SELECT expert_id AS id FROM account WHERE email = 'reviewer@demo.haizhi'");
  ids.reviewerExpert = toGlobalId('Expert', Number(reviewerExpert.id));
  ids.base = variables.base = toGlobalId('OffshoreBase', scope.offshoreBaseId);
  const fieldId = await one('SELECT MIN(id) AS id FROM research_field');
  variables.field = toGlobalId('ResearchField', fieldId);
  const [organization] = await sql('SELECT kind FROM organization WHERE id = ?', [scope.otherOrganizationId]);
  // An organisation's global id names its kind's type (RESEARCH_INSTITUTE: ResearchInstitute).
  const typeName = String(organization.kind).toLowerCase().replace(/(^|_)(\w)/g, (_all, _sep, letter: string) => letter.toUpperCase());
  variables.organization = toGlobalId(typeName, scope.otherOrganizationId);
  variables.unit = toGlobalId('HostUnit', scope.otherHostUnitId);

  // A talent with contact details, reachable every way a talent is: engaged at another unit's
  // station and at a base, in a research field, affiliated, an activity's participant, an
  // ambassador, a project's lead, an approved application's proposed head.
  const talent = dataOf(await app.query('mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { input: { name: 'Path Probe', country: 'GB', degree: 'DOCTORATE', email: M.email, phone: M.phone, affiliationId: variables.organization, researchFieldIds: [variables.field] } }, staff)).createTalent.talent.id;
  variables.talent = talent;
  const talentId = Number((await sql('SELECT MAX(id) AS id FROM talent'))[0].id);
  const engage = 'mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { engagement { id } } }';
  variables.engagement = dataOf(await app.query(engage, { input: { talentId: talent, stationId: variables.station, role: 'RESEARCHER', startedOn: '2026-01-01' } }, staff)).createEngagement.engagement.id;
  dataOf(await app.query(engage, { input: { talentId: talent, offshoreBaseId: variables.base, role: 'RESEARCHER', startedOn: '2026-01-01' } }, staff));
  const activityId = await one('SELECT MIN(id) AS id FROM activity');
  variables.activity = toGlobalId('Activity', activityId);
  await app.dataSource.getRepository(ActivityParticipant).insert({ activityId, talentId, stationId: null, organizationId: null, role: ParticipantRole.PARTICIPANT });
  await app.dataSource.getRepository(AmbassadorAppointment).insert({ talentId, batch: 9, appointedOn: '2026-01-01', termEndsOn: null, region: null });
  const projectId = await one('SELECT MIN(id) AS id FROM project');
  variables.project = toGlobalId('Project', projectId);
  await sql('UPDATE project SET talent_id = ? WHERE id = ?', [talentId, projectId]);

  // Another unit's approved (public) application, assigned to another expert: its conclusion,
  // review, reviewer and inspection; and another unit's application still under review.
  const otherExpert = await one('SELECT MIN(id) AS id FROM expert WHERE id <> ?', [scope.expertId]);
  ids.expert = toGlobalId('Expert', otherExpert);
  const approvedId = Number(station.application);
  variables.approved = toGlobalId('StationApplication', approvedId);
  await sql('UPDATE station_application SET conclusion = ?, proposed_head_talent_id = ? WHERE id = ?', [M.conclusion, talentId, approvedId]);
  await sql('DELETE FROM application_review WHERE application_id = ?', [approvedId]);
  await app.dataSource.getRepository(ApplicationReview).insert({ applicationId: approvedId, expertId: otherExpert, score: 80, recommendation: ReviewRecommendation.APPROVE, opinion: M.opinion, reviewedOn: '2025-05-01' });
  await app.dataSource.getRepository(SiteInspection).insert({ applicationId: approvedId, inspectedOn: '2025-06-01', inspectors: 'probe', findings: M.findings, passed: true });
  const [fieldOfApproved] = await sql('SELECT MIN(research_field_id) AS id FROM application_research_field WHERE application_id = ?', [approvedId]);
  if (fieldOfApproved?.id === null || fieldOfApproved?.id === undefined) await app.dataSource.getRepository(ApplicationResearchField).insert({ applicationId: approvedId, researchFieldId: fieldId });
  const suggestedExpert = await one(
    `SELECT MIN(x.id) AS id FROM expert x JOIN application_research_field f ON f.research_field_id = x.research_field_id
      WHERE f.application_id = ? AND x.host_unit_id IS NULL AND x.talent_id IS NULL AND NOT EXISTS (SELECT 1 FROM application_review r WHERE r.application_id = ? AND r.expert_id = x.id)`,
    [approvedId, approvedId],
  );
  ids.suggestedExpert = toGlobalId('Expert', suggestedExpert);
  const district = await one('SELECT MIN(id) AS id FROM district');
  const unpublished = await app.dataSource.getRepository(StationApplication).insert({ hostUnitId: scope.otherHostUnitId, stationId: Number(bare.id), districtId: district, proposedName: M.unpublished, roundYear: 2026, status: ApplicationStatus.INSPECTED, submittedOn: '2026-03-01', decidedOn: null, conclusion: null, serviceAreaM2: 150, dedicatedStaff: 2 });
  const unpublishedId = Number(unpublished.identifiers[0].id);
  variables.unpublished = toGlobalId('StationApplication', unpublishedId);
  await app.dataSource.getRepository(ApplicationReview).insert({ applicationId: unpublishedId, expertId: otherExpert, score: 70, recommendation: ReviewRecommendation.APPROVE, opinion: 'Sound.', reviewedOn: '2026-05-01' });
  await app.dataSource.getRepository(SiteInspection).insert({ applicationId: unpublishedId, inspectedOn: '2026-06-01', inspectors: 'probe', findings: 'As described.', passed: true });

  await app.dataSource.getRepository(StationStatusChange).insert({ stationId, fromStatus: StationStatus.ACTIVE, toStatus: StationStatus.ACTIVE, changedOn: '2026-04-01', reason: 'path probe', changedBy: M.changedBy });

  // A talent whose only engagements are proposals, at the other unit's station and at the base.
  const proposed = dataOf(await app.query('mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { input: { name: M.proposed, country: 'GB', degree: 'MASTER' } }, staff)).createTalent.talent.id;
  variables.proposedTalent = proposed;
  const proposedId = Number((await sql('SELECT MAX(id) AS id FROM talent'))[0].id);
  for (const [at, offshoreBaseId] of [[stationId, null], [null, scope.offshoreBaseId]]) {
    await app.dataSource.getRepository(Engagement).insert({ talentId: proposedId, stationId: at, offshoreBaseId, role: EngagementRole.RESEARCHER, startedOn: '2026-01-01', endedOn: null, status: EngagementStatus.PROPOSED });
  }

  dataOf(await app.query(`mutation { createApiKey(input: { name: "${M.apiKey}", role: STAFF }) { apiKey { id } } }`, undefined, staff));
  ids.auditEvent = toGlobalId('AuditEvent', await one('SELECT MAX(id) AS id FROM audit_event'));
});
afterAll(async () => {
  await app?.stop();
});

/** The variables a query declares, from the planted ones. */
function variablesOf(query: string): Record<string, unknown> {
  const names = [...query.matchAll(/\$(\w+):/g)].map((match) => match[1]);
  return Object.fromEntries(names.map((name) => [name, variables[name]]));
}

async function reads(probe: PathProbe, role: string): Promise<{ shows: boolean; refused?: string }> {
  const response: GraphQLResponse = await app.query(probe.query, variablesOf(probe.query), tokens[role] ? { token: tokens[role] } : { anonymous: true });
  const marker = typeof probe.marker === 'function' ? probe.marker() : probe.marker;
  const codes = (response.errors ?? []).map((error) => error.extensions?.code);
  // A refused root (STAFF-only lists) is absence too; any other error fails the probe.
  for (const code of codes) if (code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED') throw new Error(`${probe.way} as ${role}: ${JSON.stringify(response.errors)}`);
  return { shows: JSON.stringify(response.data ?? null).includes(marker), ...(codes.length ? { refused: String(codes[0]) } : {}) };
}

describe.each(PROBES.map((probe) => [`${probe.subject} through ${probe.way}`, probe] as const))('%s', (_name, probe) => {
  test('STAFF read it; every other caller outside its scope does not', async () => {
    expect(await reads(probe, 'staff')).toEqual({ shows: true });
    for (const role of ['anonymous', 'reviewer', 'manager', 'partner']) expect({ role, ...(await reads(probe, role)) }).toMatchObject({ role, shows: false });
  });
});

test("Viewer.expert is the caller's own expert record, and its reviews only the caller's own", async () => {
  const query = '{ viewer { expert { id reviews(first: 100) { edges { node { opinion } } } } } }';
  const seen: Record<string, unknown> = {};
  for (const role of ['staff', 'reviewer', 'manager', 'partner']) seen[role] = dataOf(await app.query(query, undefined, { token: tokens[role] })).viewer.expert?.id ?? null;
  expect(seen).toEqual({ staff: null, reviewer: ids.reviewerExpert, manager: null, partner: null });
  const reviews = dataOf(await app.query(query, undefined, { token: tokens.reviewer })).viewer.expert.reviews.edges;
  const [{ n }] = await app.dataSource.query('SELECT COUNT(*) AS n FROM application_review WHERE expert_id = ?', [fromGlobalId(ids.reviewerExpert).id]);
  expect(reviews).toHaveLength(Number(n));
  expect(JSON.stringify(reviews)).not.toContain(M.opinion);
});

test("a talent filter matches no proposal, for anyone: the filter counts confirmed engagements only, STAFF's reading included", async () => {
  const query = 'query($station: ID!) { talents(filter: { stationIds: [$station] }, first: 100, orderBy: { field: ID, direction: DESC }) { totalCount edges { node { name } } } }';
  for (const role of ['staff', 'anonymous', 'reviewer', 'manager', 'partner']) {
    const talents = dataOf(await app.query(query, { station: variables.station }, tokens[role] ? { token: tokens[role] } : { anonymous: true })).talents;
    expect(talents.totalCount).toBeGreaterThan(0);
    expect({ role, found: JSON.stringify(talents).includes(M.proposed) }).toEqual({ role, found: false });
  }
});

/** The type a field leads to: a connection's node type, or its own named type. */
function leadsTo(type: GraphQLNamedType): string {
  if (!isObjectType(type) || !type.getFields().edges) return type.name;
  const edge = getNamedType(type.getFields().edges.type);
  return isObjectType(edge) ? getNamedType(edge.getFields().node.type).name : type.name;
}

test('every field of the schema that leads to a protected type has its probes here', () => {
  const rows = matrixTable(AUTHORIZATION_DOC, 'Protected data').map((row) => row.subject);
  const typeOf = (subject: string) => subject.split(/[. ]/)[0];
  const organization = schema.getType('Organization');
  const ways: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    // Mutation payloads answer the writer; subscription events are checked in realtime tests and
    // test/authorization-shared-subscription.test.ts; connections and edges are part of their list.
    if (!isObjectType(type) || type.name.startsWith('__') || /(Payload|Event|Connection|Edge)$/.test(type.name)) continue;
    if (type === schema.getMutationType() || type === schema.getSubscriptionType()) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      if (type === schema.getQueryType() && (name === 'node' || name === 'nodes')) continue; // node(id): the matrix test
      const target = leadsTo(getNamedType(field.type));
      const parent = isInterfaceType(organization) && type.getInterfaces().includes(organization) && organization.getFields()[name] ? 'Organization' : type.name;
      for (const subject of rows.filter((row) => typeOf(row) === target)) ways.push(`${subject} through ${parent}.${name}`);
    }
  }
  // The walk finds the paths this file was written for (so an empty walk cannot pass).
  expect(ways).toEqual(expect.arrayContaining(['Talent.email through Station.talents', 'Talent.phone through StationApplication.proposedHead', 'ApplicationReview through Expert.reviews', 'StationApplication.conclusion through HostUnit.applications']));
  const probed = new Set([...PROBES.map((probe) => `${probe.subject} through ${probe.way}`), ...Object.keys(OWN_ONLY)]);
  expect([...new Set(ways)].filter((way) => !probed.has(way)).sort()).toEqual([]);
});
