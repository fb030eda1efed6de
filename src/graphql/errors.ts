/**
 * Error codes a client can branch on (extensions.code), and the errors only the API's transports
 * raise: a missing or bad credential, a rate limit, the database away. The domain's own refusals
 * (bad input, forbidden, not found, conflict) are src/domain-errors.ts, mapped to these codes in
 * src/pipeline/errors.ts. Nothing here depends on Apollo: the WebSocket path formats the same errors.
 */
import { GraphQLError } from 'graphql';
import { EnumValue, valuesEnum } from './enum-type';

export const ErrorCode = valuesEnum([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);
export type ErrorCode = EnumValue<typeof ErrorCode>;

/**
 * No credential where one is needed (`credential: false`: the rest of the response still stands), or
 * a credential that is malformed, expired or revoked (`credential: true`: the whole request is
 * refused with HTTP 401; it is never treated as anonymous).
 */
export class UnauthenticatedError extends GraphQLError {
  /** For a refused credential, what was wrong in a few words ("token expired", "API key revoked"): a WebSocket's close reason, which holds 123 bytes. */
  readonly problem: string | null;

  constructor(message: string, { credential = false, problem = null }: { credential?: boolean; problem?: string | null } = {}) {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, ...(credential ? { http: { status: 401 } } : {}) } });
    this.problem = problem;
  }
}

export class RateLimitedError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, { extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds, http: { status: 429 } } });
  }
}

/** What a client reads while the database is down or restarting: what happened, and what to do. */
export const DATABASE_UNAVAILABLE =
  'the database is not answering right now; retry in a few seconds (a create retried with the same idempotencyKey takes effect once)';

/**
 * The request as a whole could not be served (the database is not answering): HTTP 503 with
 * Retry-After, so clients and proxies back off and retry rather than treat it as a fault of theirs.
 */
export class ServiceUnavailableError extends GraphQLError {
  constructor(message: string = DATABASE_UNAVAILABLE, retryAfterSeconds = 5) {
    super(message, {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds, http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }
}
