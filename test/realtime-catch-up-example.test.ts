/**
 * docs/examples/follow-announcements.ts, the catch-up pattern the API docs show, run as a client
 * of a real server whose connection drops: announcements published while it is away arrive once
 * it is back, every one once, none missed and none doubled.
 */
import { followAnnouncements, Announcement } from '../docs/examples/follow-announcements';
import { toGlobalId } from '../src/graphql/global-id';
import { flakyNetwork } from './support/flaky-network';
import { dataOf, startTestApp, TestApp } from './support/app';
import { eventually } from './support/realtime';

let app: TestApp;
let staff: string;
const [fieldA, fieldB] = [1, 2].map((id) => toGlobalId('ResearchField', id));

/** The phone's network (test/support/flaky-network.ts). */
const network = flakyNetwork();
const drop = network.drop;

async function publish(researchFieldIds: string[]): Promise<string> {
  const input = { kind: 'NEED', title: '移动端', body: '寻找海外专家。', researchFieldIds };
  return dataOf(await app.query('mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }', { input }, { token: staff })).publishAnnouncement.announcement.id;
}

beforeAll(async () => {
  app = await startTestApp('realtime_catch_up_example');
  staff = await app.tokenFor('staff');
});
afterAll(async () => {
  await app?.stop();
});

test('a client whose connection drops twice receives every matching announcement exactly once', async () => {
  const received: Announcement[] = [];
  const started = app.realtime.stats().streamsStarted;
  const stop = followAnnouncements({
    url: app.url,
    filter: { researchFieldIds: [fieldA] },
    since: null,
    onAnnouncement: (announcement) => received.push(announcement),
    webSocketImpl: network.WebSocket,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 100)),
  });
  const listening = async (count: number) => eventually(() => app.realtime.stats().streamsStarted >= started + count && app.realtime.stats().streams === 1, 5000, 'the client to subscribe');
  await listening(1);
  const wanted = [await publish([fieldA])];
  await publish([fieldB]);
  await eventually(() => received.length === 1, 5000, 'the first announcement');

  for (const round of [2, 3]) {
    drop();
    await eventually(() => app.realtime.stats().streams === 0, 5000, 'the server to see the client go');
    wanted.push(await publish([fieldA, fieldB]));
    await publish([fieldB]);
    wanted.push(await publish([fieldA]));
    network.online();
    await listening(round);
    wanted.push(await publish([fieldA]));
    await eventually(() => received.length === wanted.length, 5000, `round ${round}'s announcements`);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  // Every one, once; a page and the stream may interleave after a reconnect, so the order may vary there.
  const ids = received.map((announcement) => announcement.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual([...wanted].sort());
  await stop();
});
