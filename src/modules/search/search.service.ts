/**
 * `search`: the query read as terms, checked, one statement for the page (search-query.ts), the
 * records loaded through the caller's loaders (so row scope holds twice), and each edge's
 * highlights worked out from the fields the caller may read.
 */
import type { AppContext } from '../../context';
import { FIELD_RULES } from '../../auth/field-rules';
import { BadUserInputError } from '../../domain-errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../graphql/connection';
import { typeNameOf } from '../../graphql/type-names';
import { highlight, type Highlight } from './highlights';
import { SEARCH_COUNT, SEARCH_PAGE, type SearchHit, type SearchPosition, type SearchRequest } from './search-query';
import { SEARCHED_TYPES, SearchType, searchedType } from './search-types';
import type { SearchConnection, SearchEdge, SearchFilter, SearchHighlight } from './search.types';
import { queryTerms } from './text';

/** Longest query read, in characters: a search box's worth, not a document. */
export const MAX_QUERY_LENGTH = 200;
/** Most terms one query may ask for (each is one range of the index to read). */
export const MAX_QUERY_TERMS = 16;

const CURSOR_VERSION = 's1';

export interface SearchArgs {
  query: string;
  types?: SearchType[] | null;
  filter?: SearchFilter | null;
  first?: number | null;
  after?: string | null;
}

function encodeCursor(hit: SearchPosition): string {
  return Buffer.from(JSON.stringify([CURSOR_VERSION, hit.score, hit.type, hit.id])).toString('base64url');
}

function decodeCursor(cursor: string): SearchPosition {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  if (Array.isArray(parts) && parts[0] === CURSOR_VERSION && Number.isSafeInteger(parts[1]) && Object.values(SearchType).includes(parts[2]) && Number.isSafeInteger(parts[3])) {
    return { score: parts[1] as number, type: parts[2] as string, id: parts[3] as number };
  }
  throw new BadUserInputError('after is not a cursor search issued; pass pageInfo.endCursor of the previous page of the same search unchanged', { argument: 'after' });
}

/** The query's terms, or a BAD_USER_INPUT that says what a query needs. */
export function termsOf(query: string): string[] {
  if ([...query].length > MAX_QUERY_LENGTH) throw new BadUserInputError(`query may be at most ${MAX_QUERY_LENGTH} characters long`, { argument: 'query' });
  const terms = queryTerms(query);
  if (terms.length === 0) {
    throw new BadUserInputError('query has nothing to search by: give a word of two or more letters or digits, or two or more Chinese characters', { argument: 'query' });
  }
  if (terms.length > MAX_QUERY_TERMS) {
    throw new BadUserInputError(`query asks for ${terms.length} terms; at most ${MAX_QUERY_TERMS} (every word, and every pair of neighbouring Chinese characters, is one)`, { argument: 'query' });
  }
  return terms;
}

export async function search(args: SearchArgs, context: AppContext): Promise<SearchConnection> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 0 || first > MAX_PAGE_SIZE) throw new BadUserInputError(`first must be between 0 and ${MAX_PAGE_SIZE}; page on with after`, { argument: 'first' });
  const terms = termsOf(args.query);
  const request: SearchRequest = {
    terms,
    types: args.types?.length ? [...new Set(args.types)] : SEARCHED_TYPES.map(({ type }) => type),
    isGenerated: args.filter?.isGenerated ?? null,
    viewer: context.viewer,
    after: args.after ? decodeCursor(args.after) : null,
    limit: first + 1,
  };
  const hits = first === 0 ? [] : await context.loaders.batch(SEARCH_PAGE).load(request);
  const page = hits.slice(0, first);
  const termSet = new Set(terms);
  const edges = (await Promise.all(page.map((hit) => edgeOf(hit, termSet, context)))).filter((edge): edge is SearchEdge => edge !== null);
  return {
    edges,
    pageInfo: {
      hasNextPage: hits.length > first,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return context.loaders.batch(SEARCH_COUNT).load(request);
    },
    terms,
  } as unknown as SearchConnection;
}

async function edgeOf(hit: SearchHit, terms: ReadonlySet<string>, context: AppContext): Promise<SearchEdge | null> {
  const searched = searchedType(hit.type);
  const row = (await context.loaders.byId(searched.entity as never).load(hit.id)) as (Record<string, unknown> & { id: number }) | null;
  if (!row) return null; // gone since the index was read, or out of scope
  const typeName = typeNameOf(searched.entity, row as { kind?: unknown });
  const node = Object.assign(Object.create(Object.getPrototypeOf(row)) as object, row, { __typename: typeName });
  const highlights: SearchHighlight[] = [];
  for (const { property, field, pinyin } of searched.fields) {
    const value = row[property];
    if (typeof value !== 'string' || !value) continue;
    if (!(await mayRead(typeName, field, row, context))) continue;
    const found: Highlight | null = highlight(field, value, terms, pinyin === true);
    if (found) highlights.push({ ...found, snippet: found.parts.map((part) => (part.matched ? `<mark>${part.text}</mark>` : part.text)).join('') });
  }
  return { cursor: encodeCursor(hit), node: node as unknown as SearchEdge["node"], score: hit.score / 10, highlights };
}

/** Whether the caller may read `field` of the row: the field rule that guards it (src/auth/field-rules.ts), if any. */
async function mayRead(typeName: string, field: string, row: object, context: AppContext): Promise<boolean> {
  const rule = FIELD_RULES.find((candidate) => candidate.type === typeName && candidate.fields.includes(field));
  return rule ? rule.allows(row, context) : true;
}
