/**
 * Relay cursor connections (edges, pageInfo, totalCount) shared by every list that can grow.
 * Cursors are opaque to clients; inside they carry the keyset position (sort value and id) and the
 * ordering they belong to, never an OFFSET.
 */
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { timestampText } from '../db/columns';
import type { Page, PageWindow, Position, SortKey } from '../db/keyset';
import { BadUserInputError } from '../domain-errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page sits in the whole list.', simpleResolvers: true })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page (ask again with after: endCursor).' })
  hasNextPage: boolean;

  @Field({ description: 'Whether items come before this page (ask again with before: startCursor).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "The first edge's cursor; null when the page is empty." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The last edge's cursor; null when the page is empty." })
  endCursor: string | null;
}

/** Page sizes are checked by hand in toWindow: this runs for every parent of every child list. */
function checkSize(name: string, value: number | null): void {
  if (value === null) return;
  if (value < 0) throw new BadUserInputError(`${name} must be 0 or more`, { argument: name });
  if (value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`${name} must be at most ${MAX_PAGE_SIZE}; page through longer lists with the cursors in pageInfo`, { argument: name });
  }
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Items from the start (or after \`after\`), at most ${MAX_PAGE_SIZE}. Default ${DEFAULT_PAGE_SIZE} when neither first nor last is given.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Start after this cursor (pageInfo.endCursor of the previous page).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Items from the end (or before \`before\`), at most ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'End before this cursor (pageInfo.startCursor of the next page).' })
  before?: string | null;
}

const CURSOR_VERSION = 'c1';

/** The cursor of a row in a list ordered by `sort`. */
export function encodeCursor(sort: SortKey, row: Record<string, unknown>): string {
  const value = row[sort.property];
  // A timestamp sort value goes in as the column's own text, so the keyset compares it as stored.
  const position = sort.column === 'id' ? [row.id] : [value instanceof Date ? timestampText(value) : value, row.id];
  return Buffer.from(JSON.stringify([CURSOR_VERSION, sort.name, ...position])).toString('base64url');
}

/** A client's cursor back to a position; anything we did not issue, or issued for another order, is an input error. */
export function decodeCursor(cursor: string, sort: SortKey, argument: string): Position {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  const fail = (why: string) =>
    new BadUserInputError(`${argument} ${why}; pass a cursor from this list's edges or pageInfo unchanged`, { argument });
  if (!Array.isArray(parts) || parts[0] !== CURSOR_VERSION) throw fail('is not a cursor this API issued');
  if (parts[1] === 'ID' && sort.name !== 'ID' && sort.fromIdCursor && Number.isSafeInteger(parts[2])) return sort.fromIdCursor(parts[2] as number);
  if (parts[1] !== sort.name) throw fail(`belongs to a list ordered by ${String(parts[1])}, not ${sort.name}`);
  const [id, value] = sort.column === 'id' ? [parts[2], parts[2]] : [parts[3], parts[2]];
  if (!Number.isSafeInteger(id) || (typeof value !== 'string' && typeof value !== 'number')) {
    throw fail('is not a cursor this API issued');
  }
  return { id: id as number, value: value as string | number };
}

/** Checks the page arguments together and turns cursors into positions. */
export function toWindow(args: PageArgs, sort: SortKey): PageWindow {
  const { first = null, last = null } = args;
  checkSize('first', first);
  checkSize('last', last);
  if (first !== null && last !== null) {
    throw new BadUserInputError('pass first or last, not both: first pages forward from the start or `after`, last backward from the end or `before`');
  }
  return {
    first: first === null && last === null ? DEFAULT_PAGE_SIZE : first,
    last,
    after: args.after ? decodeCursor(args.after, sort, 'after') : null,
    before: args.before ? decodeCursor(args.before, sort, 'before') : null,
  };
}

/** Declares a `<Name>Edge` type carrying `node`; subclass it to add fields the relationship has. */
export function EdgeType<T extends object>(nodeType: ClassType<T> | Function) {
  @ObjectType({ simpleResolvers: true })
  abstract class Edge {
    @Field({ description: 'Opaque position of this edge, for after/before.' })
    cursor: string;

    @Field(() => nodeType, { description: 'The item itself.' })
    node: T;
  }
  return Edge;
}

/** Declares a connection type over an edge type. */
export function ConnectionType<E extends object>(edgeType: ClassType<E>) {
  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionClass {
    @Field(() => [edgeType], { description: 'The items of this page, in the list\'s order, each with its cursor.' })
    edges: E[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list, and the cursors to page on.' })
    pageInfo: PageInfo;

    // Not simple: the value is a promise (counted only when asked), and graphql-jit awaits only
    // fields that have a resolver.
    @Field(() => Int, { description: 'How many items the whole list holds, across all pages.', simple: false })
    totalCount: number;
  }
  return ConnectionClass;
}

/** `<Name>Edge` and `<Name>Connection` for a list whose edges carry nothing but the node. */
export function NodeConnection<T extends object>(nodeType: ClassType<T> | Function, name: string) {
  return NamedConnection(EdgeType<T>(nodeType), name, { description: `A page of ${name} items.` });
}

/**
 * `<Name>Edge` and `<Name>Connection` for a list whose edges carry a link row's fields besides the
 * node: `LinkConnection(EngagementEdge(Talent), 'StationTalent', 'A talent engaged at ...')`.
 */
export function LinkConnection(edgeType: abstract new () => object, name: string, edgeDescription: string) {
  return NamedConnection(edgeType, name, { edgeDescription });
}

/**
 * The LinkConnection maker of one link table's lists, e.g. `linkConnections(EngagementEdge, 'engagement')`:
 * `(Talent, 'StationTalent', 'A talent engaged at the station')` makes the connection whose edges
 * carry the engagement, and says so in the edge's description.
 */
export function linkConnections(edgeOf: (nodeType: Function) => abstract new () => object, link: string) {
  return (nodeType: Function, name: string, node: string) => LinkConnection(edgeOf(nodeType), name, `${node}, with the ${link} on the edge.`);
}

function NamedConnection(edgeType: abstract new () => object, name: string, descriptions: { description?: string; edgeDescription?: string }) {
  // An edge that carries nothing but its node still says what it is.
  const edgeDescription = descriptions.edgeDescription ?? `One item of a page of ${name} items, with its cursor.`;
  @ObjectType(`${name}Edge`, { description: edgeDescription, simpleResolvers: true })
  class NamedEdge extends edgeType {}

  @ObjectType(`${name}Connection`, { description: descriptions.description ?? `A page of ${name} items (each edge: ${edgeDescription.replace(/\.$/, '')}).`, simpleResolvers: true })
  class NamedConnectionType extends ConnectionType(NamedEdge) {}
  return NamedConnectionType;
}

export interface Connection<E> {
  edges: E[];
  pageInfo: PageInfo;
  totalCount: number | Promise<number>;
}

/** An edge over a row of a root list: the row is the node; the cursor is encoded only if asked. */
export class RowEdge<R extends Record<string, unknown> = Record<string, unknown>> {
  constructor(
    private readonly sort: SortKey,
    readonly node: R,
  ) {}

  get cursor(): string {
    return encodeCursor(this.sort, this.node);
  }
}

/** pageInfo of one keyset page: the cursors are encoded only if the client asks for them. */
export class LazyPageInfo implements PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;

  constructor(
    private readonly page: Page<object>,
    private readonly sort: SortKey,
  ) {
    this.hasNextPage = page.hasNextPage;
    this.hasPreviousPage = page.hasPreviousPage;
  }

  get startCursor(): string | null {
    const rows = this.page.rows;
    return rows.length ? encodeCursor(this.sort, rows[0] as Record<string, unknown>) : null;
  }

  get endCursor(): string | null {
    const rows = this.page.rows;
    return rows.length ? encodeCursor(this.sort, rows[rows.length - 1] as Record<string, unknown>) : null;
  }
}

/**
 * Builds a connection from one keyset page of a root list. `edge` wraps a row as its edge (by
 * default the row is the node). Cursors are encoded and totalCount counted only if the client asks.
 */
export function toConnection<R extends Record<string, any>>(
  page: Page<R>,
  sort: SortKey,
  count: () => Promise<number>,
  edge: (row: R) => object = (row) => new RowEdge(sort, row),
): Connection<object> {
  return {
    edges: page.rows.map(edge),
    pageInfo: new LazyPageInfo(page, sort),
    get totalCount() {
      return count();
    },
  };
}
