/**
 * The channel committed events travel on to subscribers, on this instance and on every other: in
 * this process by default, and through Redis pub/sub (ioredis) when REDIS_URL is set. Every
 * instance, the publisher included, receives each event from the channel, so a subscriber on any
 * instance sees what a mutation on any other committed.
 *
 * When Redis is away (docs/real-time.md, "When Redis is away"), nothing waits for it and nothing
 * piles up: a publish is counted as unpublished and dropped (the publishing client has no offline
 * queue), and the subscribing client's queue holds at most one SUBSCRIBE per event type. ioredis
 * reconnects by itself and subscribes again; when the subscription is back, `onResumed` listeners
 * hear it: the subscribers open then may have missed events, and the transports tell them to
 * reconnect and catch up by cursor (src/realtime/realtime.ts). `status()` says whether Redis is
 * there (/readyz reports it).
 *
 * The Redis side is ours (a handler per channel, one SUBSCRIBE each) rather than
 * @graphql-yoga/redis-event-target's: that one drops the promises of its PUBLISHes and SUBSCRIBEs.
 * With ioredis' offline queue it queued publishes without bound while Redis was away; without it,
 * each publish then would be an unhandled rejection, which ends the process in Node's default mode.
 */
import { Repeater } from '@graphql-yoga/subscription';
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
  /** Events this instance could not hand to Redis since it started (Redis was away): counted, never queued. */
  unpublished(): number;
  /**
   * Calls `listener` each time the Redis subscription is ready again after it was away (or ready at
   * last, when Redis was down at start-up): subscribers open then may have missed events from any
   * instance. Never called without Redis. Returns the function that stops listening.
   */
  onResumed(listener: () => void): () => void;
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
  if (!redisUrl) {
    const listeners = new Map<string, Deliver>();
    return channelOver({
      // Off the publisher's stack (an after-commit effect), as a pub/sub would.
      publish: (event) => queueMicrotask(() => listeners.get(event.type)?.(event)),
      listen: (topic, deliver) => void listeners.set(topic, deliver),
      status: () => 'in-process',
      unpublished: () => 0,
      onResumed: () => () => {},
      close: async () => {},
    });
  }
  // Retry forever, backing off to 2 s: a Redis restart must not need a server restart. A client
  // that is not connected is closed in 100 ms rather than ioredis' 2 s (its timer held the process
  // open that long after close()).
  const options = { retryStrategy: (attempt: number) => Math.min(attempt * 100, 2000), lazyConnect: false, disconnectTimeout: 100 };
  // Publishes fail at once while Redis is away instead of queueing in ioredis.
  const publishClient = new Redis(redisUrl, { ...options, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // SUBSCRIBEs wait for Redis however long it takes: one per event type, each sent once.
  const subscribeClient = new Redis(redisUrl, { ...options, maxRetriesPerRequest: null });
  for (const client of [publishClient, subscribeClient]) {
    client.on('error', (error) => onRedisEvent('error', error));
    client.on('ready', () => onRedisEvent('ready'));
    client.on('end', () => onRedisEvent('end'));
  }
  const handlers = new Map<string, Deliver>();
  subscribeClient.on('message', (channel: string, message: string) => {
    const deliver = handlers.get(channel);
    if (!deliver) return;
    let event: Published;
    try {
      event = JSON.parse(message) as Published;
    } catch (error) {
      onRedisEvent('error', error); // not one of ours: whoever shares the prefix sent something else
      return;
    }
    deliver(event);
  });
  let unpublished = 0;
  const resumed = new Set<() => void>();
  subscribeClient.on('ready', () => {
    for (const listener of resumed) listener();
  });
  return channelOver({
    publish: (event) => {
      publishClient.publish(`${prefix}${event.type}`, JSON.stringify(event)).catch(() => {
        unpublished += 1;
      });
    },
    listen: (topic, deliver) => {
      handlers.set(`${prefix}${topic}`, deliver);
      // Fails only when the channel closes before Redis came back; ioredis subscribes again after each reconnect.
      subscribeClient.subscribe(`${prefix}${topic}`).catch(() => undefined);
    },
    status: () => (publishClient.status === 'ready' && subscribeClient.status === 'ready' ? 'up' : 'down'),
    unpublished: () => unpublished,
    onResumed: (listener) => {
      resumed.add(listener);
      return () => void resumed.delete(listener);
    },
    close: async () => {
      resumed.clear();
      handlers.clear();
      // QUIT lets Redis answer what was sent; a client that is not connected is only stopped from retrying.
      await Promise.all(
        [publishClient, subscribeClient].map((client) => (client.status === 'ready' ? client.quit().then(() => undefined, () => client.disconnect()) : client.disconnect())),
      );
    },
  });
}

type Deliver = (event: Published) => void;

/** What differs between the in-process channel and the Redis one. */
interface Transport extends Pick<EventChannel, 'publish' | 'status' | 'unpublished' | 'onResumed' | 'close'> {
  /** Starts hearing one topic (called once per topic), handing each of its events to `deliver`. */
  listen(topic: string, deliver: Deliver): void;
}

/**
 * The channel over a transport whose topics are the event types.
 *
 * This instance listens to each topic once, however many subscribe: an event is handed to each
 * local subscriber whose `matches` accepts it, and only those queue it. With 10,000 subscribers,
 * one listener each made every subscribe and unsubscribe walk all the others, and queued every
 * event for every subscriber before its filter could refuse it. A topic, once listened to, stays
 * listened to until the channel closes (there are seven): subscribers coming and going while Redis
 * is away then queue no SUBSCRIBE and UNSUBSCRIBE pairs in ioredis, and a newcomer's topic is
 * usually live already.
 */
function channelOver({ listen: hear, ...transport }: Transport): EventChannel {
  const topics = new Map<string, Set<Deliver>>();

  function listen(topic: string, deliver: Deliver): () => void {
    let subscribers = topics.get(topic);
    if (!subscribers) {
      const local = (subscribers = new Set<Deliver>());
      topics.set(topic, local);
      hear(topic, (event) => {
        for (const each of local) each(event);
      });
    }
    subscribers.add(deliver);
    return () => void subscribers.delete(deliver);
  }

  return {
    ...transport,
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
    async close() {
      topics.clear();
      await transport.close();
    },
  };
}
