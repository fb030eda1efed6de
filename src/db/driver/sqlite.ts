/**
 * SQLite through better-sqlite3: reads go to the connection TypeORM's driver holds
 * (`driver.databaseConnection`, not public TypeORM API), synchronously, with prepared statements
 * kept per connection.
 */
import type { DataSource } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import { sqliteGate, StatementBudget } from '../transaction';
import { BudgetSpentError, readAll, spent } from './budget';
import type { SqlDriver } from './contract';

interface SqliteStatement {
  all(...parameters: unknown[]): unknown[];
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}

const STATEMENT_CACHE_SIZE = 500;

export function sqliteDriver(dataSource: DataSource): SqlDriver {
  const driver = dataSource.driver;
  const statements = new WeakMap<object, Map<string, SqliteStatement>>();
  return {
    dialect: 'sqlite',
    escape: (identifier) => driver.escape(identifier),
    bind: (sql, parameters) => driver.escapeQueryWithParameters(sql, parameters) as [string, unknown[]],
    /**
     * Runs the moment no transaction is open: TypeORM's query() awaits its event broadcaster before
     * it executes, a gap in which a transaction could begin on the shared connection and the read
     * would see its uncommitted rows.
     */
    async read<Raw, R>(query: string, parameters: unknown[], read: (rows: Raw[]) => R, budget: StatementBudget | null): Promise<R> {
      if (spent(budget)) throw new BudgetSpentError();
      const gate = sqliteGate(dataSource);
      while (gate?.busy) await gate.busy;
      // better-sqlite3 is synchronous: a statement, once started, cannot be interrupted (nor can the
      // timer that would say so fire while it runs). What can be bounded is that a read of an operation
      // already answered OPERATION_TIMEOUT (here: one that waited for a transaction) is never started.
      if (spent(budget)) throw new BudgetSpentError();
      // Looked up per read: the file may have been reopened under the server.
      const database = (driver as unknown as { databaseConnection: SqliteDatabase }).databaseConnection;
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
    },
    /** One connection, busy while a transaction holds it; the transactions waiting their turn are the queue. */
    poolUse() {
      const gate = sqliteGate(dataSource);
      const busy = gate?.busy ? 1 : 0;
      return { all: 1, free: 1 - busy, queued: gate?.waiting ?? 0, limit: 1 };
    },
  };
}
