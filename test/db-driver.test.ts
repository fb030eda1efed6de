/**
 * The driver adapter's contract (src/db/driver/), the same cases on each database: SQLite always,
 * and MariaDB/MySQL too when DATABASE_URL is a mysql:// URL. What a case says holds on both; where
 * the drivers give different JavaScript types (DECIMAL, DATETIME), the case names both, so a driver
 * upgrade that changes one fails here rather than somewhere in a resolver.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource, QueryFailedError } from 'typeorm';
import { DatabaseConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { BudgetSpentError } from '../src/db/driver/budget';
import { sqlDriver, SqlDriver } from '../src/db/driver/sql-driver';
import { readRows } from '../src/db/read-rows';
import { isDatabaseUnreachable, isUniqueViolation } from '../src/db/sql-errors';
import { inTransaction } from '../src/db/transaction';
import { dropDatabase, freshDatabaseConfig, isMysqlRun } from './support/database';

function sqliteConfig(): DatabaseConfig {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haizhi-driver-'));
  const file = path.join(dir, 'driver.sqlite');
  return { kind: 'sqlite', path: file, url: `sqlite:${file}` };
}

const databases: Array<[string, () => DatabaseConfig]> = [['SQLite', sqliteConfig]];
if (isMysqlRun()) databases.push(['MariaDB/MySQL', () => freshDatabaseConfig('db_driver')]);

describe.each(databases)('the driver adapter on %s', (_name, configFor) => {
  let db: DatabaseConfig;
  let dataSource: DataSource;
  let driver: SqlDriver;
  const statements: string[] = [];

  /** Rows as the driver gives them, copied out before the adapter empties its array. */
  const read = <Raw = Record<string, unknown>>(sql: string, parameters: Record<string, unknown> = {}) => {
    const [query, values] = driver.bind(sql, parameters);
    return driver.read<Raw, Raw[]>(query, values, (rows) => rows.map((row) => ({ ...row })), null);
  };

  beforeAll(async () => {
    db = configFor();
    dataSource = await createDataSource(db, { onQuery: (sql) => statements.push(sql) });
    await dataSource.initialize();
    driver = sqlDriver(dataSource);
    const autoId = driver.dialect === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'INTEGER PRIMARY KEY AUTO_INCREMENT';
    await dataSource.query(
      `CREATE TABLE contract_row (id ${autoId}, label VARCHAR(100) NOT NULL UNIQUE, big BIGINT, price DECIMAL(10, 2), day DATE, moment DATETIME(3), flag BOOLEAN)`,
    );
    await dataSource.query('INSERT INTO contract_row (label, big, price, day, moment, flag) VALUES (?, ?, ?, ?, ?, ?)', [
      'first',
      9_007_199_254_740_991,
      '12.50',
      '2024-02-29',
      driver.dialect === 'sqlite' ? '2024-05-06 07:08:09.010' : new Date('2024-05-06T07:08:09.010Z'),
      1,
    ]);
  }, 60_000);

  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    if (db) await dropDatabase(db);
  });

  test('the dialect is what the data source was made for', () => {
    expect(driver.dialect === 'sqlite').toBe(dataSource.options.type === 'better-sqlite3');
    expect(sqlDriver(dataSource)).toBe(driver);
  });

  test('strings (quotes, Chinese, emoji), numbers, null and booleans come back as bound', async () => {
    const [row] = await read<{ s: string; zh: string; i: number; f: number; negative: number; absent: null; yes: number | string }>(
      'SELECT :s AS s, :zh AS zh, :i AS i, :f AS f, :negative AS negative, :absent AS absent, :yes AS yes',
      { s: `it's "quoted"; -- not a comment`, zh: '海智工作站 🌊', i: 42, f: 2.5, negative: -7, absent: null, yes: true },
    );
    expect(row).toMatchObject({ s: `it's "quoted"; -- not a comment`, zh: '海智工作站 🌊', absent: null });
    expect(Number(row.i)).toBe(42);
    expect(Number(row.f)).toBe(2.5);
    expect(Number(row.negative)).toBe(-7);
    // A boolean is 1 on both (SQLite has no booleans; MariaDB's TRUE is 1).
    expect(Number(row.yes)).toBe(1);
  });

  test('a Date binds as UTC text to the millisecond, whatever the process time zone', async () => {
    const [row] = await read<{ at: string }>('SELECT :at AS at', { at: new Date('2024-05-06T07:08:09.010Z') });
    expect(String(row.at)).toBe('2024-05-06 07:08:09.010');
    const [found] = await read<{ label: string }>('SELECT label FROM contract_row WHERE moment = :at', { at: new Date('2024-05-06T07:08:09.010Z') });
    expect(found?.label).toBe('first');
  });

  test('a list parameter expands to one placeholder per item; a name not given is left as written', async () => {
    const [query, values] = driver.bind('SELECT id FROM contract_row WHERE label IN (:...labels) AND id > :floor', { labels: ['first', 'second', '第三'], floor: 0 });
    expect(query).not.toContain(':...labels');
    expect(values.filter((value) => typeof value === 'string')).toEqual(['first', 'second', '第三']);
    const rows = await driver.read<{ id: number }, number[]>(query, values, (raw) => raw.map((row) => Number(row.id)), null);
    expect(rows).toEqual([1]);
    expect(driver.bind('SELECT :missing AS m', { other: 1 })[0]).toBe('SELECT :missing AS m');
  });

  test('column types: BIGINT and COUNT(*) as numbers, DATE as text, booleans as 1/0; DECIMAL and DATETIME differ by driver, as named', async () => {
    const [row] = await read<{ big: unknown; price: unknown; day: unknown; moment: unknown; flag: unknown; total: unknown }>(
      'SELECT big, price, day, moment, flag, (SELECT COUNT(*) FROM contract_row) AS total FROM contract_row WHERE label = :label',
      { label: 'first' },
    );
    expect(row.big).toBe(9_007_199_254_740_991);
    expect(row.total).toBe(1);
    expect(row.day).toBe('2024-02-29');
    expect(row.flag).toBe(1);
    if (driver.dialect === 'sqlite') {
      expect(row.price).toBe(12.5);
      expect(row.moment).toBe('2024-05-06 07:08:09.010');
    } else {
      // mysql2 keeps DECIMAL exact as text, and reads DATETIME as a Date in the pool's time zone (UTC).
      expect(row.price).toBe('12.50');
      expect(row.moment).toEqual(new Date('2024-05-06T07:08:09.010Z'));
    }
  });

  test('an identifier escaped for the dialect is taken as a name, quotes and all', async () => {
    const name = 'odd "name" `here`';
    const [row] = await read<Record<string, number>>(`SELECT 1 AS ${driver.escape(name)}`);
    expect(Object.keys(row)).toEqual([name]);
  });

  test('each read is one statement through TypeORM’s logger, logged as written', async () => {
    statements.length = 0;
    await read('SELECT id FROM contract_row WHERE label = :label', { label: 'first' });
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^SELECT id FROM contract_row WHERE label = /);
  });

  test('the driver’s row array is emptied once read, also when reading throws', async () => {
    let seen: unknown[] = [];
    const count = await driver.read('SELECT id FROM contract_row', [], (rows) => ((seen = rows), rows.length), null);
    expect(count).toBe(1);
    expect(seen).toHaveLength(0);
    await expect(
      driver.read(
        'SELECT id FROM contract_row',
        [],
        (rows) => {
          seen = rows;
          throw new Error('reader failed');
        },
        null,
      ),
    ).rejects.toThrow('reader failed');
    expect(seen).toHaveLength(0);
  });

  test('a refused statement is a QueryFailedError carrying the driver’s error, and not "unreachable"; the next read runs', async () => {
    for (const sql of ['SELECT no_such_column FROM contract_row', 'SELECT id FROM no_such_table', 'SELEKT 1']) {
      const failure = await driver.read(sql, [], (rows) => rows, null).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(QueryFailedError);
      expect((failure as QueryFailedError & { driverError?: unknown }).driverError).toBeTruthy();
      expect(isDatabaseUnreachable(failure)).toBe(false);
    }
    expect(await read('SELECT id FROM contract_row')).toHaveLength(1);
  });

  test('a unique violation reads the same on both: isUniqueViolation', async () => {
    const failure = await dataSource.query('INSERT INTO contract_row (label) VALUES (?)', ['first']).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(isUniqueViolation(failure)).toBe(true);
  });

  test('past its budget no read starts', async () => {
    statements.length = 0;
    await expect(driver.read('SELECT 1 AS one', [], (rows) => rows, { deadline: Date.now() - 1 })).rejects.toBeInstanceOf(BudgetSpentError);
    expect(statements).toHaveLength(0);
    const within = await driver.read<{ one: number }, number>('SELECT 1 AS one', [], (rows) => Number(rows[0].one), { deadline: Date.now() + 10_000 });
    expect(within).toBe(1);
  });

  test('a transaction reads its own rows on its own connection; a read outside never sees them uncommitted', async () => {
    const countOf = (rows: { n: number | string }[]) => Number(rows[0].n);
    const count = 'SELECT COUNT(*) AS n FROM contract_row WHERE label = ?';
    let outside: Promise<number> | null = null;
    await expect(
      inTransaction(dataSource, async (tx) => {
        await tx.queryRunner.query('INSERT INTO contract_row (label) VALUES (?)', ['rolled back']);
        expect(await readRows(tx, count, ['rolled back'], countOf)).toBe(1);
        // SQLite: waits for the transaction to end; MariaDB: another pooled connection, which cannot see it.
        outside = readRows(dataSource, count, ['rolled back'], countOf);
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error('roll it back');
      }),
    ).rejects.toThrow('roll it back');
    expect(await outside).toBe(0);

    await inTransaction(dataSource, async (tx) => {
      await tx.queryRunner.query('INSERT INTO contract_row (label) VALUES (?)', ['committed']);
    });
    expect(await readRows(dataSource, count, ['committed'], countOf)).toBe(1);
  });

  test('pool use: SQLite one connection, MariaDB/MySQL the pool’s own counts', async () => {
    const use = driver.poolUse();
    expect(use.free).toBeLessThanOrEqual(use.all);
    expect(use.queued).toBe(0);
    if (driver.dialect === 'sqlite') expect(use).toEqual({ all: 1, free: 1, queued: 0, limit: 1 });
    else {
      expect(use.limit).toBe(10);
      expect(use.all).toBeGreaterThan(0);
    }
  });
});
