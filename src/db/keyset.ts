/**
 * Keyset pagination: a page is `WHERE (sort, id) beyond the cursor ORDER BY sort, id LIMIT n + 1`,
 * never OFFSET, so page 1,000 costs what page 1 costs. Works forwards (first/after) and backwards
 * (last/before); the extra row tells whether more rows lie in the direction of travel.
 */
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { readRows } from './read-rows';
import { Projection, rowShape } from './rows';
import { dataSourceOf, RowSource } from './transaction';
import { Where } from './where';

export type Direction = 'ASC' | 'DESC';

/** What a list is ordered by: one column, then id as the tie-breaker. */
export interface SortKey {
  /** Name clients see in cursors and orderBy (e.g. "APPROVAL_YEAR"). */
  name: string;
  /** Column on the list's table (alias t). */
  column: string;
  /** Property of the row object holding the column's value. */
  property: string;
  direction: Direction;
  /**
   * For a list whose default order used to be by id: where a cursor of that order (`after: <id>`,
   * issued before the change and perhaps stored by a client) stands in this one. Without it such a
   * cursor is refused.
   */
  fromIdCursor?: (id: number) => Position;
}

/** A position in a sorted list: the sort value and id of a row. */
export interface Position {
  value: string | number | null;
  id: number;
}

/** A validated page request: exactly one of first/last is set. */
export interface PageWindow {
  first: number | null;
  after: Position | null;
  last: number | null;
  before: Position | null;
}

export interface Page<T> {
  rows: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export const ID_SORT: SortKey = { name: 'ID', column: 'id', property: 'id', direction: 'ASC' };

/** Restricts the list (alias t) to rows strictly beyond `position` when walking in `direction`. */
export function whereBeyond(where: Where, sort: SortKey, direction: Direction, position: Position, alias = 't'): void {
  const op = direction === 'ASC' ? '>' : '<';
  const id = `${alias}.id`;
  if (sort.column === 'id') {
    where.add(`${id} ${op} ${where.bind(position.id)}`);
    return;
  }
  const column = `${alias}.${sort.column}`;
  const value = where.bind(position.value);
  where.add(`(${column} ${op} ${value} OR (${column} = ${value} AND ${id} ${op} ${where.bind(position.id)}))`);
}

export function flip(direction: Direction): Direction {
  return direction === 'ASC' ? 'DESC' : 'ASC';
}

/** The conditions a list's rows meet (its filter and the caller's scope), on alias t. */
export type Conditions = (where: Where) => void;

/**
 * Runs one keyset page over `entity`'s table (alias t). `conditions` are the list's own and the
 * caller's scope; the same ones serve the count, so a page and its totalCount always agree.
 */
export async function fetchPage<T extends { id: number }>(
  source: RowSource,
  entity: EntityTarget<T & ObjectLiteral>,
  sort: SortKey,
  window: PageWindow,
  conditions?: Conditions,
  /** The properties to read (the sort column and id among them); null reads every column. */
  projection: Projection = null,
): Promise<Page<T>> {
  const forward = window.last === null;
  const limit = (forward ? window.first : window.last) ?? 0;
  if (limit === 0) return { rows: [], hasNextPage: false, hasPreviousPage: false };
  const dataSource = dataSourceOf(source);
  const shape = rowShape<T>(dataSource, entity);
  const qb = dataSource.createQueryBuilder().select(shape.select('t', '', projection)).from(shape.table, 't');
  const where = new Where(qb);
  conditions?.(where);
  if (window.after) whereBeyond(where, sort, sort.direction, window.after);
  if (window.before) whereBeyond(where, sort, flip(sort.direction), window.before);
  const direction = forward ? sort.direction : flip(sort.direction);
  if (sort.column !== 'id') qb.orderBy(`t.${sort.column}`, direction);
  qb.addOrderBy('t.id', direction).limit(limit + 1);
  const [query, parameters] = qb.getQueryAndParameters();
  const { rows, more } = await readRows(source, query, parameters, (raw) => ({
    rows: raw.slice(0, limit).map(shape.reader('', projection)),
    more: raw.length > limit,
  }));
  if (!forward) rows.reverse();
  return forward
    ? { rows, hasNextPage: more, hasPreviousPage: window.after !== null }
    : { rows, hasNextPage: window.before !== null, hasPreviousPage: more };
}

export async function countRows<T>(source: RowSource, entity: EntityTarget<T & ObjectLiteral>, conditions?: Conditions): Promise<number> {
  const dataSource = dataSourceOf(source);
  const qb = dataSource.createQueryBuilder().select('COUNT(*)', 'total').from(rowShape(dataSource, entity).table, 't');
  conditions?.(new Where(qb));
  const [query, parameters] = qb.getQueryAndParameters();
  return readRows<{ total: number | string }, number>(source, query, parameters, (rows) => Number(rows[0]?.total ?? 0));
}
