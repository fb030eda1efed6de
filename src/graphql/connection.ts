/**
 * Relay cursor connections (edges, pageInfo, totalCount) shared by every paged list. Cursors are
 * opaque to clients; inside they carry the keyset position (the row id), never an OFFSET.
 */
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { KeysetPage } from '../db/keyset';
import { BadUserInputError } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page sits in the whole list.' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class ForwardPageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items to return (0–${MAX_PAGE_SIZE}).` })
  @Min(0, { message: 'first must be 0 or more' })
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}; ask for the next page with after: pageInfo.endCursor` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (pageInfo.endCursor of the previous page).' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number | Promise<number>;
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field({ description: 'Opaque position of this edge, for after/before.' })
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds, across all pages.' })
    totalCount: number;
  }
  return ConnectionClass;
}

const CURSOR_PREFIX = 'k1:';

export function encodeCursor(id: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64url');
}

/** Turns a client's cursor back into a keyset position; anything we did not issue is a clear input error. */
export function decodeCursor(cursor: string | null | undefined, argument = 'after'): number | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(id) || id < 0) {
    throw new BadUserInputError(`${argument} is not a cursor this API issued; pass pageInfo.endCursor or an edge's cursor unchanged`, {
      argument,
    });
  }
  return id;
}

/**
 * Builds a connection from one keyset page. totalCount is a getter so its COUNT(*) runs only when
 * the client asks for it.
 */
export function toConnection<T extends { id: number }>(
  page: KeysetPage<T>,
  hasPreviousPage: boolean,
  count: () => Promise<number>,
): Connection<T> {
  const edges = page.rows.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return count();
    },
  };
}
