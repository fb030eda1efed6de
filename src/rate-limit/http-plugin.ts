/**
 * The rate limits over HTTP: Apollo's didResolveOperation comes after authentication, parsing and
 * validation and before execution, which is where an operation is charged. Every answer carries
 * the caller's x-ratelimit-* headers (one that was never charged, e.g. a parse error, reads the
 * budget without spending it); a refusal is HTTP 429 with Retry-After.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../context';
import { RateLimitedError } from '../graphql/errors';
import { rateLimitHeaders, RateLimits } from './rate-limits';

export function rateLimitPlugin(limits: RateLimits): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, request, operationName, response }) {
          const { viewer, client } = contextValue;
          const points = limits.pointsOf(document, request.variables, operationName);
          try {
            client.rateLimit = await limits.charge({ viewer, address: client.address }, points);
          } catch (error) {
            if (error instanceof RateLimitedError) response.http.headers.set('retry-after', String(error.extensions.retryAfterSeconds));
            throw error;
          }
        },
        async willSendResponse({ contextValue, response }) {
          // The context is missing only when Apollo could not build it (no caller to report on).
          if (!contextValue?.client) return;
          const { viewer, client } = contextValue;
          const status = client.rateLimit ?? (await limits.status({ viewer, address: client.address }));
          for (const [name, value] of rateLimitHeaders(status)) response.http.headers.set(name, value);
        },
      };
    },
  };
}
