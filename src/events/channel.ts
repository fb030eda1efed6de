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
import { createPubSub, PubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import Redis from 'ioredis';
import type { DomainEvent, Published } from './domain-events';

/** One topic per event type; its single argument is the published event. */
export type Topics = { [K in DomainEvent['type']]: [Published<Extract<DomainEvent, { type: K }>>] };

export type ChannelStatus = 'in-process' | 'up' | 'down';

export interface EventChannel {
  readonly pubsub: PubSub<Topics>;
  /** Hands a committed event to every instance's subscribers. */
  publish(event: Published): void;
  /** 'in-process' without Redis; with it, whether both connections are ready now. */
  status(): ChannelStatus;
  close(): Promise<void>;
}

export interface ChannelOptions {
  /** redis://… ; none keeps events in this process. */
  redisUrl?: string | null;
  /** Told when a Redis connection fails or comes back (never throws). */
  onRedisEvent?: (what: 'error' | 'ready' | 'end', detail?: unknown) => void;
}

/** Events must be plain, JSON-safe values: they cross Redis as JSON. */
export function createEventChannel({ redisUrl, onRedisEvent = () => {} }: ChannelOptions = {}): EventChannel {
  if (!redisUrl) {
    const pubsub = createPubSub<Topics>();
    return {
      pubsub,
      publish: (event) => pubsub.publish(event.type, event as never),
      status: () => 'in-process',
      close: async () => {},
    };
  }
  // Retry forever, backing off to 2 s: a Redis restart must not need a server restart.
  const options = { retryStrategy: (attempt: number) => Math.min(attempt * 100, 2000), maxRetriesPerRequest: null, lazyConnect: false };
  const publishClient = new Redis(redisUrl, options);
  const subscribeClient = new Redis(redisUrl, options);
  for (const client of [publishClient, subscribeClient]) {
    client.on('error', (error) => onRedisEvent('error', error));
    client.on('ready', () => onRedisEvent('ready'));
    client.on('end', () => onRedisEvent('end'));
  }
  const pubsub = createPubSub<Topics>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
  return {
    pubsub,
    publish: (event) => pubsub.publish(event.type, event as never),
    status: () => (publishClient.status === 'ready' && subscribeClient.status === 'ready' ? 'up' : 'down'),
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
