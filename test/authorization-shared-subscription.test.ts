/**
 * One event, one subscription text, callers of different scopes subscribed at once: the fan-out
 * (src/realtime/fan-out.ts) shares an execution between subscribers of the same operation, so this
 * is where one caller's answer could reach another. Two anonymous subscribers, two STAFF ones (the
 * same account: one scope) and the station's own unit manager send the same operation over
 * graphql-ws; one suspension is sent to all of them, and each must read it as a query of theirs
 * would: `changedBy` only for STAFF, a talent's contact details only for STAFF and the unit's
 * managers, a proposed engagement only for STAFF and the unit that proposed it (docs/authorization.md,
 * "Protected data"). Every check compares with what the same caller gets from a query, and STAFF's
 * answer holds each hidden value, so a leak in either direction fails.
 */
import { fromGlobalId, toGlobalId } from '../src/graphql/global-id';
import { Engagement, EngagementRole, EngagementStatus } from '../src/modules/talent/engagement.entity';
import { dataOf, startTestApp, TestApp } from './support/app';
import { subscribed, Subscriber } from './support/realtime';
import { demoScope } from './support/writes';

let app: TestApp;
let staff: string;
let manager: string;
let stationId: string;
let contactTalent: string;
let proposedTalent: string;

const SELECTION = `station { id status talents(first: 100) { totalCount edges { node { id email phone } } } } change { toStatus reason changedBy }`;
const SUBSCRIPTION = `subscription { stationStatusChanged { ${SELECTION} } }`;

beforeAll(async () => {
  app = await startTestApp('shared_subscription');
  staff = await app.tokenFor('staff');
  manager = await app.tokenFor('manager');
  const scope = await demoScope(app);
  const [active] = await app.dataSource.query("SELECT id FROM station WHERE host_unit_id = ? AND status = 'ACTIVE' ORDER BY id LIMIT 1", [scope.hostUnitId]);
  stationId = toGlobalId('Station', Number(active.id));
  const create = 'mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }';
  contactTalent = dataOf(await app.query(create, { input: { name: 'Shared Subscriber', country: 'CA', degree: 'DOCTORATE', email: 'shared@example.org', phone: '+1 555 0199' } }, { token: staff })).createTalent.talent.id;
  dataOf(await app.query('mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { engagement { id } } }', { input: { talentId: contactTalent, stationId, role: 'RESEARCHER', startedOn: '2026-01-01' } }, { token: staff }));
  // A proposal the unit made and STAFF have not confirmed: absent for everyone else.
  proposedTalent = dataOf(await app.query(create, { input: { name: 'Proposed Subscriber', country: 'CA', degree: 'MASTER', email: 'proposed@example.org' } }, { token: staff })).createTalent.talent.id;
  await app.dataSource.getRepository(Engagement).insert({ talentId: fromGlobalId(proposedTalent).id, stationId: Number(active.id), offshoreBaseId: null, role: EngagementRole.RESEARCHER, startedOn: '2026-01-01', endedOn: null, status: EngagementStatus.PROPOSED });
});
afterAll(async () => {
  await app?.stop();
});

interface Seen {
  changedBy: string | null;
  totalCount: number;
  talents: string[];
  contacts: string[];
}

function seen(event: { station: any; change: any }): Seen {
  const nodes = event.station.talents.edges.map((edge: { node: { id: string; email: string | null; phone: string | null } }) => edge.node);
  return {
    changedBy: event.change.changedBy,
    totalCount: event.station.talents.totalCount,
    talents: nodes.map((node: { id: string }) => node.id).filter((id: string) => id === contactTalent || id === proposedTalent).sort(),
    contacts: nodes.flatMap((node: { email: string | null; phone: string | null }) => [node.email, node.phone]).filter((value: string | null) => value !== null).sort(),
  };
}

test('anonymous, STAFF and unit-manager subscribers of one operation each get what their own scope allows from the same event', async () => {
  const callers: { label: string; token?: string }[] = [
    { label: 'anonymous' },
    { label: 'anonymous' },
    { label: 'STAFF', token: staff },
    { label: 'STAFF', token: staff },
    { label: 'UNIT_MANAGER', token: manager },
  ];
  // All subscribed before the event, so the fan-out has every scope in hand for the one execution.
  const subscribers: Subscriber[] = [];
  for (const caller of callers) subscribers.push(await subscribed(app, SUBSCRIPTION, {}, { token: caller.token }));
  try {
    dataOf(await app.query('mutation($input: SuspendStationInput!) { suspendStation(input: $input) { station { id } } }', { input: { stationId, reason: '共享订阅' } }, { token: staff }));
    const events = await Promise.all(subscribers.map(async (subscriber) => dataOf((await subscriber.waitFor(1))[0]).stationStatusChanged));
    for (const event of events) expect(event.station).toMatchObject({ id: stationId, status: 'SUSPENDED' });

    const got = Object.fromEntries(callers.map((caller, i) => [`${caller.label} #${i}`, seen(events[i])]));
    const staffSees: Seen = { changedBy: 'staff@demo.haizhi', totalCount: expect.any(Number), talents: [contactTalent, proposedTalent].sort(), contacts: ['+1 555 0199', 'proposed@example.org', 'shared@example.org'].sort() } as Seen;
    const publicSees: Seen = { changedBy: null, totalCount: expect.any(Number), talents: [contactTalent], contacts: [] } as Seen;
    // The manager's unit proposed the engagement, but a proposal grants no contact details (only a confirmed one does).
    const managerSees: Seen = { changedBy: null, totalCount: expect.any(Number), talents: [contactTalent, proposedTalent].sort(), contacts: ['+1 555 0199', 'shared@example.org'] } as Seen;
    expect(got).toEqual({ 'anonymous #0': publicSees, 'anonymous #1': publicSees, 'STAFF #2': staffSees, 'STAFF #3': staffSees, 'UNIT_MANAGER #4': managerSees });
    expect(got['STAFF #2'].totalCount).toBe(got['anonymous #0'].totalCount + 1);

    // Each subscriber's event equals what the same caller reads by query (with the history entry the suspension made).
    const query = `query($id: ID!) { station(id: $id) { id status talents(first: 100) { totalCount edges { node { id email phone } } } statusHistory(last: 1) { edges { node { toStatus reason changedBy } } } } }`;
    for (const [i, caller] of callers.entries()) {
      const station = dataOf(await app.query(query, { id: stationId }, caller.token ? { token: caller.token } : { anonymous: true })).station;
      const { statusHistory, ...rest } = station;
      expect({ caller: caller.label, event: events[i] }).toEqual({ caller: caller.label, event: { station: rest, change: statusHistory.edges[0].node } });
    }
  } finally {
    for (const subscriber of subscribers) await subscriber.close();
  }
});
