/**
 * Operations as they arrive over WebSocket and SSE, parsed and validated as Apollo does over HTTP
 * (graphql-js's specified rules plus the same limit rules, src/pipeline/limits.ts), with the same
 * error codes. Documents are cached by their text, so ten thousand subscribers who send the same
 * subscription parse and validate it once, and share one document object (which the executor and
 * the fan-out key their own caches on). Only the checks that depend on the text alone are cached
 * here: cost and the caller's rights are checked per operation (src/pipeline/pipeline.ts).
 */
import { DocumentNode, GraphQLError, GraphQLSchema, parse, ParseOptions, specifiedRules, validate, ValidationRule } from 'graphql';
import { LRUCache } from 'lru-cache';
import { parseFailure, validationFailures } from '../pipeline/errors';

/** A document that passed; or the errors that refuse it, with the document when it parsed (refusals report its cost). */
export type Checked = { document: DocumentNode; errors?: undefined } | { document?: DocumentNode; errors: readonly GraphQLError[] };

export interface DocumentRules {
  /** Rules beyond graphql-js's specified ones (the limits). */
  rules?: readonly ValidationRule[];
  parseOptions?: ParseOptions;
  max?: number;
}

export function createDocumentCache(schema: GraphQLSchema, { rules = [], parseOptions, max = 1000 }: DocumentRules = {}) {
  // Bounded by text size too: a thousand 1 MB texts must not sit in memory as keys.
  const cache = new LRUCache<string, Checked>({ max, maxSize: 8 * 1024 * 1024, sizeCalculation: (_checked, text) => Math.max(1, text.length) });
  const allRules = [...specifiedRules, ...rules];
  return (query: string): Checked => {
    let checked = cache.get(query);
    if (checked) return checked;
    let document: DocumentNode;
    try {
      document = parse(query, parseOptions);
    } catch (error) {
      checked = { errors: [parseFailure(error as GraphQLError)] };
      cache.set(query, checked);
      return checked;
    }
    const errors = validate(schema, document, allRules);
    checked = errors.length ? { document, errors: validationFailures(errors) } : { document };
    cache.set(query, checked);
    return checked;
  };
}
