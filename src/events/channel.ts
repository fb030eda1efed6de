/**
 * The channel committed events travel on to subscribers, on this instance and on every other: the
 * maintained GraphQL pub/sub of @graphql-yoga/subscription, in-process by default, and through Redis
 * (its Redis event target over ioredis) when REDIS_URL is set. Every instance, the publisher
 * included, receives each event from the channel, so a subscriber on any instance sees what a
 * mutation on any other committed.
 *
 * ioredis reconnects by itself and re-subscribes after Redis restarts; while it is away,
 * `status()` says so (/readyz reports it), and publishes wait in ioredis' offline queue. A client
 * that lost events in between pages from its last cursor (docs/api.md, "Catching up").
 */
import { createPubSub, PubSub, Repeater } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import Redis from 'ioredis';
import type { DomainEvent, Published } from './domain-events';

/** One topic per event type; its single argument is the published event. */
export type Topics = { [K in DomainEvent['type']]: [Published<Extract<DomainEvent, { type: K }>>] };

/** Redis channels are named `haizhi:<event type>` unless REDIS_CHANNEL_PREFIX says otherwise. */
export const DEFAULT_PREFIX = 'haizhi:';

export type ChannelStatus = 'in-process' | 'up' | 'down';

export interface EventChannel {
  /** Hands a committed event to every instance's subscribers. */
  publish(event: Published): void;
  /**
   * Committed events of one type, from every instance, from now on (ends when its iterator returns);
   * only those `matches` accepts, if given: it runs as the event arrives, before anything is queued.
   */
  subscribe<K extends keyof Topics>(topic: K, matches?: (event: Topics[K][0]) => boolean): AsyncIterable<Topics[K][0]>;
  /** 'in-process' without Redis; with it, whether both connections are ready now. */
  status(): ChannelStatus;
  close(): Promise<void>;
}

export interface ChannelOptions {
  /** redis://… ; none keeps events in this process. */
  redisUrl?: string | null;
  /** Starts every Redis channel's name, so that deployments (or test runs) sharing a Redis do not hear each other. */
  prefix?: string;
  /** Told when a Redis connection fails or comes back (never throws). */
  onRedisEvent?: (what: 'error' | 'ready' | 'end', detail?: unknown) => void;
}

/** Events must be plain, JSON-safe values: they cross Redis as JSON. */
export function createEventChannel({ redisUrl, prefix = DEFAULT_PREFIX, onRedisEvent = () => {} }: ChannelOptions = {}): EventChannel {
  if (!redisUrl) return channelOver(createPubSub(), prefix, () => 'in-process', async () => {});
  // Retry forever, backing off to 2 s: a Redis restart must not need a server restart.
  const options = { retryStrategy: (attempt: number) => Math.min(attempt * 100, 2000), maxRetriesPerRequest: null, lazyConnect: false };
  const publishClient = new Redis(redisUrl, options);
  const subscribeClient = new Redis(redisUrl, options);
  for (const client of [publishClient, subscribeClient]) {
    client.on('error', (error) => onRedisEvent('error', error));
    client.on('ready', () => onRedisEvent('ready'));
    client.on('end', () => onRedisEvent('end'));
  }
  return channelOver(
    createPubSub({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) }),
    prefix,
    () => (publishClient.status === 'ready' && subscribeClient.status === 'ready' ? 'up' : 'down'),
    async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  );
}

/**
 * The channel over a pub/sub whose topics are the event types, each under `prefix`.
 *
 * This instance listens to each topic once, however many subscribe: an event is handed to each
 * local subscriber whose `matches` accepts it, and only those queue it. With 10,000 subscribers,
 * one listener each on the pub/sub's EventTarget made every subscribe and unsubscribe walk all the
 * others (Node's EventTarget checks for duplicates), and queued every event for every subscriber
 * before its filter could refuse it.
 */
function channelOver(pubsub: PubSub<Record<string, [unknown]>>, prefix: string, status: () => ChannelStatus, close: () => Promise<void>): EventChannel {
  type Deliver = (event: Published) => void;
  const topics = new Map<string, { subscribers: Set<Deliver>; events: AsyncIterator<unknown> }>();

  function listen(topic: string, deliver: Deliver): () => void {
    let local = topics.get(topic);
    if (!local) {
      const subscribers = new Set<Deliver>();
      const events = pubsub.subscribe(`${prefix}${topic}`)[Symbol.asyncIterator]();
      topics.set(topic, (local = { subscribers, events }));
      void (async () => {
        for (let next = await events.next(); !next.done; next = await events.next()) {
          for (const each of subscribers) each(next.value as Published);
        }
      })();
    }
    const { subscribers, events } = local;
    subscribers.add(deliver);
    return () => {
      subscribers.delete(deliver);
      if (subscribers.size > 0 || topics.get(topic)?.subscribers !== subscribers) return;
      topics.delete(topic);
      void events.return?.();
    };
  }

  return {
    publish: (event) => pubsub.publish(`${prefix}${event.type}`, event),
    subscribe: <K extends keyof Topics>(topic: K, matches: (event: Topics[K][0]) => boolean = () => true) =>
      new Repeater<Topics[K][0]>(async (push, stop) => {
        const leave = listen(topic, (event) => {
          try {
            if (matches(event as Topics[K][0])) void push(event as Topics[K][0]);
          } catch (error) {
            stop(error); // this subscriber's stream ends with the error; the others go on
          }
        });
        await stop;
        leave();
      }),
    status,
    close,
  };
}
