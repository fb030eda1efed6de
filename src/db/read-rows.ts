/**
 * Read statements on the hot path, straight to the driver (src/db/driver/).
 *
 * TypeORM's `dataSource.query` on MySQL makes a query runner per statement. It takes a pooled
 * connection and wraps it in mysql2's promise API, which adds event listeners to the connection
 * and captures a stack trace. It broadcasts before- and after-query events, copies the rows into a
 * second array, and releases the connection through a further promise. None of that changes what
 * a read returns. On the peer query that is three statements per request, and each one returns
 * up to 1,344 rows. Writes, transactions and migrations stay with TypeORM. On SQLite
 * (better-sqlite3, synchronous) the adapter runs the prepared statement itself.
 *
 * Statements still pass through TypeORM's logger, so logging and the tests' statement counts see
 * them. Pooled reads run outside any transaction, so a read that must see a write transaction's
 * own changes passes the transaction (src/db/transaction.ts) as its source and runs on its query
 * runner. On SQLite a read outside a transaction waits while one is open: they share the one
 * connection, and the read would see rows that may yet be rolled back.
 */
import { readAll } from './driver/budget';
import { sqlDriver } from './driver/sql-driver';
import { isBudgeted, isTx, RowSource } from './transaction';

export { BudgetSpentError } from './driver/budget';

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
  if (isBudgeted(source)) return sqlDriver(source.dataSource).read(query, parameters, read, source.budget);
  return sqlDriver(source).read(query, parameters, read, null);
}
