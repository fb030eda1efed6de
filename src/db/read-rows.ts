/**
 * Read statements on the hot path, straight to the driver's pool where there is one.
 *
 * TypeORM's `dataSource.query` on MySQL makes a query runner per statement. It takes a pooled
 * connection and wraps it in mysql2's promise API, which adds event listeners to the connection
 * and captures a stack trace. It broadcasts before- and after-query events, copies the rows into a
 * second array, and releases the connection through a further promise. None of that changes what
 * a read returns. On the peer query that is three statements per request, and each one returns
 * up to 1,344 rows. Writes, transactions and migrations stay with TypeORM. SQLite
 * (better-sqlite3, synchronous) also goes through TypeORM: no pool to skip to.
 *
 * Statements still pass through TypeORM's logger, so logging and the tests' statement counts see
 * them. Pooled reads run outside any transaction, so a read that must see a write transaction's
 * own changes passes the transaction (src/db/transaction.ts) as its source and runs on its query
 * runner. On SQLite a read outside a transaction waits while one is open: they share the one
 * connection, and the read would see rows that may yet be rolled back.
 */
import type { DataSource } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import { isBudgeted, isTx, RowSource, sqliteGate, StatementBudget } from './transaction';

interface CallbackPool {
  query(sql: string, values: unknown[], callback: (error: Error | null, rows: unknown) => void): void;
}

/** A read of an operation that has already been answered OPERATION_TIMEOUT: it is not started. */
export class BudgetSpentError extends Error {
  constructor() {
    super('the operation ran past its time limit (QUERY_TIMEOUT_SECONDS): this read was not started');
    this.name = 'BudgetSpentError';
  }
}

/**
 * The statement as sent under a budget: the server stops it at the operation's deadline, so a read
 * of a timed-out operation is not left running (or waiting on a lock). MariaDB's SET STATEMENT
 * max_statement_time (seconds) covers every statement; MySQL's MAX_EXECUTION_TIME hint (ms) covers
 * SELECTs. The statement is logged as written, without the prefix.
 */
function bounded(type: string, query: string, budget: StatementBudget | null): string {
  if (!budget || budget.deadline === Infinity) return query;
  // Rounded up: the server's clock for the statement starts when it arrives, so it stops it at or after the deadline.
  const ms = Math.max(1, Math.ceil(budget.deadline - Date.now()));
  if (type === 'mariadb') return `SET STATEMENT max_statement_time=${(ms / 1000).toFixed(3)} FOR ${query}`;
  return query.replace(/^\s*SELECT\b/i, (select) => `${select} /*+ MAX_EXECUTION_TIME(${ms}) */`);
}

function spent(budget: StatementBudget | null): boolean {
  return budget !== null && Date.now() >= budget.deadline;
}

/** The mysql2 pool behind a MySQL/MariaDB DataSource (none with replication or on SQLite). */
function poolOf(dataSource: DataSource): CallbackPool | null {
  const type = dataSource.options.type;
  if (type !== 'mysql' && type !== 'mariadb') return null;
  return ((dataSource.driver as unknown as { pool?: CallbackPool }).pool ?? null) as CallbackPool | null;
}

const pools = new WeakMap<DataSource, CallbackPool | null>();

/**
 * Runs a read statement and hands its rows to `read`, which must turn them into the caller's own
 * objects there and then: the driver's row array is emptied afterwards. Something of mysql2's
 * keeps each result's array reachable until the next full collection; left filled, every row of
 * every statement survived the young-generation collections and was promoted (measured with
 * plain mysql2 too: 80% of a statement's allocation survived, 4% once the array was emptied).
 */
export async function readRows<Raw = Record<string, unknown>, R = Raw[]>(
  source: RowSource,
  query: string,
  parameters: unknown[],
  read: (rows: Raw[]) => R,
): Promise<R> {
  if (isTx(source)) return readAll(await source.queryRunner.query(query, parameters), read);
  const budget = isBudgeted(source) ? source.budget : null;
  if (spent(budget)) throw new BudgetSpentError();
  const dataSource = isBudgeted(source) ? source.dataSource : source;
  let pool = pools.get(dataSource);
  if (pool === undefined) pools.set(dataSource, (pool = poolOf(dataSource)));
  if (!pool) return readSqlite(dataSource, query, parameters, read, budget);
  dataSource.logger.logQuery(query, parameters);
  const target = pool;
  const sent = bounded(dataSource.options.type, query, budget);
  return new Promise((resolve, reject) => {
    target.query(sent, parameters, (error, rows) => {
      if (error) return reject(new QueryFailedError(query, parameters, error));
      const raw = rows as Raw[];
      try {
        resolve(read(raw));
      } catch (failure) {
        reject(failure);
      } finally {
        raw.length = 0;
      }
    });
  });
}

interface SqliteStatement {
  all(...parameters: unknown[]): unknown[];
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}

const statements = new WeakMap<object, Map<string, SqliteStatement>>();
const STATEMENT_CACHE_SIZE = 500;

/**
 * SQLite reads go to better-sqlite3 itself, synchronously, the moment no transaction is open:
 * TypeORM's query() awaits its event broadcaster before it executes, a gap in which a transaction
 * could begin on the shared connection and the read would see its uncommitted rows.
 */
async function readSqlite<Raw, R>(dataSource: DataSource, query: string, parameters: unknown[], read: (rows: Raw[]) => R, budget: StatementBudget | null): Promise<R> {
  const gate = sqliteGate(dataSource);
  while (gate?.busy) await gate.busy;
  // better-sqlite3 is synchronous: a statement, once started, cannot be interrupted (nor can the
  // timer that would say so fire while it runs). What can be bounded is that a read of an operation
  // already answered OPERATION_TIMEOUT (here: one that waited for a transaction) is never started.
  if (spent(budget)) throw new BudgetSpentError();
  const database = (dataSource.driver as unknown as { databaseConnection: SqliteDatabase }).databaseConnection;
  let cache = statements.get(database);
  if (!cache) statements.set(database, (cache = new Map()));
  // better-sqlite3 binds no booleans: 1/0, as TypeORM's own query runner does.
  const bound = parameters.map((value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value));
  dataSource.logger.logQuery(query, bound);
  let rows: Raw[];
  try {
    let statement = cache.get(query);
    if (!statement) {
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(query, (statement = database.prepare(query)));
    }
    rows = statement.all(...bound) as Raw[];
  } catch (error) {
    throw new QueryFailedError(query, bound, error as Error);
  }
  return readAll(rows, read);
}

function readAll<Raw, R>(rows: Raw[], read: (rows: Raw[]) => R): R {
  try {
    return read(rows);
  } finally {
    rows.length = 0;
  }
}
