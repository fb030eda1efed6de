/**
 * The workflow subscriptions over real WebSockets: applicationStatusChanged reaches STAFF and the
 * applicant unit's managers only (a manager never hears of another unit's applications, not even
 * once they are public), stationStatusChanged guards the history entry's fields as queries do, and
 * networkStatsChanged sends the figures at most once a second, and only when they changed.
 */
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';
import { demoScope } from './support/writes';
import { Subscriber, subscribed, subscribeWs } from './support/realtime';
import { Workflow, workflowFor } from './support/workflow';

let app: TestApp;
let flow: Workflow;
let otherManager: string;
let otherUnit: string;

const APPLICATIONS = `subscription($id: ID) { applicationStatusChanged(applicationId: $id) { from to committedAt application { id status hostUnit { id } } } }`;
const STATIONS = `subscription($ids: [ID!]) { stationStatusChanged(stationIds: $ids) { station { id status } change { fromStatus toStatus reason changedBy } } }`;
const STATS = `subscription { networkStatsChanged { partnerOrganizations stations byCountry { key count } } }`;

/** Lets events on their way arrive: one more status change, seen by a STAFF subscriber of its own. */
async function settle(): Promise<void> {
  const marker = await subscribed(app, APPLICATIONS, {}, { token: flow.staff });
  await flow.application('SUBMITTED');
  await marker.waitFor(1);
  await marker.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

const changes = (subscriber: Subscriber) =>
  subscriber.received.map((result) => {
    const event = dataOf(result).applicationStatusChanged;
    return [event.application.id, event.from, event.to];
  });

function errorOf(subscriber: Subscriber) {
  return subscriber.waitFor(1).then(([result]) => result.errors?.[0]);
}

beforeAll(async () => {
  app = await startTestApp('realtime_workflow', { programme: { approvalSkipNoticeWait: true } });
  flow = await workflowFor(app);
  const scope = await demoScope(app);
  otherUnit = toGlobalId('HostUnit', scope.otherHostUnitId);
  const email = `other-manager-${Date.now()}@example.org`;
  dataOf(
    await app.query('mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }', {
      input: { email, displayName: 'Other unit manager', role: 'UNIT_MANAGER', password: 'other-manager-password', hostUnitId: otherUnit },
    }, { token: flow.staff }),
  );
  otherManager = dataOf(await app.query('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email, password: 'other-manager-password' } }, { anonymous: true })).login.token;
});
afterAll(async () => {
  await app?.stop();
});

describe('applicationStatusChanged', () => {
  test("STAFF hears of every application, a unit's managers of their unit's only, even once another unit's is public", async () => {
    const staff = await subscribed(app, APPLICATIONS, {}, { token: flow.staff });
    const manager = await subscribed(app, APPLICATIONS, {}, { token: flow.manager });
    const other = await subscribed(app, APPLICATIONS, {}, { token: otherManager });

    const theirs = await flow.application('SUBMITTED', { extra: { hostUnitId: otherUnit }, token: otherManager });
    const mine = await flow.application('QUALIFIED');
    // Publicized, theirs is public: anyone may read it, but it is still not the demo manager's to follow.
    await flow.advance(theirs, 'SUBMITTED', 'PUBLICIZED');
    expect(dataOf(await app.query('query($id: ID!) { node(id: $id) { id } }', { id: theirs }, { token: flow.manager })).node).toEqual({ id: theirs });
    await settle();

    const theirSteps = [
      [theirs, null, 'SUBMITTED'],
      [theirs, 'SUBMITTED', 'QUALIFIED'],
      [theirs, 'QUALIFIED', 'UNDER_REVIEW'],
      [theirs, 'UNDER_REVIEW', 'INSPECTED'],
      [theirs, 'INSPECTED', 'PUBLICIZED'],
    ];
    const mySteps = [
      [mine, null, 'SUBMITTED'],
      [mine, 'SUBMITTED', 'QUALIFIED'],
    ];
    expect(changes(other)).toEqual(theirSteps);
    expect(changes(manager).filter(([id]) => id === theirs)).toEqual([]);
    expect(changes(manager).slice(0, 2)).toEqual(mySteps);
    expect(changes(staff).filter(([id]) => id === theirs || id === mine)).toEqual([...theirSteps.slice(0, 1), ...mySteps, ...theirSteps.slice(1)]);
    expect(dataOf(other.received[0]).applicationStatusChanged.application).toEqual({ id: theirs, status: 'SUBMITTED', hostUnit: { id: otherUnit } });
    expect(dataOf(other.received[4]).applicationStatusChanged.application).toEqual({ id: theirs, status: 'PUBLICIZED', hostUnit: { id: otherUnit } });
    for (const subscriber of [staff, manager, other]) await subscriber.close();
  });

  test('with an id: that application only; another unit\'s is FORBIDDEN once public and NOT_FOUND before', async () => {
    const mine = await flow.application('SUBMITTED');
    const another = await flow.application('SUBMITTED');
    const one = await subscribed(app, APPLICATIONS, { id: mine }, { token: flow.manager });
    await flow.advance(another, 'SUBMITTED', 'QUALIFIED');
    await flow.advance(mine, 'SUBMITTED', 'QUALIFIED');
    await one.waitFor(1);
    await settle();
    expect(changes(one)).toEqual([[mine, 'SUBMITTED', 'QUALIFIED']]);
    await one.close();

    const hidden = await flow.application('SUBMITTED', { extra: { hostUnitId: otherUnit }, token: otherManager });
    const notFound = subscribeWs(app.url, APPLICATIONS, { id: hidden }, { token: flow.manager });
    expect(await errorOf(notFound)).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await notFound.close();
    await flow.advance(hidden, 'SUBMITTED', 'PUBLICIZED');
    const forbidden = subscribeWs(app.url, APPLICATIONS, { id: hidden }, { token: flow.manager });
    expect(await errorOf(forbidden)).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/your own unit's applications/) });
    await forbidden.close();
  });

  test('partners and reviewers are FORBIDDEN, anonymous subscribers UNAUTHENTICATED', async () => {
    const partner = subscribeWs(app.url, APPLICATIONS, {}, { token: await app.tokenFor('partner') });
    expect(await errorOf(partner)).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: 'applicationStatusChanged is for STAFF or UNIT_MANAGER; you are signed in as PARTNER' });
    const reviewer = subscribeWs(app.url, APPLICATIONS, {}, { token: flow.reviewer });
    expect(await errorOf(reviewer)).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const anonymous = subscribeWs(app.url, APPLICATIONS);
    expect(await errorOf(anonymous)).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    for (const subscriber of [partner, reviewer, anonymous]) await subscriber.close();
  });
});

test("stationStatusChanged: the stations asked for, with the history entry; who made the change only for STAFF", async () => {
  const [first, second] = (await app.dataSource.query("SELECT id FROM station WHERE status = 'ACTIVE' ORDER BY id LIMIT 2")).map((row: { id: number }) => toGlobalId('Station', Number(row.id)));
  const onlyFirst = await subscribed(app, STATIONS, { ids: [first] });
  const anonymous = await subscribed(app, STATIONS, {});
  const staff = await subscribed(app, STATIONS, {}, { token: flow.staff });
  const suspend = 'mutation($input: SuspendStationInput!) { suspendStation(input: $input) { station { id } } }';
  dataOf(await app.query(suspend, { input: { stationId: second, reason: '整改' } }, { token: flow.staff }));
  dataOf(await app.query(suspend, { input: { stationId: first, reason: '年度评价不合格' } }, { token: flow.staff }));
  await staff.waitFor(2);
  await anonymous.waitFor(2);
  const stationsOf = (subscriber: Subscriber) => subscriber.received.map((result) => dataOf(result).stationStatusChanged.station.id);
  expect(stationsOf(staff)).toEqual([second, first]);
  expect(stationsOf(anonymous)).toEqual([second, first]);
  await onlyFirst.waitFor(1);
  expect(stationsOf(onlyFirst)).toEqual([first]);
  expect(dataOf(onlyFirst.received[0]).stationStatusChanged).toEqual({
    station: { id: first, status: 'SUSPENDED' },
    change: { fromStatus: 'ACTIVE', toStatus: 'SUSPENDED', reason: '年度评价不合格', changedBy: null },
  });
  expect(dataOf(staff.received[1]).stationStatusChanged.change.changedBy).toBe('staff@demo.haizhi');
  for (const subscriber of [onlyFirst, anonymous, staff]) await subscriber.close();
});

describe('networkStatsChanged', () => {
  let organizations = 0;
  async function tie(): Promise<string> {
    const input = { kind: 'RESEARCH_INSTITUTE', name: `实时统计伙伴 ${++organizations}`, country: 'DE' };
    const organizationId = dataOf(await app.query('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }', { input }, { token: flow.staff })).createOrganization.organization.id;
    const partnership = { organizationId, stationId: toGlobalId('Station', (await demoScope(app)).ownStationId), kind: 'JOINT_RESEARCH', since: '2024-05-01' };
    return dataOf(await app.query('mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }', { input: partnership }, { token: flow.staff })).createPartnership.partnership.id;
  }
  const untie = async (partnershipId: string) =>
    dataOf(await app.query('mutation($input: EndPartnershipInput!) { endPartnership(input: $input) { partnership { id } } }', { input: { partnershipId } }, { token: flow.staff }));
  const current = async () => dataOf(await app.query('{ networkStats { partnerOrganizations stations byCountry { key count } } }')).networkStats;

  test('a burst of changes is one event a second at most, each with the figures as they stand', async () => {
    const subscriber = await subscribed(app, STATS);
    const before = (await current()).partnerOrganizations;
    const started = Date.now();
    for (let i = 0; i < 6; i += 1) await tie();
    await subscriber.waitFor(1, 3000);
    // The last of the burst may come in a second event; then nothing more.
    await new Promise((resolve) => setTimeout(resolve, 2200));
    const events = subscriber.received.map((result) => dataOf(result).networkStatsChanged);
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events.length).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 1000));
    // Six commits, but a second at least between two events (less a little for the clocks' grain).
    const gaps = subscriber.receivedAt.slice(1).map((at, i) => at - subscriber.receivedAt[i]);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(950);
    expect(events.at(-1)).toEqual(await current());
    expect(events.at(-1).partnerOrganizations).toBe(before + 6);
    await subscriber.close();
  });

  test('none when nothing changed: a change undone within the second sends nothing, and neither do writes that move no figure', async () => {
    const subscriber = await subscribed(app, STATS);
    // A first change, sent: the next send may come a second later.
    const kept = await tie();
    await subscriber.waitFor(1, 3000);
    const undone = await tie();
    await untie(undone);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(subscriber.received).toHaveLength(1);
    // A write that moves no figure (an announcement) sends nothing either; one that does, does.
    dataOf(await app.query('mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }', { input: { kind: 'NEED', title: '统计', body: '…' } }, { token: flow.staff }));
    await untie(kept);
    const [, second] = await subscriber.waitFor(2, 3000);
    expect(dataOf(second).networkStatsChanged).toEqual(await current());
    await subscriber.close();
  });
});
