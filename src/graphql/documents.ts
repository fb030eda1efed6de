/**
 * Operations as they arrive over WebSocket and SSE, parsed and validated as Apollo does over HTTP
 * (graphql-js's specified rules), with the same error codes: GRAPHQL_PARSE_FAILED and
 * GRAPHQL_VALIDATION_FAILED. Documents are cached by their text, so ten thousand subscribers who
 * send the same subscription parse and validate it once, and share one document object (which the
 * executor and the fan-out key their own caches on).
 */
import { DocumentNode, GraphQLError, GraphQLSchema, parse, validate } from 'graphql';
import { LRUCache } from 'lru-cache';

export type Checked = { document: DocumentNode } | { errors: readonly GraphQLError[] };

const withCode = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, originalError: error.originalError, extensions: { ...error.extensions, code } });

export function createDocumentCache(schema: GraphQLSchema, max = 1000) {
  const cache = new LRUCache<string, Checked>({ max });
  return (query: string): Checked => {
    let checked = cache.get(query);
    if (checked) return checked;
    try {
      const document = parse(query);
      const errors = validate(schema, document);
      checked = errors.length ? { errors: errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')) } : { document };
    } catch (error) {
      checked = { errors: [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')] };
    }
    cache.set(query, checked);
    return checked;
  };
}

/**
 * Errors from before execution that carry no code (variables that do not fit their types) are the
 * client's to fix, as Apollo says over HTTP: BAD_USER_INPUT. graphql-js keeps a scalar's own refusal
 * as the originalError of a variable's error (graphql-jit does not); anything else thrown from below
 * stays an internal error.
 */
export function withRequestCodes(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((error) =>
    error.extensions?.code || error.path || (error.originalError && !(error.originalError instanceof GraphQLError)) ? error : withCode(error, 'BAD_USER_INPUT'),
  );
}
