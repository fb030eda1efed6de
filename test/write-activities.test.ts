/**
 * Activities over HTTP, as the demo accounts: a manager writes the activities a station of their
 * unit organises (naming any station, talent or organisation as a participant, all public records,
 * and only a grant awarded to their unit), STAFF any (bases' and the operator's too); participants
 * come with the activity or one at a time, each once.
 */
import { toGlobalId } from '../src/graphql/global-id';
import { FundingGrant, GrantKind } from '../src/modules/funding/funding-grant.entity';
import { dataOf, startTestApp, TestApp } from './support/app';
import { organizationGid, rowId } from './support/content';
import { codeOf, counts, demoScope, failingAt } from './support/writes';

let app: TestApp;
let staff: string;
let reviewer: string;
let manager: string;
let partner: string;
let ownStation: string;
let otherStation: string;
let base: string;
let organization: string;
let talent: string;
let otherTalent: string;
/** Academic-exchange grants awarded to the manager's station and to another unit's; an establishment grant. */
let ownGrant: string;
let otherGrant: string;
let establishmentGrant: string;

const FIELDS = `id version kind title startsOn endsOn station { id } offshoreBase { id } fundingGrant { id }
  participants(first: 50) { totalCount edges { node { id role station { id } talent { id } organization { id } } } }`;
const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { activity { ${FIELDS} } } }`;
const ADD = `mutation($input: AddActivityParticipantInput!) { addActivityParticipant(input: $input) { activity { ${FIELDS} } } }`;
const REMOVE = `mutation($input: RemoveActivityParticipantInput!) { removeActivityParticipant(input: $input) { activity { ${FIELDS} } } }`;
const TABLES = ['activity', 'activity_participant', 'audit_event', 'idempotency_key'];

const draft = (extra: Record<string, unknown> = {}) => ({ kind: 'HEAD_SALON', title: '站长沙龙', startsOn: '2026-05-10', endsOn: '2026-05-11', ...extra });

type Participants = { participants: { totalCount: number; edges: { node: { id: string; role: string; station: { id: string } | null; talent: { id: string } | null; organization: { id: string } | null } }[] } };
const who = (activity: Participants) =>
  activity.participants.edges.map(({ node }) => `${node.role}:${node.station?.id ?? node.talent?.id ?? node.organization?.id}`).sort();

async function create(token: string, extra: Record<string, unknown> = {}) {
  return dataOf(await app.query(CREATE, { input: draft(extra) }, { token })).createActivity.activity;
}

beforeAll(async () => {
  app = await startTestApp('write_activities');
  [staff, reviewer, manager, partner] = await Promise.all([app.tokenFor('staff'), app.tokenFor('reviewer'), app.tokenFor('manager'), app.tokenFor('partner')]);
  const scope = await demoScope(app);
  const [own, other] = [scope.ownStationId, scope.otherStationId];
  [ownStation, otherStation] = [toGlobalId('Station', own), toGlobalId('Station', other)];
  base = toGlobalId('OffshoreBase', scope.offshoreBaseId);
  organization = await organizationGid(app, scope.otherOrganizationId);
  const talents = await app.dataSource.query('SELECT id FROM talent ORDER BY id LIMIT 2');
  [talent, otherTalent] = talents.map((row: { id: number }) => toGlobalId('Talent', Number(row.id)));
  // Grants are written by another module; the rows here are what its mutations would leave.
  const grants = app.dataSource.getRepository(FundingGrant);
  const grant = async (stationId: number, kind: GrantKind) =>
    toGlobalId('FundingGrant', (await grants.insert({ kind, title: `test grant ${stationId} ${kind}`, stationId, year: 2026, amountCny: 80_000, awardedOn: '2026-01-15', disbursedCny: 0 })).identifiers[0].id);
  ownGrant = await grant(own, GrantKind.ACADEMIC_EXCHANGE);
  otherGrant = await grant(other, GrantKind.ACADEMIC_EXCHANGE);
  establishmentGrant = await grant(own, GrantKind.ESTABLISHMENT);
});
afterAll(async () => {
  await app?.stop();
});

test('anonymous callers must sign in; reviewers and partners may not write activities', async () => {
  const before = await counts(app, TABLES);
  expect(codeOf(await app.query(CREATE, { input: draft({ stationId: ownStation }) }))).toBe('UNAUTHENTICATED');
  for (const token of [reviewer, partner]) expect(codeOf(await app.query(CREATE, { input: draft({ stationId: ownStation }) }, { token }))).toBe('FORBIDDEN');
  expect(await counts(app, TABLES)).toEqual(before);
});

test("a manager creates activities organised by their unit's station, with any station, talent and organisation taking part", async () => {
  const before = await counts(app, TABLES);
  for (const organiser of [{ stationId: otherStation }, { offshoreBaseId: base }, {}]) {
    expect({ organiser, code: codeOf(await app.query(CREATE, { input: draft(organiser) }, { token: manager })) }).toEqual({ organiser, code: 'FORBIDDEN' });
  }
  expect(await counts(app, TABLES)).toEqual(before);
  const participants = [
    { stationId: ownStation, role: 'HOST' },
    { stationId: otherStation, role: 'PARTICIPANT' },
    { talentId: talent, role: 'SPEAKER' },
    { organizationId: organization, role: 'PARTICIPANT' },
  ];
  const activity = await create(manager, { stationId: ownStation, participants, fundingGrantId: ownGrant });
  expect(activity).toMatchObject({ version: 1, station: { id: ownStation }, fundingGrant: { id: ownGrant }, participants: { totalCount: 4 } });
  expect(who(activity)).toEqual([`HOST:${ownStation}`, `PARTICIPANT:${organization}`, `PARTICIPANT:${otherStation}`, `SPEAKER:${talent}`].sort());
  // The activity and its four participants, each audited.
  expect(await counts(app, TABLES)).toEqual([before[0] + 1, before[1] + 4, before[2] + 5, before[3]]);
  // The other station now lists the activity among those it took part in.
  const listed = dataOf(await app.query('query($id: ID!) { station(id: $id) { activities(first: 100) { edges { node { id } } } } }', { id: otherStation })).station.activities.edges;
  expect(listed.map((edge: { node: { id: string } }) => edge.node.id)).toContain(activity.id);
});

test('grants: an academic-exchange grant only; a manager names only a grant awarded to their unit', async () => {
  const before = await counts(app, TABLES);
  const establishment = await app.query(CREATE, { input: draft({ stationId: ownStation, fundingGrantId: establishmentGrant }) }, { token: manager });
  expect(codeOf(establishment)).toBe('BAD_USER_INPUT');
  expect(establishment.errors?.[0].extensions?.argument).toBe('input.fundingGrantId');
  const theirs = await app.query(CREATE, { input: draft({ stationId: ownStation, fundingGrantId: otherGrant }) }, { token: manager });
  expect(codeOf(theirs)).toBe('FORBIDDEN');
  expect(theirs.errors?.[0].message).toMatch(/a UNIT_MANAGER may name only a grant awarded to a station of their unit/);
  expect(await counts(app, TABLES)).toEqual(before);
  // STAFF may pay an operator's activity from any academic-exchange grant.
  expect(await create(staff, { fundingGrantId: otherGrant })).toMatchObject({ station: null, offshoreBase: null, fundingGrant: { id: otherGrant } });
});

test('participants in the input: exactly one id each, each once, each existing; the path names the entry', async () => {
  const before = await counts(app, TABLES);
  const send = (participants: unknown[]) => app.query(CREATE, { input: draft({ stationId: ownStation, participants }) }, { token: manager });
  const two = await send([{ talentId: talent, role: 'SPEAKER' }, { talentId: otherTalent, stationId: ownStation, role: 'HOST' }]);
  expect([codeOf(two), two.errors?.[0].extensions?.argument]).toEqual(['BAD_USER_INPUT', 'input.participants[1]']);
  const none = await send([{ role: 'HOST' }]);
  expect([codeOf(none), none.errors?.[0].extensions?.argument]).toEqual(['BAD_USER_INPUT', 'input.participants[0]']);
  const twice = await send([{ talentId: talent, role: 'SPEAKER' }, { stationId: ownStation, role: 'HOST' }, { talentId: talent, role: 'PARTICIPANT' }]);
  expect([codeOf(twice), twice.errors?.[0].extensions?.argument]).toEqual(['BAD_USER_INPUT', 'input.participants[2].talentId']);
  expect(twice.errors?.[0].message).toMatch(/names the same talent as input.participants\[0\].talentId/);
  const missing = await send([{ stationId: ownStation, role: 'HOST' }, { talentId: toGlobalId('Talent', 999_999), role: 'SPEAKER' }]);
  expect([codeOf(missing), missing.errors?.[0].extensions?.argument]).toEqual(['NOT_FOUND', 'input.participants[1].talentId']);
  const dates = await app.query(CREATE, { input: draft({ stationId: ownStation, startsOn: '2026-05-10', endsOn: '2026-05-09' }) }, { token: manager });
  expect([codeOf(dates), dates.errors?.[0].extensions?.argument]).toEqual(['BAD_USER_INPUT', 'input.endsOn']);
  const organisers = await app.query(CREATE, { input: draft({ stationId: ownStation, offshoreBaseId: base }) }, { token: staff });
  expect([codeOf(organisers), organisers.errors?.[0].extensions?.argument]).toEqual(['BAD_USER_INPUT', 'input.stationId']);
  expect(await counts(app, TABLES)).toEqual(before);
});

test("adding and removing participants: the organising unit's manager, each participant once", async () => {
  const mine = await create(manager, { stationId: ownStation });
  const theirs = await create(staff, { stationId: otherStation });
  const before = await counts(app, TABLES);
  expect(codeOf(await app.query(ADD, { input: { activityId: theirs.id, talentId: talent, role: 'SPEAKER' } }, { token: manager }))).toBe('FORBIDDEN');
  expect(await counts(app, TABLES)).toEqual(before);

  const added = dataOf(await app.query(ADD, { input: { activityId: mine.id, talentId: talent, role: 'SPEAKER' } }, { token: manager })).addActivityParticipant.activity;
  expect(who(added)).toEqual([`SPEAKER:${talent}`]);
  const again = await app.query(ADD, { input: { activityId: mine.id, talentId: talent, role: 'PARTICIPANT' } }, { token: manager });
  expect(codeOf(again)).toBe('CONFLICT');
  expect(again.errors?.[0].extensions).toMatchObject({ currentState: 'PARTICIPANT', currentRole: 'SPEAKER' });
  const bad = await app.query(ADD, { input: { activityId: mine.id, talentId: talent, organizationId: organization, role: 'PARTICIPANT' } }, { token: manager });
  expect([codeOf(bad), bad.errors?.[0].extensions?.argument]).toEqual(['BAD_USER_INPUT', 'input']);

  const theirParticipant = dataOf(await app.query(ADD, { input: { activityId: theirs.id, organizationId: organization, role: 'PARTICIPANT' } }, { token: staff })).addActivityParticipant.activity
    .participants.edges[0].node.id;
  expect(codeOf(await app.query(REMOVE, { input: { participantId: theirParticipant } }, { token: manager }))).toBe('FORBIDDEN');

  const participantId = added.participants.edges[0].node.id;
  const removed = dataOf(await app.query(REMOVE, { input: { participantId } }, { token: manager })).removeActivityParticipant.activity;
  expect(removed.participants.totalCount).toBe(0);
  const [audit] = await app.dataSource.query("SELECT action, changes FROM audit_event WHERE target_type = 'ActivityParticipant' AND target_id = ? ORDER BY id DESC LIMIT 1", [participantId]);
  expect(audit.action).toBe('removeActivityParticipant');
  expect(JSON.parse(audit.changes)).toMatchObject({ after: null, before: { role: 'SPEAKER' } });
  const gone = await app.query(REMOVE, { input: { participantId } }, { token: manager });
  expect([codeOf(gone), gone.errors?.[0].extensions?.argument]).toEqual(['NOT_FOUND', 'input.participantId']);
});

test("update: stale versions are CONFLICT; a manager may not move an activity to another unit's station nor hand it to the operator", async () => {
  const activity = await create(manager, { stationId: ownStation });
  const updated = dataOf(await app.query(UPDATE, { input: { id: activity.id, expectedVersion: 1, title: '第二届站长沙龙', endsOn: '2026-05-12' } }, { token: manager })).updateActivity.activity;
  expect(updated).toMatchObject({ version: 2, title: '第二届站长沙龙', endsOn: '2026-05-12', startsOn: '2026-05-10' });
  const stale = await app.query(UPDATE, { input: { id: activity.id, expectedVersion: 1, title: 'x' } }, { token: manager });
  expect([codeOf(stale), stale.errors?.[0].extensions?.currentVersion]).toEqual(['CONFLICT', 2]);
  for (const organiser of [{ stationId: otherStation }, { stationId: null }]) {
    expect({ organiser, code: codeOf(await app.query(UPDATE, { input: { id: activity.id, ...organiser } }, { token: manager })) }).toEqual({ organiser, code: 'FORBIDDEN' });
  }
  // The dates are checked as they will be: an end before the start already stored is refused.
  const early = await app.query(UPDATE, { input: { id: activity.id, endsOn: '2026-05-01' } }, { token: manager });
  expect([codeOf(early), early.errors?.[0].extensions?.argument]).toEqual(['BAD_USER_INPUT', 'input.endsOn']);
  expect(codeOf(await app.query(UPDATE, { input: { id: activity.id, title: null } }, { token: manager }))).toBe('BAD_USER_INPUT');
  const [row] = await app.dataSource.query('SELECT station_id, ends_on, version FROM activity WHERE id = ?', [rowId(activity.id)]);
  expect({ station: Number(row.station_id), endsOn: row.ends_on, version: Number(row.version) }).toEqual({ station: rowId(ownStation), endsOn: '2026-05-12', version: 2 });
  // STAFF may make it the operator's.
  expect(dataOf(await app.query(UPDATE, { input: { id: activity.id, stationId: null } }, { token: staff })).updateActivity.activity.station).toBeNull();
  expect(codeOf(await app.query(UPDATE, { input: { id: activity.id, title: 'y' } }, { token: manager }))).toBe('FORBIDDEN');
});

test('an idempotency key replays the first activity; a failure after the insert leaves every table as it was', async () => {
  const input = draft({ stationId: ownStation, participants: [{ talentId: talent, role: 'SPEAKER' }], idempotencyKey: 'salon-1' });
  const before = await counts(app, TABLES);
  expect(codeOf(await failingAt(app, 'createActivity:inserted', () => app.query(CREATE, { input }, { token: manager })))).toBe('INTERNAL_SERVER_ERROR');
  expect(await counts(app, TABLES)).toEqual(before);
  const first = dataOf(await app.query(CREATE, { input }, { token: manager })).createActivity.activity;
  const afterFirst = await counts(app, TABLES);
  expect(afterFirst).toEqual([before[0] + 1, before[1] + 1, before[2] + 2, before[3] + 1]);
  const again = dataOf(await app.query(CREATE, { input }, { token: manager })).createActivity.activity;
  expect(again.id).toBe(first.id);
  expect(await counts(app, TABLES)).toEqual(afterFirst);
});
