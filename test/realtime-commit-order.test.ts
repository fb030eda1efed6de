/**
 * Catching up in commit order (issue 13 §2). A client that follows announcements with the catch-up
 * of docs/examples/follow-announcements.ts (over graphql-ws, `announcements(after: <cursor>)` on
 * each reconnect) must end with every announcement exactly once, however the publishes interleave.
 * An id is taken at the insert, not at the commit: on MariaDB an announcement with a lower id can
 * commit after one with a higher id, and a cursor that followed ids would already be past it.
 */
import { followAnnouncements, Announcement } from '../docs/examples/follow-announcements';
import { toGlobalId } from '../src/graphql/global-id';
import { flakyNetwork } from './support/flaky-network';
import { dataOf, startTestApp, TestApp } from './support/app';
import { eventually } from './support/realtime';

let app: TestApp;
let staff: string;
const [fieldA, fieldB] = [1, 2].map((id) => toGlobalId('ResearchField', id));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The phone's network (test/support/flaky-network.ts). */
const network = flakyNetwork();
const drop = network.drop;

async function publish(researchFieldIds: string[], title = '并发公告'): Promise<string> {
  const input = { kind: 'NEED', title, body: '寻找海外专家。', researchFieldIds };
  return dataOf(await app.query('mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }', { input }, { token: staff })).publishAnnouncement.announcement.id;
}

/** Follows every announcement naming field A, as a client would, until `stop`. */
function follow(): { received: string[]; stop: () => Promise<void> } {
  const received: string[] = [];
  const stop = followAnnouncements({
    url: app.url,
    filter: { researchFieldIds: [fieldA] },
    since: null,
    onAnnouncement: (announcement: Announcement) => received.push(announcement.id),
    webSocketImpl: network.WebSocket,
    retryWait: () => sleep(20),
  });
  return { received, stop };
}

const listening = (started: number) =>
  eventually(() => app.realtime.stats().streamsStarted > started && app.realtime.stats().streams === 1, 5000, 'the client to subscribe');

beforeAll(async () => {
  app = await startTestApp('realtime_commit_order');
  staff = await app.tokenFor('staff');
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

afterEach(() => {
  network.online();
});

test('a cursor stored before commit order (an id cursor of the old default order) still pages on from the same announcement', async () => {
  const PAGE = 'query($after: String) { announcements(first: 5, after: $after) { edges { cursor node { id } } } }';
  for (let i = 0; i < 3; i++) await publish([fieldB], `新公告 ${i}`);
  // The seed's last 5 (from before any publish: place 0, by id), then the 3 just published.
  const tail = dataOf(await app.query('{ announcements(last: 8) { edges { cursor node { id } } } }')).announcements.edges as { cursor: string; node: { id: string } }[];
  const from = tail[0];
  const rowId = Number(Buffer.from(from.node.id, 'base64').toString('utf8').split(':')[1]);
  const idCursor = Buffer.from(JSON.stringify(['c1', 'ID', rowId])).toString('base64url');
  const ids = (edges: { node: { id: string } }[]) => edges.map((edge) => edge.node.id);
  const viaIdCursor = dataOf(await app.query(PAGE, { after: idCursor })).announcements.edges;
  const viaNewCursor = dataOf(await app.query(PAGE, { after: from.cursor })).announcements.edges;
  expect(ids(viaIdCursor)).toEqual(ids(tail.slice(1, 6)));
  expect(ids(viaIdCursor)).toEqual(ids(viaNewCursor));
  // An id cursor given to another order is that other list's cursor no more than before: refused.
  const explicit = await app.query('query($after: String) { announcements(first: 1, after: $after, orderBy: { field: PUBLISHED_ON }) { edges { node { id } } } }', { after: idCursor });
  expect(explicit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('50 concurrent publishes while the client drops and catches up again and again: every announcement exactly once', async () => {
  const before = app.realtime.stats().streamsStarted;
  const { received, stop } = follow();
  await listening(before);
  // Settles the cursor: the client catches up from its first announcement on every reconnect.
  const first = await publish([fieldA]);
  await eventually(() => received.length === 1, 5000, 'the first announcement');

  let publishing = true;
  let drops = 0;
  const dropping = (async () => {
    while (publishing || drops < 5) {
      await sleep(10 + Math.random() * 40);
      const started = app.realtime.stats().streamsStarted;
      drop();
      drops++;
      await sleep(10 + Math.random() * 30);
      network.online();
      await listening(started);
    }
  })();
  const published = await Promise.all(Array.from({ length: 50 }, (_, i) => publish([fieldA], `并发公告 ${i}`)));
  publishing = false;
  await dropping;
  const wanted = [first, ...published];
  await eventually(() => new Set(received).size >= wanted.length, 15_000, 'every announcement').catch(() => undefined);
  await sleep(300);

  expect(drops).toBeGreaterThanOrEqual(5);
  expect(new Set(published).size).toBe(50);
  // None missed, none twice.
  expect([...received].sort()).toEqual([...wanted].sort());
  await stop();
});
