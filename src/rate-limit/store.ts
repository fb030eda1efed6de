/**
 * Counters that expire, shared by every instance through Redis when REDIS_URL is set and kept in
 * this process otherwise (rate-limiter-flexible). A Redis outage never blocks a request: each
 * counter falls back to one in memory (its insurance limiter) until Redis answers again.
 *
 * Limits are compared here, not by the library: its counters are created with no ceiling of their
 * own, so one counter can serve callers whose limits differ (an API key's limit that STAFF changed
 * keeps the points it had spent).
 */
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** No ceiling of the library's own: every consume is counted and the caller compares. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

export interface Spent {
  /** Points spent in this window, this charge included. */
  used: number;
  /** When the window ends and the count starts again. */
  resetAt: Date;
}

/** One kind of counter (e.g. points per API key per hour). */
export class Counter {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    private readonly windowSeconds: number,
  ) {}

  /** Adds `points` to the key's count and says what it is now. */
  async add(key: string, points = 1): Promise<Spent> {
    return this.spent(await this.limiter.consume(key, points));
  }

  /** The key's count without adding to it. */
  async read(key: string): Promise<Spent> {
    const result = await this.limiter.get(key);
    return result ? this.spent(result) : { used: 0, resetAt: new Date(Date.now() + this.windowSeconds * 1000) };
  }

  /** Takes points back (a charge that was refused, a check that did not fail). */
  async refund(key: string, points = 1): Promise<void> {
    await this.limiter.reward(key, points);
  }

  async clear(key: string): Promise<void> {
    await this.limiter.delete(key);
  }

  /** Sets the key's count for its own time (e.g. a mark that lasts 30 days). */
  async mark(key: string, seconds: number): Promise<void> {
    await this.limiter.set(key, 1, seconds);
  }

  private spent(result: RateLimiterRes): Spent {
    return { used: result.consumedPoints, resetAt: new Date(Date.now() + result.msBeforeNext) };
  }
}

export interface CounterStore {
  /** Counters under `name`, each key's count lasting `windowSeconds` from its first point. */
  counter(name: string, windowSeconds: number): Counter;
  close(): Promise<void>;
}

/** In Redis (its own client, with the deployment's prefix) when `redisUrl` is set; in memory otherwise. */
export function createCounterStore({ redisUrl, prefix }: { redisUrl: string | null; prefix: string }): CounterStore {
  // Fails fast while Redis is away (no offline queue), so the insurance limiter answers at once.
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false, disconnectTimeout: 100 }) : null;
  redis?.on('error', () => undefined); // the insurance limiter covers the outage; readiness reports Redis (src/readiness.ts)
  return {
    counter(name, windowSeconds) {
      const memory = new RateLimiterMemory({ keyPrefix: `${prefix}${name}`, points: UNBOUNDED, duration: windowSeconds });
      const limiter = redis
        ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}${name}`, points: UNBOUNDED, duration: windowSeconds, insuranceLimiter: memory })
        : memory;
      return new Counter(limiter, windowSeconds);
    },
    async close() {
      if (!redis) return;
      // QUIT waits for Redis to answer; a client that is not connected is only stopped from retrying.
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
