/**
 * Shapes every error before it leaves the server: validation failures list each broken rule in the
 * message, and unexpected errors are logged in full but reach the client only as a code and a
 * generic sentence (no stack traces or SQL).
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from 'pino';
import { ErrorCode } from './errors';

const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const message = ruleMessages(original.extensions.validationErrors as ValidationProblem[]).join('; ');
      return { ...formatted, message: message || formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (CLIENT_CODES.has(code)) return formatted;
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

/** Every broken rule, nested inputs included, each prefixed with where it sits (filter.introducedOn.from). */
function ruleMessages(problems: ValidationProblem[], path: string[] = []): string[] {
  return problems.flatMap((problem) => {
    const here = [...path, problem.property];
    const own = Object.values(problem.constraints ?? {}).map((text) => (path.length ? `${here.join('.')}: ${text}` : text));
    return [...own, ...ruleMessages(problem.children ?? [], here)];
  });
}
