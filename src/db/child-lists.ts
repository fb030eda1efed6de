/**
 * Paged child lists for many parents in one statement: `station.talents(first: 10)` under 50
 * stations is one query, `ROW_NUMBER() OVER (PARTITION BY parent ...)` keeping the first n + 1 rows
 * of each parent; their totalCounts are one GROUP BY more. Works on SQLite ≥ 3.25 and MySQL 8 /
 * MariaDB 10.2 alike. A list is described once (ChildList) and the SQL follows from it.
 */
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Page, PageWindow } from './keyset';
import { readRows } from './read-rows';
import type { RowScope } from './row-scope';
import { Projection, rowShape } from './rows';
import { ParameterBag } from './sql-params';
import { dataSourceOf, RowSource } from './transaction';

/** A list of `node` rows under a parent: through a foreign key on the node, or through a link table. */
export interface ChildList<N, L = never> {
  /**
   * What errors and logs call the list. The loaders key their caches by the ChildList object
   * itself, never by this name, so two lists cannot share a cache by a clash of names.
   */
  name: string;
  node: EntityTarget<N & ObjectLiteral>;
  /** One-to-many: the node's column naming the parent. */
  parentColumn?: string;
  /** Many-to-many: the link table whose rows are the edges (their columns become edge fields). */
  link?: { entity: EntityTarget<L & ObjectLiteral>; parentColumn: string; nodeColumn: string };
  /** A fixed SQL condition on the keyed table (alias k), e.g. `k.offshore_base_id IS NOT NULL`. */
  where?: string;
}

/** The columns to read of the node and of the link row (null: all). */
export interface ChildProjection {
  node: Projection;
  link: Projection;
}

export const ALL_COLUMNS: ChildProjection = { node: null, link: null };

/**
 * The caller's scope on a list: on its nodes, and on its link rows (an engagement on a
 * station.talents edge is a row of its own table and follows that table's rule, not the node's).
 */
export interface ChildScopes {
  node: RowScope | null;
  link: RowScope | null;
}

export const UNSCOPED: ChildScopes = { node: null, link: null };

/** One child: the node, the link row it came through (many-to-many only), and the key it is paged by. */
export interface ChildRow<N, L = never> {
  id: number;
  node: N;
  link: L;
}

/**
 * What each child is read into. The GraphQL layer passes its edge class, so a child is one object
 * from the statement to the response instead of a row wrapped in an edge.
 */
export type ChildRowClass<R> = new (id: number, node: any, link: any) => R;

export class PlainChildRow<N, L = never> implements ChildRow<N, L> {
  constructor(
    readonly id: number,
    readonly node: N,
    readonly link: L,
  ) {}
}

/** Whether an edge needs its link row: not when nothing but the link's id was asked for (the key carries it). */
function readsLink(projection: ChildProjection): boolean {
  return projection.link === null || projection.link.some((property) => property !== 'id');
}

/**
 * The SQL pieces of a list. Ranking runs over the narrow keyed rows only (an index serves parent
 * and id); whole rows are read afterwards for the few that make a page. Ranking whole joined rows
 * cost five times as much on MariaDB, and re-reading the link row by id another 1.5 ms per 5,000.
 */
function parts<N, L>(dataSource: DataSource, list: ChildList<N, L>, projection: ChildProjection = ALL_COLUMNS) {
  const escape = (name: string) => dataSource.driver.escape(name);
  const node = rowShape<N>(dataSource, list.node);
  if (list.link) {
    const nodeColumn = `k.${escape(list.link.nodeColumn)}`;
    const link = rowShape<L>(dataSource, list.link.entity);
    const linkProperties = readsLink(projection) ? link.projected(projection.link) : [];
    return {
      node,
      link: linkProperties.length ? link : null,
      keyed: `${escape(link.table)} k`,
      parent: `k.${escape(list.link.parentColumn)}`,
      // Link rows that point at no node of this list (an engagement at a base, not a station) are
      // not its edges: pages and counts both leave them out by this condition.
      linked: `${nodeColumn} IS NOT NULL`,
      /** The link columns ride along with the ranking; the node is joined to the ranked rows. */
      ranked: [...link.select('k', 'l_', linkProperties), `${nodeColumn} AS p__node`],
      outer: [...node.select('n', 'n_', projection.node), ...linkProperties.map((property) => `r.${escape(`l_${property}`)}`)],
      join: `JOIN ${escape(node.table)} n ON n.id = r.p__node`,
      /** The caller's scope on the node, inside the ranking so that pages and counts agree. */
      scoped: (scopes: ChildScopes, params: ParameterBag) => {
        const conditions: string[] = [];
        if (scopes.link) conditions.push(scopes.link('k', params));
        if (scopes.node) conditions.push(`EXISTS (SELECT 1 FROM ${escape(node.table)} s WHERE s.id = ${nodeColumn} AND ${scopes.node('s', params)})`);
        return conditions;
      },
    };
  }
  if (!list.parentColumn) throw new Error(`child list ${list.name} needs parentColumn or link`);
  const keyed = `${escape(node.table)} k`;
  return {
    node,
    link: null,
    keyed,
    parent: `k.${escape(list.parentColumn)}`,
    linked: null,
    ranked: [],
    outer: node.select('k', 'n_', projection.node),
    join: `JOIN ${keyed} ON k.id = r.p__key`,
    scoped: (scopes: ChildScopes, params: ParameterBag) => (scopes.node ? [scopes.node('k', params)] : []),
  };
}

/**
 * One page of children for each parent id, in one statement. Rows come back in no particular
 * order (sorting them in SQL cost MariaDB more than placing them here by rank).
 */
export async function fetchChildPages<N, L, R extends ChildRow<N, L> = ChildRow<N, L>>(
  source: RowSource,
  list: ChildList<N, L>,
  window: PageWindow,
  parentIds: readonly number[],
  projection: ChildProjection = ALL_COLUMNS,
  rowClass: ChildRowClass<R> = PlainChildRow as unknown as ChildRowClass<R>,
  /** The caller's scope on the list's nodes and link rows. */
  scopes: ChildScopes = UNSCOPED,
): Promise<Page<R>[]> {
  const forward = window.last === null;
  const limit = (forward ? window.first : window.last) ?? 0;
  if (limit === 0 || parentIds.length === 0) return parentIds.map(() => ({ rows: [], hasNextPage: false, hasPreviousPage: false }));

  const dataSource = dataSourceOf(source);
  const { node, link, keyed, parent, linked, ranked, outer, join, scoped } = parts(dataSource, list, projection);
  const params = new ParameterBag('s');
  const conditions = [`${parent} IN (:...parents)`];
  if (list.where) conditions.push(`(${list.where})`);
  // Ranked without them too: a link row to no node (a talent's engagement at a station, under
  // talent.offshoreBases) took a rank the join then dropped, leaving a hole in the page.
  if (linked) conditions.push(linked);
  if (window.after) conditions.push('k.id > :after');
  if (window.before) conditions.push('k.id < :before');
  conditions.push(...scoped(scopes, params));
  const direction = forward ? 'ASC' : 'DESC';
  const sql = `SELECT ${[...outer, 'r.p__key', 'r.p__parent', 'r.p__rank'].join(', ')}
      FROM (
        SELECT ${[...ranked, 'k.id AS p__key', `${parent} AS p__parent`].join(', ')},
               ROW_NUMBER() OVER (PARTITION BY ${parent} ORDER BY k.id ${direction}) AS p__rank
          FROM ${keyed}
         WHERE ${conditions.join(' AND ')}
      ) r
      ${join}
     WHERE r.p__rank <= :take`;
  const [query, parameters] = dataSource.driver.escapeQueryWithParameters(
    sql,
    { parents: [...parentIds], after: window.after?.id, before: window.before?.id, take: limit + 1, ...params.values },
  );
  const readNode = node.reader('n_', projection.node);
  const readLink = link ? link.reader('l_', projection.link) : null;
  return readRows(source, query, parameters, (raw) => {
    // Each parent's rows, placed by rank (1 = first in the direction of travel); rank limit + 1
    // only says that more rows lie beyond the page.
    const byParent = new Map<number, R[]>();
    const more = new Set<number>();
    for (const row of raw) {
      const parentId = Number(row.p__parent);
      const rank = Number(row.p__rank);
      if (rank > limit) {
        more.add(parentId);
        continue;
      }
      let rows = byParent.get(parentId);
      if (!rows) byParent.set(parentId, (rows = []));
      rows[rank - 1] = new rowClass(Number(row.p__key), readNode(row), readLink ? readLink(row) : undefined);
    }
    return parentIds.map((id) => {
      const rows = byParent.get(id) ?? [];
      if (!forward) rows.reverse();
      return forward
        ? { rows, hasNextPage: more.has(id), hasPreviousPage: window.after !== null }
        : { rows, hasNextPage: window.before !== null, hasPreviousPage: more.has(id) };
    });
  });
}

/** How many children each parent has (as the caller may see them), in one GROUP BY. */
export async function countChildren(
  source: RowSource,
  list: ChildList<unknown, unknown>,
  parentIds: readonly number[],
  scopes: ChildScopes = UNSCOPED,
): Promise<number[]> {
  if (parentIds.length === 0) return [];
  const dataSource = dataSourceOf(source);
  const { keyed, linked, parent, scoped } = parts(dataSource, list);
  const params = new ParameterBag('s');
  const conditions = [`${parent} IN (:...parents)`];
  if (list.where) conditions.push(`(${list.where})`);
  if (linked) conditions.push(linked);
  conditions.push(...scoped(scopes, params));
  const [query, parameters] = dataSource.driver.escapeQueryWithParameters(
    `SELECT ${parent} AS parent, COUNT(*) AS total FROM ${keyed} WHERE ${conditions.join(' AND ')} GROUP BY ${parent}`,
    { parents: [...parentIds], ...params.values },
  );
  return readRows<{ parent: number | string; total: number | string }, number[]>(source, query, parameters, (rows) => {
    const totals = new Map(rows.map((row) => [Number(row.parent), Number(row.total)]));
    return parentIds.map((id) => totals.get(id) ?? 0);
  });
}
