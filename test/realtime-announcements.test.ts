/**
 * announcementPublished over a real WebSocket (graphql-ws) to a real server: subscribers get
 * exactly the committed announcements their filter matches, nothing from a rolled-back write, and
 * a subscriber that was away catches up by cursor on `announcements(after:)` with nothing missed
 * and nothing doubled.
 */
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';
import { demoScope, failingAt } from './support/writes';
import { subscribed, Subscriber, subscribeWs } from './support/realtime';

let app: TestApp;
let staff: string;
let manager: string;
let ownStation: string;
const [fieldA, fieldB, fieldC, markerField] = [1, 2, 3, 4].map((id) => toGlobalId('ResearchField', id));
/** Announcements settle() published: left out of what a test compares. */
const markers = new Set<string>();

const SUBSCRIBE = `subscription($filter: AnnouncementEventFilter) {
  announcementPublished(filter: $filter) { cursor committedAt announcement { id kind title publisherKind countries researchFields(first: 5) { edges { node { id } } } } }
}`;
const PUBLISH = `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }`;
const CATCH_UP = `query($after: String, $filter: AnnouncementFilter) {
  announcements(first: 50, after: $after, filter: $filter) { edges { cursor node { id } } pageInfo { hasNextPage } }
}`;

async function publish(input: Record<string, unknown>, token = staff): Promise<string> {
  const draft = { kind: 'NEED', title: `公告 ${Math.random().toString(36).slice(2, 8)}`, body: '寻找海外专家。', ...input };
  return dataOf(await app.query(PUBLISH, { input: draft }, { token })).publishAnnouncement.announcement.id;
}

/** Subscribes and waits until the server is listening for this subscriber's events. */
async function subscribe(filter: Record<string, unknown> | null, token?: string): Promise<Subscriber> {
  return subscribed(app, SUBSCRIBE, { filter }, { token });
}

const idsOf = (subscriber: Subscriber) =>
  subscriber.received.map((result) => dataOf(result).announcementPublished.announcement.id as string).filter((id) => !markers.has(id));

/**
 * Lets the server deliver whatever is on its way, so that "received nothing more" means something:
 * a marker announcement, published after everything else, has reached a subscriber of its own.
 */
async function settle(): Promise<void> {
  const marker = await subscribe({ researchFieldIds: [markerField] });
  markers.add(await publish({ title: 'marker', researchFieldIds: [markerField] }));
  await marker.waitFor(1);
  await marker.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

beforeAll(async () => {
  app = await startTestApp('realtime_announcements');
  [staff, manager] = await Promise.all([app.tokenFor('staff'), app.tokenFor('manager')]);
  ownStation = toGlobalId('Station', (await demoScope(app)).ownStationId);
});
afterAll(async () => {
  await app?.stop();
});

test('a subscriber to one research field gets exactly those announcements, in commit order; AND across keys, OR within one', async () => {
  const byField = await subscribe({ researchFieldIds: [fieldA] });
  const everything = await subscribe(null);
  const fieldAndCountry = await subscribe({ researchFieldIds: [fieldA, fieldB], countries: ['DE'] });
  const stationOffers = await subscribe({ stationIds: [ownStation], kinds: ['OFFER'] });
  const byPublisher = await subscribe({ publisherKinds: ['STATION'] });

  const a = await publish({ researchFieldIds: [fieldA] });
  const b = await publish({ researchFieldIds: [fieldB], countries: ['DE'] });
  const c = await publish({ researchFieldIds: [fieldC, fieldA], countries: ['DE', 'GB'] });
  const d = await publish({ kind: 'OFFER', stationId: ownStation, researchFieldIds: [fieldC] }, manager);
  const e = await publish({ kind: 'NEED', stationId: ownStation }, manager);

  await everything.waitFor(5);
  await settle();
  expect(idsOf(everything)).toEqual([a, b, c, d, e]);
  expect(idsOf(byField)).toEqual([a, c]);
  expect(idsOf(fieldAndCountry)).toEqual([b, c]);
  expect(idsOf(stationOffers)).toEqual([d]);
  expect(idsOf(byPublisher)).toEqual([d, e]);
  // The payload is the announcement as queries read it.
  const third = dataOf(everything.received[2]).announcementPublished.announcement;
  expect(third).toEqual({ id: c, kind: 'NEED', title: expect.any(String), publisherKind: 'OPERATOR', countries: ['DE', 'GB'], researchFields: expect.anything() });
  expect(third.researchFields.edges.map((edge: { node: { id: string } }) => edge.node.id).sort()).toEqual([fieldA, fieldC].sort());
  expect(Date.parse(dataOf(everything.received[0]).announcementPublished.committedAt)).toBeGreaterThan(Date.now() - 60_000);
  for (const subscriber of [byField, everything, fieldAndCountry, stationOffers, byPublisher]) await subscriber.close();
});

test('an empty list matches nothing, as in the list filter; a bad id in the filter is BAD_USER_INPUT naming it', async () => {
  const none = await subscribe({ researchFieldIds: [] });
  await publish({ researchFieldIds: [fieldA] });
  await settle();
  expect(none.received).toEqual([]);
  await none.close();

  const bad = subscribeWs(app.url, SUBSCRIBE, { filter: { stationIds: [fieldA] } });
  const [result] = await bad.waitFor(1).catch(() => [undefined]);
  const failure = (result?.errors ?? bad.failure()) as { message: string; extensions?: { code?: string } }[];
  expect(failure[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(failure[0].message).toMatch(/filter\.stationIds/);
  await bad.close();
});

test('a rolled-back publish sends nothing; the retry that commits is sent once', async () => {
  const subscriber = await subscribe(null);
  const input = { title: '回滚测试', researchFieldIds: [fieldB], idempotencyKey: `rollback-${Date.now()}` };
  for (const checkpoint of ['publishAnnouncement:inserted', 'publishAnnouncement:before-commit']) {
    const failed = await failingAt(app, checkpoint, () => app.query(PUBLISH, { input: { kind: 'NEED', body: '…', ...input } }, { token: staff }));
    expect(failed.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  }
  const committed = await publish(input);
  await settle();
  expect(idsOf(subscriber)).toEqual([committed]);
  await subscriber.close();
});

test('catching up by cursor after a disconnect: the events before it, the page after it, and the events after reconnecting hold every announcement once', async () => {
  const filter = { researchFieldIds: [fieldB] };
  const matching: string[] = [];
  const first = await subscribe(filter);
  matching.push(await publish({ researchFieldIds: [fieldB] }));
  await publish({ researchFieldIds: [fieldC] });
  matching.push(await publish({ researchFieldIds: [fieldB, fieldC] }));
  await first.waitFor(2);
  const lastCursor = dataOf(first.received[1]).announcementPublished.cursor as string;
  await first.close();

  // Away: these are published while the client is disconnected.
  matching.push(await publish({ researchFieldIds: [fieldB] }));
  await publish({ researchFieldIds: [fieldA] });
  matching.push(await publish({ researchFieldIds: [fieldB], countries: ['FR'] }));

  // Back: subscribe first (so nothing slips between the page and the stream), then page from the last cursor.
  const second = await subscribe(filter);
  const page = dataOf(await app.query(CATCH_UP, { after: lastCursor, filter }));
  matching.push(await publish({ researchFieldIds: [fieldB] }));
  await second.waitFor(1);
  await settle();

  const caughtUp = page.announcements.edges.map((edge: { node: { id: string } }) => edge.node.id);
  const live = idsOf(second);
  const seen = [...idsOf(first), ...caughtUp, ...live];
  expect(page.announcements.pageInfo.hasNextPage).toBe(false);
  expect(caughtUp).toEqual(matching.slice(2, 4));
  expect(live).toEqual(matching.slice(4));
  expect(seen).toEqual(matching);
  expect(new Set(seen).size).toBe(seen.length);
  // Every event's cursor is the one the list gives the same announcement.
  const listed = dataOf(await app.query(CATCH_UP, { after: null, filter }));
  const cursorOf = new Map(listed.announcements.edges.map((edge: { cursor: string; node: { id: string } }) => [edge.node.id, edge.cursor]));
  for (const result of [...first.received, ...second.received]) {
    const event = dataOf(result).announcementPublished;
    expect(event.cursor).toBe(cursorOf.get(event.announcement.id));
  }
  await second.close();
});

test("the same filter object serves the subscription and the catch-up, publisherKinds included", async () => {
  const filter = { publisherKinds: ['OFFSHORE_BASE', 'ORGANIZATION'], countries: ['JP'] };
  const base = toGlobalId('OffshoreBase', (await demoScope(app)).offshoreBaseId);
  const subscriber = await subscribe(filter);
  const wanted = await publish({ offshoreBaseId: base, countries: ['JP'] });
  // The operator's (CQAST's) announcement: in neither the stream nor the list, for the same filter.
  const operators = await publish({ countries: ['JP'] });
  await subscriber.waitFor(1);
  await settle();
  expect(idsOf(subscriber)).toEqual([wanted]);
  const listed = dataOf(await app.query(CATCH_UP, { after: null, filter }));
  const listedIds = listed.announcements.edges.map((edge: { node: { id: string } }) => edge.node.id);
  expect(listedIds).toContain(wanted);
  expect(listedIds).not.toContain(operators);
  await subscriber.close();
});
