/**
 * The run really uses the database DATABASE_URL names (a MySQL run that quietly fell back to SQLite
 * would pass everything else), and on MariaDB the server's own counters agree with the statement
 * counts the other tests take from TypeORM's logger.
 */
import { dialectOf } from '../src/db/data-source';
import { dataOf, startTestApp, TestApp } from './support/app';
import { isMysqlRun } from './support/database';
import { operation } from './support/operations';
import { PEER_QUERY } from './support/queries';

let app: TestApp;
beforeAll(async () => {
  // One pooled connection: the hot path's reads (mysql2's pool, src/db/read-rows.ts) and TypeORM's
  // share it, so one session's counters see every statement the server sends.
  app = await startTestApp('database_in_use', { poolSize: 1 });
});
afterAll(async () => {
  await app?.stop();
});

test('the data source speaks the dialect DATABASE_URL names, and the server says so too', async () => {
  const url = process.env.DATABASE_URL ?? '';
  if (/^(mysql|mariadb):/.test(url)) {
    // This machine runs MariaDB 10.11: it must get TypeORM's mariadb driver, not mysql's.
    expect(dialectOf(app.dataSource)).toBe('mariadb');
    const [{ version }] = await app.dataSource.query('SELECT VERSION() AS version');
    expect(version).toMatch(/MariaDB/i);
  } else {
    expect(url === '' || url.startsWith('sqlite:')).toBe(true);
    expect(dialectOf(app.dataSource)).toBe('sqlite');
    const [{ version }] = await app.dataSource.query('SELECT sqlite_version() AS version');
    expect(version).toMatch(/^3\./);
  }
});

// Server-side counters exist only on MySQL/MariaDB: this test is registered for those runs.
if (isMysqlRun()) {
  /** Statements the session has run: text-protocol SELECTs plus prepared executions (SHOW is neither). */
  async function sessionStatements(): Promise<number> {
    const rows: { Variable_name: string; Value: string }[] = await app.dataSource.query(
      "SHOW SESSION STATUS WHERE Variable_name IN ('Com_select', 'Com_stmt_execute')",
    );
    expect(rows).toHaveLength(2);
    return rows.reduce((sum, row) => sum + Number(row.Value), 0);
  }

  test.each([
    ['the directory query', operation('Directory'), { first: 64 }, 11],
    ['the peer-shaped query', PEER_QUERY, {}, 3],
    ['networkStats', operation('NetworkStats'), {}, 1],
  ])('MariaDB counts the statements of %s exactly as the logger does', async (_name, query, variables, expected) => {
    const before = await sessionStatements();
    app.statements.length = 0;
    dataOf(await app.query(query, variables));
    const logged = app.statements.length;
    const counted = (await sessionStatements()) - before;
    expect(logged).toBe(expected);
    expect(counted).toBe(logged);
  });
}
