/**
 * A root collection (`stations(first, after, filter, orderBy)`), described once: the entity, its
 * ordering and its filter. The resolver's body is one call; paging, decoding the filter's ids,
 * projection, the caller's scope and totalCount are the same for every list.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Loaders } from '../db/loaders';
import type { Filter } from '../db/where';
import { Connection, PageArgs, toConnection, toWindow } from './connection';
import { decodeFilter } from './filter-fields';
import type { OrderInput, Ordering } from './ordering';
import { rootProjection } from './projection';

export interface RootList<T, C> {
  entity: EntityTarget<T & ObjectLiteral> & Function;
  ordering: Ordering<string>;
  /** The list's conditions on alias t, from the criteria in row ids. */
  filter: Filter<C>;
}

export function rootList<T, C>(entity: EntityTarget<T & ObjectLiteral> & Function, ordering: Ordering<string>, filter: Filter<C>): RootList<T, C> {
  return { entity, ordering, filter };
}

export async function rootConnection<T extends { id: number }, C>(
  loaders: Loaders,
  list: RootList<T, C>,
  page: PageArgs,
  filter: object | null | undefined,
  orderBy: OrderInput<string> | null | undefined,
  info: GraphQLResolveInfo,
): Promise<Connection<object>> {
  const sort = list.ordering.sort(orderBy);
  const window = toWindow(page, sort);
  const criteria = decodeFilter<C>(filter);
  const conditions = (where: Parameters<Filter<C>>[0]) => list.filter(where, criteria);
  const rows = await loaders.page<T>(list.entity, sort, window, conditions, rootProjection(info, list.entity, sort));
  return toConnection(rows, sort, () => loaders.count(list.entity, conditions));
}
