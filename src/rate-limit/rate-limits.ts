/**
 * Hourly budgets of points, as GitHub counts them: one per API key, one per account, one per
 * anonymous address. An operation is charged once, after it is authenticated and validated and
 * before it runs; over the budget it is refused (RATE_LIMITED, HTTP 429, retryAfterSeconds) and
 * costs nothing. Transport-free: HTTP (./http-plugin.ts), WebSocket and SSE call the same charge.
 */
import type { DocumentNode } from 'graphql';
import type { Viewer } from '../auth/viewer';
import type { RateLimitConfig } from '../config';
import { RateLimitedError } from '../graphql/errors';
import type { Counter, CounterStore } from './store';

/** A caller's budget after this operation's charge (GitHub's `rateLimit`). */
export interface RateLimitStatus {
  limit: number;
  remaining: number;
  used: number;
  resetAt: Date;
  /** What this operation cost, in points (0 when nothing was charged). */
  cost: number;
}

/** Who pays: the credential's bucket, or the address's for an anonymous caller. */
export interface RateLimitCaller {
  viewer: Viewer;
  address: string;
}

/** The points an operation costs: src/server.ts gives pointsForFetches of the pipeline's fetch count (src/pipeline/cost.ts). */
export type PointsOf = (document: DocumentNode, variables: Record<string, unknown> | null | undefined, operationName: string | null | undefined) => number;

/** GitHub's rule: a request costs the connection fetches it needs divided by 100, at least 1 point. */
export function pointsForFetches(fetches: number): number {
  return Math.max(1, Math.ceil(fetches / 100));
}

export class RateLimits {
  private readonly counter: Counter;

  constructor(
    private readonly config: RateLimitConfig,
    store: CounterStore,
    /** One point each unless told otherwise (the server passes the fetch count's points). */
    readonly pointsOf: PointsOf = () => 1,
  ) {
    this.counter = store.counter('rate', config.windowSeconds);
  }

  /** Spends `points` of the caller's budget, or throws RateLimitedError (and spends nothing) when they would pass it. */
  async charge(caller: RateLimitCaller, points: number): Promise<RateLimitStatus> {
    const { key, limit, who } = this.bucketOf(caller);
    const spent = await this.counter.add(key, points);
    if (spent.used > limit) {
      // A refused operation costs nothing: the budget left stays for smaller ones.
      await this.counter.refund(key, points);
      const seconds = Math.max(1, Math.ceil((spent.resetAt.getTime() - Date.now()) / 1000));
      const left = Math.max(0, limit - (spent.used - points));
      throw new RateLimitedError(
        `rate limit passed: ${who} may spend ${limit} points an hour, ${left} are left and this operation costs ${points}; try again in ${seconds} seconds (at ${spent.resetAt.toISOString()})`,
        seconds,
      );
    }
    return { limit, remaining: limit - spent.used, used: spent.used, resetAt: spent.resetAt, cost: points };
  }

  /** The caller's budget without charging. */
  async status(caller: RateLimitCaller): Promise<RateLimitStatus> {
    const { key, limit } = this.bucketOf(caller);
    const spent = await this.counter.read(key);
    const used = Math.min(spent.used, limit);
    return { limit, remaining: limit - used, used, resetAt: spent.resetAt, cost: 0 };
  }

  private bucketOf({ viewer, address }: RateLimitCaller): { key: string; limit: number; who: string } {
    if (viewer.apiKeyId !== null) return { key: `key:${viewer.apiKeyId}`, limit: viewer.rateLimitPerHour ?? this.config.apiKeyPerHour, who: 'this API key' };
    if (viewer.accountId !== null) return { key: `account:${viewer.accountId}`, limit: this.config.accountPerHour, who: 'this account' };
    return { key: `address:${address}`, limit: this.config.anonymousPerHour, who: 'an anonymous caller at your address' };
  }
}

/** The x-ratelimit-* headers of a status, as GitHub sends them (reset in epoch seconds). */
export function rateLimitHeaders(status: RateLimitStatus): [string, string][] {
  return [
    ['x-ratelimit-limit', String(status.limit)],
    ['x-ratelimit-remaining', String(status.remaining)],
    ['x-ratelimit-used', String(status.used)],
    ['x-ratelimit-reset', String(Math.ceil(status.resetAt.getTime() / 1000))],
  ];
}

/**
 * Charges one operation of a real-time transport (a subscription once, at subscribe), as the HTTP
 * plugin does: null when rate limits are off, RateLimitedError when over the budget.
 */
export async function chargeOperation(
  limits: RateLimits | null | undefined,
  caller: RateLimitCaller,
  args: { document: DocumentNode; variableValues?: Record<string, unknown> | null; operationName?: string | null },
): Promise<RateLimitStatus | null> {
  if (!limits) return null;
  return limits.charge(caller, limits.pointsOf(args.document, args.variableValues, args.operationName));
}
