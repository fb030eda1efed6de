/**
 * The one place error codes are settled, whatever executed the operation and whichever way it came:
 * a client must see the same code, message and path for the same mistake over HTTP, WebSocket and
 * SSE, under graphql-jit and graphql-js. src/graphql/format-error.ts then shapes what leaves.
 */
import { DocumentNode, getOperationAST, getVariableValues, GraphQLError, GraphQLSchema } from 'graphql';
import { isDatabaseUnreachable } from '../db/sql-errors';
import { DomainError } from '../domain-errors';
import { ErrorCode, ServiceUnavailableError } from '../graphql/errors';
import { tokenLimitError } from './limits';

const withCode = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });

const DATABASE_UNAVAILABLE_ERROR = new ServiceUnavailableError();

/**
 * The one mapper from the domain's refusals to what a client reads: the domain error's code as
 * extensions.code, its details beside it, at the place in the operation where it was thrown.
 */
export function graphqlErrorOf(domain: DomainError, located?: GraphQLError): GraphQLError {
  const error = new GraphQLError(domain.message, { path: located?.path, originalError: domain, extensions: { code: domain.code, ...domain.details } });
  (error as { locations?: unknown }).locations = located?.locations;
  return error;
}

/** A parse failure: the token limit said as a limit, anything else GRAPHQL_PARSE_FAILED. */
export function parseFailure(error: GraphQLError): GraphQLError {
  return tokenLimitError(error) ?? withCode(error, 'GRAPHQL_PARSE_FAILED');
}

/** Validation failures (graphql-js's rules and our limits) carry GRAPHQL_VALIDATION_FAILED unless a rule chose its own. */
export function validationFailures(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((error) => (error.extensions?.code ? error : withCode(error, 'GRAPHQL_VALIDATION_FAILED')));
}

/**
 * Codes for errors that came out of execution without one:
 * - graphql-jit builds its errors without `extensions` (and frozen): each is rebuilt as a regular
 *   GraphQLError carrying its original error's extensions, path and locations;
 * - a variable that does not fit its type (no path: nothing ran) is the client's input to fix,
 *   BAD_USER_INPUT. graphql-js keeps a scalar's own refusal as the originalError, jit does not;
 * - the database not answering (down, restarting) is SERVICE_UNAVAILABLE with a sentence to act
 *   on, never an internal error: nothing was wrong with the request, and it may be retried;
 * - a domain error (src/domain-errors.ts) is said with its code and details (graphqlErrorOf);
 * - anything else thrown from below stays without a code, so the formatter calls it internal.
 */
export function normaliseErrors(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((error) => {
    if (error.extensions?.code) return error;
    const original = error.originalError as (Error & { extensions?: Record<string, unknown> }) | undefined;
    if (original instanceof DomainError) return graphqlErrorOf(original, error);
    if (original && isDatabaseUnreachable(original)) {
      const unavailable = new GraphQLError(DATABASE_UNAVAILABLE_ERROR.message, { path: error.path, originalError: original, extensions: DATABASE_UNAVAILABLE_ERROR.extensions });
      (unavailable as { locations?: unknown }).locations = error.locations;
      return unavailable;
    }
    const badInput = !error.path && (/^Variable "\$/.test(error.message) || !original || original instanceof GraphQLError);
    const rebuilt = new GraphQLError(error.message, {
      path: error.path,
      originalError: original,
      extensions: { ...(original?.extensions ?? {}), ...(badInput ? { code: ErrorCode.BAD_USER_INPUT } : {}) },
    });
    (rebuilt as { locations?: unknown }).locations = error.locations;
    return rebuilt;
  });
}

/**
 * graphql-jit's own coercion names the innermost variable it made up (`$statuses`) and neither the
 * path nor a suggestion; graphql-js's says `Variable "$f" got invalid value "ACTIV" at
 * "f.statuses[0]"; … Did you mean the enum value "ACTIVE"?`. When jit refuses variables, graphql-js
 * coerces them again to say why: only on that error path, so a good request pays nothing.
 */
export function variableErrors(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): GraphQLError[] | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 50 });
  return coerced.errors ? normaliseErrors(coerced.errors) : null;
}

/** Whether a result is jit's refusal of the variables (no data, only variable errors). */
export function refusedVariables(errors: readonly GraphQLError[] | undefined, data: unknown): boolean {
  return !!errors?.length && data === undefined && errors.every((error) => !error.path && /^Variable "\$/.test(error.message));
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** A message without graphql-js's "Did you mean …?" (which tells a stranger the schema's names). */
export function withoutSuggestions(message: string): string {
  return message.includes('Did you mean') ? message.replace(SUGGESTION, '').trimEnd() : message;
}
