/**
 * Keyset pagination: a page is `WHERE (sort, id) beyond the cursor ORDER BY sort, id LIMIT n + 1`,
 * never OFFSET, so page 1,000 costs what page 1 costs. Works forwards (first/after) and backwards
 * (last/before); the extra row tells whether more rows lie in the direction of travel.
 */
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { readRows } from './read-rows';
import { Projection, rowShape } from './rows';

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

let parameterSequence = 0;

/** Restricts `qb` (alias t) to rows strictly beyond `position` when walking in `direction`. */
export function whereBeyond(qb: SelectQueryBuilder<ObjectLiteral>, sort: SortKey, direction: Direction, position: Position, alias = 't'): void {
  const op = direction === 'ASC' ? '>' : '<';
  const n = ++parameterSequence % 1_000_000;
  const id = `${alias}.id`;
  if (sort.column === 'id') {
    qb.andWhere(`${id} ${op} :k_id_${n}`, { [`k_id_${n}`]: position.id });
    return;
  }
  const column = `${alias}.${sort.column}`;
  qb.andWhere(`(${column} ${op} :k_v_${n} OR (${column} = :k_v_${n} AND ${id} ${op} :k_id_${n}))`, {
    [`k_v_${n}`]: position.value,
    [`k_id_${n}`]: position.id,
  });
}

export function flip(direction: Direction): Direction {
  return direction === 'ASC' ? 'DESC' : 'ASC';
}

/**
 * Runs one keyset page over `entity`'s table (alias t). `filter` adds the list's own conditions;
 * the same function serves the count, so a page and its totalCount always agree.
 */
export async function fetchPage<T extends { id: number }>(
  dataSource: DataSource,
  entity: EntityTarget<T & ObjectLiteral>,
  sort: SortKey,
  window: PageWindow,
  filter?: (qb: SelectQueryBuilder<ObjectLiteral>) => void,
  /** The properties to read (the sort column and id among them); null reads every column. */
  projection: Projection = null,
): Promise<Page<T>> {
  const forward = window.last === null;
  const limit = (forward ? window.first : window.last) ?? 0;
  if (limit === 0) return { rows: [], hasNextPage: false, hasPreviousPage: false };
  const shape = rowShape<T>(dataSource, entity);
  const qb = dataSource.createQueryBuilder().select(shape.select('t', '', projection)).from(shape.table, 't');
  filter?.(qb);
  if (window.after) whereBeyond(qb, sort, sort.direction, window.after);
  if (window.before) whereBeyond(qb, sort, flip(sort.direction), window.before);
  const direction = forward ? sort.direction : flip(sort.direction);
  if (sort.column !== 'id') qb.orderBy(`t.${sort.column}`, direction);
  qb.addOrderBy('t.id', direction).limit(limit + 1);
  const [query, parameters] = qb.getQueryAndParameters();
  const { rows, more } = await readRows(dataSource, query, parameters, (raw) => ({
    rows: raw.slice(0, limit).map(shape.reader('', projection)),
    more: raw.length > limit,
  }));
  if (!forward) rows.reverse();
  return forward
    ? { rows, hasNextPage: more, hasPreviousPage: window.after !== null }
    : { rows, hasNextPage: window.before !== null, hasPreviousPage: more };
}

export async function countRows<T>(
  dataSource: DataSource,
  entity: EntityTarget<T & ObjectLiteral>,
  filter?: (qb: SelectQueryBuilder<ObjectLiteral>) => void,
): Promise<number> {
  const qb = dataSource.createQueryBuilder().select('COUNT(*)', 'total').from(rowShape(dataSource, entity).table, 't');
  filter?.(qb);
  const [query, parameters] = qb.getQueryAndParameters();
  return readRows<{ total: number | string }, number>(dataSource, query, parameters, (rows) => Number(rows[0]?.total ?? 0));
}
