/**
 * Redis away (docs/real-time.md, "When Redis is away"): two instances over one database, their
 * events crossing a redis-server of this file's own, started on a free port and killed and started
 * again at will (never the machine's Redis).
 *
 * - Down at start-up: both instances start, answer queries and mutations, and /readyz is 200
 *   "degraded" naming Redis; subscribers who subscribed meanwhile are told to reconnect when it
 *   comes (WebSocket close 4432, SSE stream cut).
 * - Down during publishes: mutations still answer at once; what one instance committed meanwhile
 *   reaches the other's subscriber (docs/examples/follow-announcements.ts) once Redis is back, each
 *   announcement exactly once.
 * - Bounded: 20,000 publishes while Redis is away are each refused at once (none waits in a queue),
 *   subscribers coming and going queue one SUBSCRIBE per event type at most, and closing the channel
 *   leaves no timer holding the process open.
 */
import WebSocket from 'ws';
import { Announcement, followAnnouncements } from '../docs/examples/follow-announcements';
import { createEventChannel } from '../src/events/channel';
import type { Published } from '../src/events/domain-events';
import { dataOf, startTestApp, TestApp } from './support/app';
import { eventually, subscribed } from './support/realtime';
import { describeWithRedis, PrivateRedis } from './support/redis';

const ANNOUNCEMENTS = 'subscription { announcementPublished { cursor announcement { id } } }';

/** Redis subscribers of `app`'s channel for `topic`. */
const listeners = (redis: PrivateRedis, app: TestApp, topic: string) => redis.listeners(`${app.config.realtime.redisChannelPrefix}${topic}`);

async function readiness(app: TestApp): Promise<{ status: number; body: Record<string, string> }> {
  const response = await fetch(app.url.replace(/\/graphql$/, '/readyz'));
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

/** Publishes an announcement as STAFF; returns its id and how long the mutation took. */
async function publish(app: TestApp, title: string): Promise<{ id: string; ms: number }> {
  const token = await app.tokenFor('staff');
  const started = Date.now();
  const input = { kind: 'NEED', title, body: '寻找海外专家。' };
  const answer = await app.query('mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }', { input }, { token });
  return { id: dataOf(answer).publishAnnouncement.announcement.id, ms: Date.now() - started };
}

const DEGRADED = { status: 'degraded', database: 'up', events: 'down', redis: 'down', message: expect.stringMatching(/^Redis \(REDIS_URL\) does not answer: queries and mutations are still served/) };

describeWithRedis('Redis down at start-up', () => {
  let redis: PrivateRedis;
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    redis = await PrivateRedis.reserve();
    one = await startTestApp('redis_outage_start', { redisUrl: redis.url });
    two = await startTestApp('redis_outage_start_two', { redisUrl: redis.url, sharing: one });
  });
  afterAll(async () => {
    await two?.stop();
    await one?.stop();
    await redis?.close();
  });

  test('both instances serve queries and mutations, /readyz is 200 degraded naming Redis; subscribers are told to reconnect when it comes', async () => {
    expect(await readiness(one)).toEqual({ status: 200, body: DEGRADED });
    const published = await publish(one, '无 Redis 启动');
    expect(published.ms).toBeLessThan(2000);
    const started = Date.now();
    expect(dataOf(await two.query('query($id: ID!) { node(id: $id) { id } }', { id: published.id })).node).toEqual({ id: published.id });
    expect(Date.now() - started).toBeLessThan(2000);
    // The event went nowhere and was counted, not queued.
    await eventually(() => one.channel.unpublished() === 1, 2000, 'the publish to be refused');
    expect((await readiness(one)).body.message).toMatch(/1 event could not be sent to Redis since this instance started\.$/);

    const overWs = await subscribed(two, ANNOUNCEMENTS);
    const overSse = await subscribed(two, ANNOUNCEMENTS, {}, { transport: 'sse' });
    await redis.start();
    // Degraded is 200 too: wait for both to say ready, or `one` may publish before it is connected.
    await eventually(async () => (await readiness(one)).body.status === 'ready' && (await readiness(two)).body.status === 'ready', 10_000, 'both instances to connect to Redis');
    expect(await readiness(two)).toEqual({ status: 200, body: { status: 'ready', database: 'up', events: 'up' } });
    // Each may have missed what `one` committed before: the socket closes with 4432, the SSE stream is cut.
    await eventually(() => overWs.failure() !== undefined && overSse.failure() !== undefined, 5000, 'both subscribers to be told');
    expect(overWs.failure()).toMatchObject({ code: 4432, reason: expect.stringContaining('reconnect and catch up by cursor') });
    expect(overWs.received).toEqual([]);
    await overWs.close();
    await overSse.close();
    // A subscriber who comes now hears the other instance's next announcement live.
    const fresh = await subscribed(two, ANNOUNCEMENTS);
    await eventually(async () => (await listeners(redis, two, 'AnnouncementPublished')) === 1, 5000, 'instance two to listen on Redis');
    const next = await publish(one, 'Redis 来了');
    const [event] = await fresh.waitFor(1);
    expect(dataOf(event).announcementPublished.announcement.id).toBe(next.id);
    await fresh.close();
  }, 60_000);
});

describeWithRedis('Redis going away during publishes', () => {
  let redis: PrivateRedis;
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    redis = await PrivateRedis.start();
    one = await startTestApp('redis_outage_publish', { redisUrl: redis.url });
    two = await startTestApp('redis_outage_publish_two', { redisUrl: redis.url, sharing: one });
  });
  afterAll(async () => {
    await two?.stop();
    await one?.stop();
    await redis?.close();
  });

  test('what one instance commits while Redis is away reaches the other’s subscriber when it is back, each once', async () => {
    await eventually(async () => (await readiness(one)).body.status === 'ready' && (await readiness(two)).body.status === 'ready', 10_000, 'both instances to connect to Redis');
    const received: Announcement[] = [];
    const streams = two.realtime.stats().streamsStarted;
    const follower = followAnnouncements({
      url: two.url,
      since: null,
      onAnnouncement: (announcement) => received.push(announcement),
      webSocketImpl: WebSocket,
      retryWait: () => new Promise((resolve) => setTimeout(resolve, 100)),
    });
    const watcher = await subscribed(two, ANNOUNCEMENTS);
    await eventually(() => two.realtime.stats().streamsStarted >= streams + 2, 5000, 'the follower to subscribe');
    await eventually(async () => (await listeners(redis, two, 'AnnouncementPublished')) === 1, 5000, 'instance two to listen on Redis');
    const before = await publish(one, '断开前');
    await eventually(() => received.length === 1, 5000, 'the first announcement, live');

    await redis.kill();
    await eventually(async () => (await readiness(one)).body.status === 'degraded' && (await readiness(two)).body.status === 'degraded', 5000, 'both instances to report Redis down');
    expect(await readiness(two)).toEqual({ status: 200, body: DEGRADED });
    const during = [await publish(one, '断开中 1'), await publish(one, '断开中 2')];
    for (const { ms } of during) expect(ms).toBeLessThan(2000);
    await eventually(() => one.channel.unpublished() === 2, 2000, 'both publishes to be refused at once');
    expect(watcher.failure()).toBeUndefined();

    await redis.start();
    await eventually(() => watcher.failure() !== undefined, 10_000, 'the subscribers on instance two to be told');
    expect(watcher.failure()).toMatchObject({ code: 4432 });
    await eventually(() => received.length === 3, 10_000, 'the follower to catch up');
    await eventually(async () => (await listeners(redis, two, 'AnnouncementPublished')) === 1, 5000, 'instance two to listen on Redis again');
    const after = await publish(one, '恢复后');
    await eventually(() => received.some(({ id }) => id === after.id), 5000, 'the next announcement');
    await new Promise((resolve) => setTimeout(resolve, 300)); // a second delivery of any would have come by now
    expect(received.map(({ id }) => id)).toEqual([before.id, during[0].id, during[1].id, after.id]);
    await watcher.close();
    await follower();
  }, 60_000);
});

describeWithRedis('the channel while Redis is away', () => {
  function announcement(announcementId: number): Published {
    return {
      type: 'AnnouncementPublished', announcementId, publicationSeq: announcementId, kind: 'NEED', stationId: null, offshoreBaseId: null, organizationId: null,
      researchFieldIds: [], countries: [], committedAt: new Date().toISOString(),
    } as Published;
  }
  const TOPICS = ['AnnouncementPublished', 'AnnouncementUpdated', 'AnnouncementClosed', 'ApplicationStatusChanged', 'StationStatusChanged', 'NetworkFiguresChanged', 'ReviewSubmitted'] as const;

  test('publishes are refused at once and subscribers coming and going queue one SUBSCRIBE per event type: nothing grows', async () => {
    const redis = await PrivateRedis.reserve();
    const channel = createEventChannel({ redisUrl: redis.url, prefix: 'haizhi-test:outage:' });
    try {
      // 1,000 subscribers come and go on every event type while Redis is away.
      for (let round = 0; round < 1000; round += 1) {
        const topic = TOPICS[round % TOPICS.length];
        const iterator = channel.subscribe(topic)[Symbol.asyncIterator]();
        void iterator.next();
        await iterator.return?.();
      }
      const heard: number[] = [];
      const staying = channel.subscribe('AnnouncementPublished')[Symbol.asyncIterator]();
      void (async () => {
        for (let next = await staying.next(); !next.done; next = await staying.next()) heard.push((next.value as { announcementId: number }).announcementId);
      })();
      for (let id = 1; id <= 20_000; id += 1) channel.publish(announcement(id));
      // Each was refused, not queued: queued ones would wait for Redis and never be counted.
      await eventually(() => channel.unpublished() === 20_000, 3000, 'every publish to be refused');

      await redis.start();
      await eventually(() => channel.status() === 'up', 10_000, 'the channel to connect');
      await eventually(async () => (await redis.calls('subscribe')) === TOPICS.length, 5000, 'the queued SUBSCRIBEs');
      expect(await redis.calls('unsubscribe')).toBe(0);
      expect(await redis.calls('publish')).toBe(0);
      let id = 100_000;
      await eventually(() => {
        if (heard.length > 0) return true;
        channel.publish(announcement(id++));
        return false;
      }, 5000, 'the channel to carry events again');
      expect(heard.every((each) => each >= 100_000)).toBe(true);
      await staying.return?.();
    } finally {
      await channel.close();
      await redis.close();
    }
  }, 30_000);

  test('closing a channel whose Redis is away leaves no timer holding the process open', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const baseline = timers();
    const away = await PrivateRedis.reserve(); // never started
    const channel = createEventChannel({ redisUrl: away.url });
    await new Promise((resolve) => setTimeout(resolve, 300)); // both clients have failed and wait to retry
    expect(timers()).toBeGreaterThan(baseline);
    await channel.close();
    await away.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(timers()).toBeLessThanOrEqual(baseline);
  });
});
