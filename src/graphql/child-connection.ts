/** Resolves a paged child list (station.talents, organization.partnerStations, ...) as a connection, through the request's loaders. */
import type { ChildList, ChildRow } from '../db/child-lists';
import { ID_SORT } from '../db/keyset';
import type { Loaders } from '../db/loaders';
import { Connection, PageArgs, toConnection, toWindow } from './connection';

export type EdgeOf<N, L, E> = (row: ChildRow<N, L>, cursor: string) => E;

export async function childConnection<N, L = never, E extends { cursor: string } = { cursor: string; node: N }>(
  loaders: Loaders,
  list: ChildList<N, L>,
  parentId: number,
  args: PageArgs,
  edge: EdgeOf<N, L, E> = (row, cursor) => ({ cursor, node: row.node }) as unknown as E,
): Promise<Connection<E>> {
  const page = await loaders.children(list, toWindow(args, ID_SORT)).load(parentId);
  return toConnection(page, ID_SORT, () => loaders.childCount(list as ChildList<unknown, unknown>).load(parentId), edge);
}
