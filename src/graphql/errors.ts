/**
 * Error codes a client can branch on (extensions.code), and the errors the API raises with them.
 * Messages are written for the person reading them: what was wrong and what to do instead.
 * Nothing here depends on Apollo: the WebSocket path formats the same errors.
 */
import { GraphQLError } from 'graphql';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One broken input rule: where it sits in the input (`input.serviceAreaM2`) and what is wrong. */
export interface InputProblem {
  path: string;
  message: string;
}

export class BadUserInputError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...details } });
  }

  /** Several broken rules at once: the message lists them all, `problems` names each path. */
  static of(problems: InputProblem[]): BadUserInputError {
    const message = problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
    return new BadUserInputError(message, { argument: problems[0]?.path, problems });
  }
}

/**
 * No credential where one is needed (`credential: false`: the rest of the response still stands), or
 * a credential that is malformed, expired or revoked (`credential: true`: the whole request is
 * refused with HTTP 401; it is never treated as anonymous).
 */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string, { credential = false }: { credential?: boolean } = {}) {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, ...(credential ? { http: { status: 401 } } : {}) } });
  }
}

/** A known caller asking for what their role or scope does not allow. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND, ...details } });
  }
}

/**
 * The request is valid but the data moved on: an illegal transition, a stale version, a cap that
 * would be passed. `details` names the current state (currentStatus, currentVersion, remainingCny).
 */
export class ConflictError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...details } });
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
