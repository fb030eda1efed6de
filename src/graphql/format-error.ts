/**
 * Shapes every error before it leaves the server, over HTTP and over WebSocket alike (so nothing
 * here may depend on Apollo): validation failures list each broken rule with where it sits, the
 * codes a client can act on pass through, and anything unexpected is logged in full but reaches
 * the client only as a code and a generic sentence (no stack traces, no SQL).
 */
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from 'pino';
import { ErrorCode } from './errors';
import { InputProblem } from '../domain-errors';
import { tokenLimitError } from '../pipeline/limits';

/** An operation that ran past QUERY_TIMEOUT_SECONDS (src/pipeline/pipeline.ts). */
export const TIMEOUT_CODE = 'OPERATION_TIMEOUT';

const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.RATE_LIMITED,
  ErrorCode.SERVICE_UNAVAILABLE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  TIMEOUT_CODE,
]);

/** The error a resolver threw, out of the GraphQLError that execution wrapped it in. */
export function unwrapResolverError(error: unknown): unknown {
  return error instanceof GraphQLError && error.path && error.originalError ? error.originalError : error;
}

/**
 * The code a client sees for an error once formatted (what /metrics and the logs count): the
 * formatter's own mapping, without formatting or logging anything.
 */
export function clientCodeOf(error: unknown): string {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) return ErrorCode.BAD_USER_INPUT;
  const code = String((error as GraphQLError | undefined)?.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  return CLIENT_CODES.has(code) ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export function createErrorFormatter(logger: Logger): ErrorFormatter {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      // The argument's name, when validation knew it (src/graphql/validation.ts), starts each path.
      const argument = (original.extensions as { argumentName?: string }).argumentName;
      const problems = ruleProblems(original.extensions.validationErrors as ValidationProblem[], argument ? [argument] : []);
      const depth = argument ? 1 : 0;
      // Messages name a rule's place relative to its argument ("introducedOn.from: ..."); a top-level
      // rule's message already names its field.
      const message = problems
        .map((p) => {
          const relative = p.path.split('.').slice(depth);
          return relative.length > 1 ? `${relative.join('.')}: ${p.message}` : p.message;
        })
        .join('; ');
      return {
        ...formatted,
        message: message || formatted.message,
        extensions: { code: ErrorCode.BAD_USER_INPUT, argument: problems[0]?.path, problems },
      };
    }
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (code === 'GRAPHQL_PARSE_FAILED') {
      // Apollo parses HTTP requests itself: its token-limit refusal is said as the other limits are.
      const limit = tokenLimitError(new GraphQLError(formatted.message));
      if (limit) return { message: limit.message, extensions: limit.extensions };
    }
    if (CLIENT_CODES.has(code)) {
      // The HTTP status an error asks for is for the transport, not for the client's payload.
      if (!formatted.extensions?.http) return formatted;
      const { http: _http, ...extensions } = formatted.extensions;
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving a request');
    return {
      message: 'Internal server error: the request could not be completed; it has been logged.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

interface ValidationProblem {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationProblem[];
}

/** Every broken rule, nested inputs included, with where it sits (filter.introducedOn.from). */
function ruleProblems(problems: ValidationProblem[], path: string[] = []): InputProblem[] {
  return problems.flatMap((problem) => {
    const here = [...path, problem.property];
    const own = Object.values(problem.constraints ?? {}).map((text) => ({ path: here.join('.'), message: text }));
    return [...own, ...ruleProblems(problem.children ?? [], here)];
  });
}
