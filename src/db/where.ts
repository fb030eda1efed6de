/**
 * The conditions of a list's filter, on alias t: each method takes the criterion as the client gave
 * it and does nothing when it is absent, so a filter reads as one line per field. Values are always
 * bound, never spliced.
 */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { containsPattern, FOLD_FUNCTION, foldForMatching, LIKE_ESCAPE } from './like';
import { Binder, builderBinder } from './sql-params';

export interface Range<T> {
  from?: T | null;
  to?: T | null;
}

export class Where implements Binder {
  private readonly binder: Binder;

  constructor(readonly qb: SelectQueryBuilder<ObjectLiteral>) {
    this.binder = builderBinder(qb);
  }

  bind(value: unknown): string {
    return this.binder.bind(value);
  }

  /** A condition as SQL, its values already bound through bind(). */
  add(sql: string): this {
    this.qb.andWhere(sql);
    return this;
  }

  equals(column: string, value: unknown): this {
    return value === null || value === undefined ? this : this.add(`${column} = ${this.bind(value)}`);
  }

  /** `column IN (...)`; an empty list matches nothing (MySQL rejects `IN ()`). */
  in(column: string, values: readonly unknown[] | null | undefined): this {
    if (!values) return this;
    return this.add(values.length ? `${column} IN (${this.bind([...values])})` : '1 = 0');
  }

  /**
   * `EXISTS (subquery)` whose subquery takes the list as `:values`; an empty list matches nothing.
   * e.g. `w.existsIn(ids, (list) => \`SELECT 1 FROM station_research_field f WHERE f.station_id = t.id AND f.research_field_id IN (${list})\`)`.
   */
  existsIn(values: readonly unknown[] | null | undefined, subquery: (list: string) => string): this {
    if (!values) return this;
    return this.add(values.length ? `EXISTS (${subquery(this.bind([...values]))})` : '1 = 0');
  }

  /** `EXISTS (subquery)` when wanted is true, `NOT EXISTS` when false, nothing when absent. */
  exists(wanted: boolean | null | undefined, subquery: string): this {
    if (wanted === null || wanted === undefined) return this;
    return this.add(`${wanted ? '' : 'NOT '}EXISTS (${subquery})`);
  }

  /** A boolean column (SQLite and MySQL both store booleans as 1/0). */
  flag(column: string, value: boolean | null | undefined): this {
    return value === null || value === undefined ? this : this.add(`${column} = ${this.bind(value ? 1 : 0)}`);
  }

  /** Both ends included; either may be open. */
  range<T>(column: string, range: Range<T> | null | undefined): this {
    if (range?.from !== null && range?.from !== undefined) this.add(`${column} >= ${this.bind(range.from)}`);
    if (range?.to !== null && range?.to !== undefined) this.add(`${column} <= ${this.bind(range.to)}`);
    return this;
  }

  /**
   * Any of the columns contains the text, ignoring case, accents and width (（1） matches (1)): the
   * database's collation does that on MariaDB, the registered fold function on SQLite (src/db/like.ts).
   */
  contains(columns: readonly string[], text: string | null | undefined): this {
    if (!text) return this;
    if (this.qb.connection.options.type !== 'better-sqlite3') {
      const pattern = this.bind(containsPattern(text));
      return this.add(`(${columns.map((column) => `${column} LIKE ${pattern} ${LIKE_ESCAPE}`).join(' OR ')})`);
    }
    // Folded before escaping: a full-width ％ folds to %, which must then match literally.
    const pattern = this.bind(containsPattern(foldForMatching(text)));
    return this.add(`(${columns.map((column) => `${FOLD_FUNCTION}(${column}) LIKE ${pattern} ${LIKE_ESCAPE}`).join(' OR ')})`);
  }
}

/** A list's own conditions, given the criteria in row ids. */
export type Filter<C> = (where: Where, criteria: C) => void;
