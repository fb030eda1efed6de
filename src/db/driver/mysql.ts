/**
 * MySQL/MariaDB through mysql2: reads go straight to the pool TypeORM's driver holds (`driver.pool`,
 * not public TypeORM API), with mysql2's callback API. There is no pool with replication, and this
 * adapter then refuses to start rather than read from the wrong server.
 */
import type { DataSource } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import type { StatementBudget } from '../transaction';
import { BudgetSpentError, spent } from './budget';
import type { SqlDriver } from './contract';

interface CallbackPool {
  query(sql: string, values: unknown[], callback: (error: Error | null, rows: unknown) => void): void;
  // mysql2's counts are only in its private queues: stable across mysql2 3.x, read defensively, so
  // a change there shows as zeros on /metrics, never as a crash.
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
  config?: { connectionLimit?: number };
}

/**
 * The statement as sent under a budget: the server stops it at the operation's deadline, so a read
 * of a timed-out operation is not left running (or waiting on a lock). MariaDB's SET STATEMENT
 * max_statement_time (seconds) covers every statement; MySQL's MAX_EXECUTION_TIME hint (ms) covers
 * SELECTs. The statement is logged as written, without the prefix.
 */
function bounded(type: 'mysql' | 'mariadb', query: string, budget: StatementBudget | null): string {
  if (!budget || budget.deadline === Infinity) return query;
  // Rounded up: the server's clock for the statement starts when it arrives, so it stops it at or after the deadline.
  const ms = Math.max(1, Math.ceil(budget.deadline - Date.now()));
  if (type === 'mariadb') return `SET STATEMENT max_statement_time=${(ms / 1000).toFixed(3)} FOR ${query}`;
  return query.replace(/^\s*SELECT\b/i, (select) => `${select} /*+ MAX_EXECUTION_TIME(${ms}) */`);
}

export function mysqlDriver(dataSource: DataSource, type: 'mysql' | 'mariadb'): SqlDriver {
  const driver = dataSource.driver;
  // Looked up per read: the pool exists only once the data source is initialised.
  const maybePool = () => (driver as unknown as { pool?: CallbackPool }).pool;
  const poolOf = (): CallbackPool => {
    const pool = maybePool();
    if (!pool) throw new Error('no mysql2 pool behind this data source (not initialised, or replicated): src/db/driver/mysql.ts reads from one pool');
    return pool;
  };
  return {
    dialect: type,
    escape: (identifier) => driver.escape(identifier),
    bind: (sql, parameters) => driver.escapeQueryWithParameters(sql, parameters) as [string, unknown[]],
    read<Raw, R>(query: string, parameters: unknown[], read: (rows: Raw[]) => R, budget: StatementBudget | null): Promise<R> {
      if (spent(budget)) return Promise.reject(new BudgetSpentError());
      const pool = poolOf();
      dataSource.logger.logQuery(query, parameters);
      const sent = bounded(type, query, budget);
      return new Promise((resolve, reject) => {
        pool.query(sent, parameters, (error, rows) => {
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
    },
    poolUse() {
      const pool = maybePool();
      return {
        all: pool?._allConnections?.length ?? 0,
        free: pool?._freeConnections?.length ?? 0,
        queued: pool?._connectionQueue?.length ?? 0,
        limit: pool?.config?.connectionLimit ?? 0,
      };
    },
  };
}
