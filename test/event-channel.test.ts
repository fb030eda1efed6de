/**
 * The event channel's local fan-out (src/events/channel.ts), in-process and through a private
 * Redis (test/support/redis.ts): one listener per topic on this instance hands each event to the subscribers whose
 * `matches` accepts it; a subscriber whose check throws ends alone; when the last subscriber of a
 * topic leaves and another arrives, the newcomer hears every later event exactly once.
 */
import { createEventChannel, EventChannel } from '../src/events/channel';
import type { Published } from '../src/events/domain-events';
import { eventually } from './support/realtime';
import { describeWithRedis, PrivateRedis } from './support/redis';

function announcement(announcementId: number): Published {
  return {
    type: 'AnnouncementPublished', announcementId, publicationSeq: announcementId, kind: 'NEED', stationId: null, offshoreBaseId: null, organizationId: null,
    researchFieldIds: [], countries: [], committedAt: new Date().toISOString(),
  } as Published;
}

/** Reads a subscription into an array until it ends; `ended` settles then (with its error, if any). */
function collect(iterable: AsyncIterable<Published>): { ids: number[]; ended: Promise<unknown>; stop(): Promise<void> } {
  const iterator = iterable[Symbol.asyncIterator]();
  const ids: number[] = [];
  const ended = (async () => {
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) ids.push((next.value as { announcementId: number }).announcementId);
      return null;
    } catch (error) {
      return error;
    }
  })();
  return { ids, ended, stop: async () => void (await iterator.return?.()) };
}

/** The same tests for each kind of channel `create` makes. */
function channelTests(create: () => EventChannel): void {
  let channel: EventChannel;
  beforeEach(() => {
    channel = create();
  });
  afterEach(async () => {
    await channel.close();
  });

  /** Publishes until `probe` hears one (a Redis SUBSCRIBE completes after subscribe() returns); returns the ids used. */
  async function untilHeard(probe: { ids: number[] }, from: number): Promise<number> {
    let id = from;
    await eventually(() => {
      if (probe.ids.length > 0) return true;
      channel.publish(announcement(id++));
      return false;
    }, 5000, 'the subscription to be live');
    return id;
  }

  test('each subscriber queues only what its check accepts', async () => {
    const all = collect(channel.subscribe('AnnouncementPublished'));
    const even = collect(channel.subscribe('AnnouncementPublished', (event) => event.announcementId % 2 === 0));
    const none = collect(channel.subscribe('AnnouncementPublished', () => false));
    const first = await untilHeard(all, 1000);
    for (let id = 1; id <= 6; id += 1) channel.publish(announcement(id));
    await eventually(() => all.ids.includes(6) && even.ids.includes(6), 5000, 'the events');
    expect(all.ids.filter((id) => id < 1000)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(even.ids.filter((id) => id < 1000)).toEqual([2, 4, 6]);
    expect(even.ids.every((id) => id % 2 === 0)).toBe(true);
    expect(none.ids).toEqual([]);
    expect(first).toBeGreaterThan(1000);
    await Promise.all([all.stop(), even.stop(), none.stop()]);
  });

  test('a check that throws ends that subscriber with the error; the others go on', async () => {
    const steady = collect(channel.subscribe('AnnouncementPublished'));
    const broken = collect(
      channel.subscribe('AnnouncementPublished', (event) => {
        if (event.announcementId === 2) throw new Error('bad check');
        return true;
      }),
    );
    await untilHeard(steady, 1000);
    for (let id = 1; id <= 3; id += 1) channel.publish(announcement(id));
    expect(((await broken.ended) as Error).message).toBe('bad check');
    await eventually(() => steady.ids.includes(3), 5000, 'the steady subscriber');
    expect(steady.ids.filter((id) => id < 1000)).toEqual([1, 2, 3]);
    expect(broken.ids.filter((id) => id < 1000)).toEqual([1]);
    await steady.stop();
  });

  test('after the last subscriber leaves, a new one hears every later event once', async () => {
    const before = collect(channel.subscribe('AnnouncementPublished'));
    await untilHeard(before, 1000);
    await before.stop();
    expect(await before.ended).toBeNull();
    const after = collect(channel.subscribe('AnnouncementPublished'));
    await untilHeard(after, 2000);
    for (let id = 1; id <= 3; id += 1) channel.publish(announcement(id));
    await eventually(() => after.ids.includes(3), 5000, 'the events');
    await new Promise((resolve) => setTimeout(resolve, 100)); // a second listener would deliver again by now
    expect(after.ids.filter((id) => id < 1000)).toEqual([1, 2, 3]);
    await after.stop();
  });
}

describe('the channel, in-process', () => channelTests(() => createEventChannel()));

describeWithRedis('the channel, through Redis', () => {
  let redis: PrivateRedis;
  beforeAll(async () => {
    redis = await PrivateRedis.start();
  });
  afterAll(async () => {
    await redis?.close();
  });
  channelTests(() => createEventChannel({ redisUrl: redis.url, prefix: `haizhi-test:event_channel:${process.pid}:` }));
});
