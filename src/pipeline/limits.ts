/**
 * The limits that depend on the document alone (depth, aliases, directives, tokens), as graphql-js
 * validation rules and parse options: they run once per document text (Apollo's document store
 * and src/graphql/documents.ts cache what passed), over HTTP, WebSocket and SSE alike. The limits
 * that depend on variables (cost, `nodes(ids)`) are in cost.ts; the timeout is in pipeline.ts.
 *
 * Each refusal says which limit, its setting, the limit and what the document measured, and
 * carries `extensions.limit` ({ name, max, found }) for clients that branch on it.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import type { QueryLimits } from '../config';

export const VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED';

/** Which setting holds each limit (README's configuration table). */
export const LIMIT_SETTINGS = {
  depth: 'QUERY_MAX_DEPTH',
  aliases: 'QUERY_MAX_ALIASES',
  directives: 'QUERY_MAX_DIRECTIVES',
  tokens: 'QUERY_MAX_TOKENS',
  cost: 'QUERY_MAX_COST',
  nodeIds: 'QUERY_MAX_NODE_IDS',
  timeout: 'QUERY_TIMEOUT_SECONDS',
} as const;

export type LimitName = keyof typeof LIMIT_SETTINGS;

/** The refusal of one limit: the message names it, its setting, the limit and the measured value. */
export function limitError(name: LimitName, max: number, found: number | string, what: string, code = VALIDATION_FAILED): GraphQLError {
  return new GraphQLError(`${what}: found ${found}, the limit is ${max} (${LIMIT_SETTINGS[name]})`, {
    extensions: { code, limit: { name, max, found } },
  });
}

/**
 * graphql-armor's rules find the measure; their own error ("Syntax Error: … limit of N exceeded,
 * found M.") is turned into ours, reported to the validation context rather than thrown (a throw
 * would escape validate() as an internal error).
 */
function armor(name: LimitName, max: number, what: string, rule: (options: object) => ValidationRule): ValidationRule {
  const onReject = [
    (context: ValidationContext | null, error: GraphQLError) => {
      const found = /found (\d+)/.exec(error.message)?.[1];
      context?.reportError(limitError(name, max, found === undefined ? `more than ${max}` : Number(found), what));
    },
  ];
  return rule({ n: max, exposeLimits: true, propagateOnRejection: false, onReject });
}

/** The document-only limits, to add to graphql-js's specified rules. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [
    // Fragments flattened: a spread is not a level of the response (the directory query measures 8).
    armor('depth', limits.maxDepth, 'the query nests too deep', (options) => maxDepthRule({ ...options, flattenFragments: true })),
    armor('aliases', limits.maxAliases, 'the query has too many aliases', maxAliasesRule as (options: object) => ValidationRule),
    armor('directives', limits.maxDirectives, 'the query has too many directives', maxDirectivesRule as (options: object) => ValidationRule),
  ];
}

/**
 * The token limit is a parse option: graphql-js counts tokens as it lexes and stops at the first one
 * over (graphql-armor's max-tokens does the same with a parser of its own, which Apollo cannot be
 * given; Apollo does take parse options). The parse then stops early, so the count is "more than".
 */
export function parseOptions(limits: QueryLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

const TOKEN_LIMIT = /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/;

/** graphql-js's token refusal, said as the other limits are; null for any other error. */
export function tokenLimitError(error: GraphQLError): GraphQLError | null {
  const match = TOKEN_LIMIT.exec(error.message);
  if (!match) return null;
  const max = Number(match[1]);
  return limitError('tokens', max, `more than ${max}`, 'the document has too many tokens');
}
