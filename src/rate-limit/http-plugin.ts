/**
 * The rate limits over HTTP. An operation is charged by the pipeline once it is admitted (after
 * authentication, parsing, validation and the query limits, before it runs: src/pipeline/), through
 * `chargeHttpOperation`; this plugin then puts the caller's x-ratelimit-* headers on every answer
 * (one that was never charged, e.g. a parse error, reads the budget without spending it), and a
 * refusal's Retry-After. The refusal itself is HTTP 429 through its error's `http` extension.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ExecutionArgs } from 'graphql';
import type { AppContext } from '../context';
import { ErrorCode, RateLimitedError } from '../graphql/errors';
import { chargeOperation, rateLimitHeaders, RateLimits } from './rate-limits';

/** Charges an admitted HTTP operation: null when it may run, the refusal (RATE_LIMITED) otherwise. */
export async function chargeHttpOperation(limits: RateLimits, context: AppContext, args: ExecutionArgs): Promise<RateLimitedError | null> {
  try {
    context.client.rateLimit = await chargeOperation(limits, { viewer: context.viewer, address: context.client.address }, args);
    return null;
  } catch (error) {
    if (error instanceof RateLimitedError) return error;
    throw error;
  }
}

export function rateLimitPlugin(limits: RateLimits): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          // The context is missing only when Apollo could not build it (no caller to report on).
          if (!contextValue?.client) return;
          const { viewer, client } = contextValue;
          const status = client.rateLimit ?? (await limits.status({ viewer, address: client.address }));
          for (const [name, value] of rateLimitHeaders(status)) response.http.headers.set(name, value);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const refusal = errors?.find((error) => error.extensions?.code === ErrorCode.RATE_LIMITED);
          if (refusal) response.http.headers.set('retry-after', String(refusal.extensions!.retryAfterSeconds));
        },
      };
    },
  };
}
