/**
 * The one place that reaches past TypeORM's public API to the database driver underneath.
 *
 * TypeORM's `dataSource.query` costs a query runner, a promise wrapper and a copy of the rows per
 * statement (src/db/read-rows.ts says what each costs), so the hot read path goes to the driver
 * itself: mysql2's pool, or better-sqlite3's connection. Each dialect's adapter (mysql.ts,
 * sqlite.ts) owns that reach, and everything else asks this interface. test/db-driver.test.ts runs
 * the same cases against both databases: binding, the rows' value types, errors, transactions.
 *
 * What the adapters promise alike:
 * - `bind` turns TypeORM-style named parameters (`:name`, `:...list` for a list) into the
 *   statement and positional values the driver takes (TypeORM's own escaping: SQLite gets
 *   booleans as 1/0 and dates as UTC text, numbers written into the statement).
 * - `read` runs one statement outside any transaction and hands its rows to `read` before the
 *   driver's array is emptied; a refused statement rejects with TypeORM's QueryFailedError (its
 *   `driverError` is what src/db/sql-errors.ts reads), and every statement reaches TypeORM's logger.
 * - A read never sees another transaction's uncommitted rows (SQLite's reads wait for it to end).
 * - Past a budget's deadline no read starts (BudgetSpentError); MariaDB/MySQL also stop a running one.
 * Writes, transactions and migrations stay with TypeORM's public API (query runners, the manager).
 */
import type { Dialect } from '../data-source';
import type { StatementBudget } from '../transaction';

/** How busy the connections are (/metrics, src/observability/database-pool.ts). */
export interface PoolUse {
  /** Connections open (or 1 for SQLite's single one). */
  all: number;
  /** Of those, idle. */
  free: number;
  /** Requests waiting for a connection. */
  queued: number;
  /** The most the pool may open. */
  limit: number;
}

export interface SqlDriver {
  readonly dialect: Dialect;
  /** An identifier (table, column, alias) quoted for the dialect. */
  escape(identifier: string): string;
  /** `:name` and `:...list` parameters to the driver's placeholders and values, in order. */
  bind(sql: string, parameters: Record<string, unknown>): [string, unknown[]];
  /** Runs one read outside any transaction: see the file's header. */
  read<Raw, R>(query: string, parameters: unknown[], read: (rows: Raw[]) => R, budget: StatementBudget | null): Promise<R>;
  /** The connections' use now, counted by nobody per query: read when asked. */
  poolUse(): PoolUse;
}
