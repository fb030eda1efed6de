/**
 * Several instances: two servers over one database, their events travelling through a real Redis.
 * A subscriber on one instance receives what a mutation on the other commits (and nothing of what
 * rolls back); and when Redis restarts mid-stream, /readyz says so while it is down (200, degraded)
 * and the subscribers are told to reconnect and catch up once it is back, without restarting either
 * server.
 *
 * Each part runs its own redis-server (test/support/redis.ts: a free port, nothing persisted), so
 * that killing it disturbs nobody else; without redis-server installed the file is skipped.
 */
import Redis from 'ioredis';
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';
import { eventually, Subscriber, subscribed } from './support/realtime';
import { describeWithRedis, PrivateRedis } from './support/redis';
import { failingAt } from './support/writes';

const ANNOUNCEMENTS = `subscription($filter: AnnouncementEventFilter) { announcementPublished(filter: $filter) { cursor announcement { id title } } }`;
const PUBLISH = `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }`;
const [fieldA, fieldB] = [1, 2].map((id) => toGlobalId('ResearchField', id));

async function publish(app: TestApp, title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const input = { kind: 'NEED', title, body: '寻找海外专家。', ...extra };
  return dataOf(await app.query(PUBLISH, { input }, { token: await app.tokenFor('staff') })).publishAnnouncement.announcement.id;
}

const idsOf = (subscriber: Subscriber) => subscriber.received.map((result) => dataOf(result).announcementPublished.announcement.id);

async function readiness(app: TestApp): Promise<{ status: number; body: Record<string, string> }> {
  const response = await fetch(app.url.replace(/\/graphql$/, '/readyz'));
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

/** How many Redis subscribers listen on a channel of `app`'s (every instance subscribes once per event type). */
async function listeners(redisUrl: string, app: TestApp, topic: string): Promise<number> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const [, count] = (await redis.pubsub('NUMSUB', `${app.config.realtime.redisChannelPrefix}${topic}`)) as [string, number];
    return Number(count);
  } finally {
    redis.disconnect();
  }
}

describeWithRedis('two instances through Redis', () => {
  let redis: PrivateRedis;
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    redis = await PrivateRedis.start();
    one = await startTestApp('realtime_redis', { redisUrl: redis.url });
    two = await startTestApp('realtime_redis_two', { redisUrl: redis.url, sharing: one });
  });
  afterAll(async () => {
    await two?.stop();
    await one?.stop();
    await redis?.close();
  });

  test('a subscriber on one instance receives what a mutation on the other commits, filtered', async () => {
    // Degraded is 200 too: ready means this instance's Redis clients are connected.
    await eventually(async () => (await readiness(one)).body.status === 'ready', 5000, 'instance one to connect to Redis');
    expect((await readiness(one)).body).toEqual({ status: 'ready', database: 'up', events: 'up' });
    const onTwo = await subscribed(two, ANNOUNCEMENTS, { filter: { researchFieldIds: [fieldA] } });
    const onOne = await subscribed(one, ANNOUNCEMENTS, {});
    await eventually(async () => (await listeners(redis.url, one, 'AnnouncementPublished')) === 2, 10_000, 'both instances to listen on Redis');

    const a = await publish(one, '实例一', { researchFieldIds: [fieldA] });
    await publish(one, '别的领域', { researchFieldIds: [fieldB] });
    const c = await publish(two, '实例二', { researchFieldIds: [fieldA, fieldB] });

    await onTwo.waitFor(2);
    await onOne.waitFor(3);
    expect(idsOf(onTwo)).toEqual([a, c]);
    expect(idsOf(onOne)).toHaveLength(3);
    expect(idsOf(onOne)[2]).toBe(c);
    // Both instances answer for the same announcement alike.
    expect(onTwo.received[0]).toEqual(
      expect.objectContaining({ data: { announcementPublished: expect.objectContaining({ announcement: { id: a, title: '实例一' } }) } }),
    );
    await onTwo.close();
    await onOne.close();
  });

  test('a rolled-back mutation on one instance sends nothing to the other', async () => {
    const onTwo = await subscribed(two, ANNOUNCEMENTS, {});
    await eventually(async () => (await listeners(redis.url, one, 'AnnouncementPublished')) >= 1, 10_000, 'instance two to listen on Redis');
    const staff = await one.tokenFor('staff');
    const failed = await failingAt(one, 'publishAnnouncement:before-commit', () => one.query(PUBLISH, { input: { kind: 'NEED', title: '回滚', body: '…' } }, { token: staff }));
    expect(failed.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const committed = await publish(one, '提交');
    await onTwo.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(idsOf(onTwo)).toEqual([committed]);
    await onTwo.close();
  });

  test('the network figures reach the other instance’s subscribers too', async () => {
    const onTwo = await subscribed(two, 'subscription { networkStatsChanged { partnerOrganizations } }');
    await eventually(async () => (await listeners(redis.url, one, 'NetworkFiguresChanged')) >= 1, 10_000, 'instance two to listen on Redis');
    const staff = await one.tokenFor('staff');
    const organizationId = dataOf(await one.query('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }', { input: { kind: 'RESEARCH_INSTITUTE', name: '跨实例伙伴', country: 'FR' } }, { token: staff })).createOrganization.organization.id;
    const station = (await one.dataSource.query('SELECT id FROM station ORDER BY id LIMIT 1'))[0].id;
    dataOf(await one.query('mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }', { input: { organizationId, stationId: toGlobalId('Station', Number(station)), kind: 'JOINT_RESEARCH', since: '2024-05-01' } }, { token: staff }));
    const [event] = await onTwo.waitFor(1);
    expect(dataOf(event).networkStatsChanged).toEqual(dataOf(await two.query('{ networkStats { partnerOrganizations } }')).networkStats);
    await onTwo.close();
  });
});

describeWithRedis('Redis restarting mid-stream', () => {
  let redis: PrivateRedis;
  let url: string;
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    url = redis.url;
    one = await startTestApp('realtime_redis_restart', { redisUrl: url });
    two = await startTestApp('realtime_redis_restart_two', { redisUrl: url, sharing: one });
  });
  afterAll(async () => {
    await two?.stop();
    await one?.stop();
    await redis?.close();
  });

  test('/readyz shows Redis down while it is down; mutations still commit; subscribers are told to reconnect and catch up when it is back', async () => {
    await eventually(async () => (await readiness(one)).body.status === 'ready' && (await readiness(two)).body.status === 'ready', 10_000, 'both instances to connect to Redis');
    const readinessSeen = [await readiness(one), await readiness(two)];
    const onTwo = await subscribed(two, ANNOUNCEMENTS, {});
    let count = -1;
    await eventually(async () => (count = await listeners(url, one, 'AnnouncementPublished')) === 1, 10_000, 'instance two to listen on Redis').catch((error) => {
      throw new Error(`${error.message}: NUMSUB said ${count}; readiness ${JSON.stringify(readinessSeen)}`);
    });
    const before = await publish(one, '重启前');
    await onTwo.waitFor(1);

    await redis.kill();
    // Degraded, not out of service: queries and mutations go on without Redis (src/readiness.ts).
    await eventually(async () => (await readiness(one)).body.status === 'degraded', 5000, 'instance one to report Redis down');
    expect(await readiness(two)).toEqual({ status: 200, body: { status: 'degraded', database: 'up', events: 'down', redis: 'down', message: expect.stringContaining('Redis') } });
    // The write side does not wait for Redis: the announcement commits, and is there to catch up on.
    const during = await publish(one, '重启中');
    expect(onTwo.failure()).toBeUndefined();

    await redis.start();
    await eventually(async () => (await readiness(one)).body.status === 'ready' && (await readiness(two)).body.status === 'ready', 10_000, 'both instances to report Redis up');
    // The subscription may have missed what was published meanwhile: its socket is closed with 4432.
    await eventually(() => onTwo.failure() !== undefined, 5000, 'the subscriber to be told to reconnect');
    expect(onTwo.failure()).toMatchObject({ code: 4432 });
    expect(idsOf(onTwo)).toEqual([before]);
    // Reconnecting, it subscribes again and catches up by cursor (docs/real-time.md).
    const again = await subscribed(two, ANNOUNCEMENTS, {});
    await eventually(async () => (await listeners(url, one, 'AnnouncementPublished')) === 1, 10_000, 'instance two to listen on Redis again');
    const after = await publish(one, '重启后');
    await again.waitFor(1);
    expect(idsOf(again)).toEqual([after]);
    const cursor = dataOf(onTwo.received[0]).announcementPublished.cursor;
    const page = dataOf(await two.query('query($after: String) { announcements(first: 10, after: $after) { edges { node { id } } } }', { after: cursor }));
    expect(page.announcements.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([during, after]);
    await onTwo.close();
    await again.close();
  }, 40_000);
});
