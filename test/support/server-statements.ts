/**
 * Statements a request cost, counted twice where the database can count them: by the app's query
 * logger (TypeORM's logger, which the hot path's reads also pass through) and, on MySQL/MariaDB, by
 * the server itself. A logger that missed statements (a read that bypassed it, a driver's own
 * round trips) would make the logged figure look better than the truth; the server's counter cannot.
 *
 * The server's figure is the session status variable `Questions` of the app's only pooled connection
 * (the app must be started with `poolSize: 1`): it counts every statement a client sends, text or
 * prepared, SELECT or not, but not prepares or pings. performance_schema is off on the shared
 * server and its configuration is not ours to change; a session counter needs neither. The
 * `SHOW SESSION STATUS` that reads it counts itself, so one is taken off. SQLite has no such
 * counter: there the logger's figure stays the measure and `server` is null.
 */
import type { TestApp } from './app';
import { isMysqlRun } from './database';

export interface StatementCount<T> {
  result: T;
  /** The statements the logger saw, in order. */
  logged: string[];
  /** The statements MariaDB counted on the app's connection meanwhile; null on SQLite. */
  server: number | null;
}

/** Runs `request` and counts the statements it cost, by the logger and by the server. */
export async function countStatements<T>(app: TestApp, request: () => Promise<T>): Promise<StatementCount<T>> {
  if (!isMysqlRun()) {
    app.statements.length = 0;
    const result = await request();
    return { result, logged: app.statements.splice(0), server: null };
  }
  const poolSize = (app.dataSource.options as { poolSize?: number }).poolSize;
  if (poolSize !== 1) throw new Error(`countStatements reads one session's counter: start the app with poolSize: 1 (it has ${poolSize})`);
  const before = await questions(app);
  app.statements.length = 0;
  const result = await request();
  const logged = app.statements.splice(0);
  const after = await questions(app);
  // The second SHOW counted itself.
  return { result, logged, server: after - before - 1 };
}

/** The session's `Questions` counter, read on the app's only connection. */
async function questions(app: TestApp): Promise<number> {
  const rows: { Variable_name: string; Value: string }[] = await app.dataSource.query("SHOW SESSION STATUS LIKE 'Questions'");
  if (rows.length !== 1) throw new Error(`SHOW SESSION STATUS LIKE 'Questions' returned ${rows.length} rows`);
  return Number(rows[0].Value);
}
