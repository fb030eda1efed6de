/**
 * What the domain says when it refuses: services, the write kit, the CLI and background jobs throw
 * these, and know nothing of GraphQL. Each carries a code a caller can branch on and details that
 * name the current state (currentStatus, currentVersion, remainingCny, the input's path). The one
 * mapper to a GraphQL error, for every transport, is graphqlErrorOf in src/pipeline/errors.ts.
 * Messages are written for the person reading them: what was wrong and what to do instead.
 */

export enum DomainErrorCode {
  /** The input breaks a rule: fix it and send it again. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The caller's role or scope does not allow it. */
  FORBIDDEN = 'FORBIDDEN',
  /** An id names no record (or none the caller may see). */
  NOT_FOUND = 'NOT_FOUND',
  /** Valid, but the data moved on: an illegal transition, a stale version, a cap that would be passed. */
  CONFLICT = 'CONFLICT',
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** One broken input rule: where it sits in the input (`input.serviceAreaM2`) and what is wrong. */
export interface InputProblem {
  path: string;
  message: string;
}

export class BadUserInputError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(DomainErrorCode.BAD_USER_INPUT, message, details);
  }

  /** Several broken rules at once: the message lists them all, `problems` names each path. */
  static of(problems: InputProblem[]): BadUserInputError {
    const message = problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
    return new BadUserInputError(message, { argument: problems[0]?.path, problems });
  }
}

/** A known caller asking for what their role or scope does not allow. */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(DomainErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(DomainErrorCode.NOT_FOUND, message, details);
  }
}

/** The request is valid but the data moved on; `details` names the current state. */
export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(DomainErrorCode.CONFLICT, message, details);
  }
}
