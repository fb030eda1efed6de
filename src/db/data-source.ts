/**
 * Builds the TypeORM DataSource for the configured database: embedded SQLite (better-sqlite3) or
 * MySQL/MariaDB (mysql2). MariaDB and MySQL need different TypeORM drivers for a correct schema
 * diff, so a mysql:// URL is resolved by asking the server its version.
 */
import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, DataSourceOptions, Logger, LoggerOptions } from 'typeorm';
import { ConfigError, DatabaseConfig } from '../config';
import { migrations } from '../../migrations';
import { allTables } from './entities';
import { FOLD_FUNCTION, foldForMatching } from './like';
import { NameSortSubscriber } from './name-sort-column';
import { SnakeNamingStrategy } from './naming';

/** How long opening a pooled connection may take before the database counts as not answering. */
const CONNECT_TIMEOUT_MS = 1_500;

export type Dialect = 'sqlite' | 'mysql' | 'mariadb';

/** MariaDB ≥ 10.10 ships a modern Unicode collation; older servers and MySQL 8 get their own best. */
function collationFor(version: string): string {
  if (/mariadb/i.test(version)) {
    const [major, minor] = version.split('.').map(Number);
    return major > 10 || (major === 10 && minor >= 10) ? 'utf8mb4_uca1400_ai_ci' : 'utf8mb4_unicode_520_ci';
  }
  return 'utf8mb4_0900_ai_ci';
}

/**
 * Connects once without a database to learn the server kind and to create the database when it is
 * missing, so a fresh server needs no manual step.
 */
export async function prepareMysqlDatabase(db: Extract<DatabaseConfig, { kind: 'mysql' }>): Promise<Dialect> {
  let connection: mysql.Connection;
  try {
    connection = await mysql.createConnection({ host: db.host, port: db.port, user: db.user, password: db.password });
  } catch (error) {
    const reason = error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error);
    throw new ConfigError('DATABASE_URL', `cannot reach the MySQL/MariaDB server at ${db.host}:${db.port} as ${db.user} (${reason})`);
  }
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT VERSION() AS version');
    const version = String(rows[0].version);
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${db.database}\` CHARACTER SET utf8mb4 COLLATE ${collationFor(version)}`,
    );
    return /mariadb/i.test(version) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

export interface DataSourceExtras {
  /** Log every SQL statement through this function (tests count statements with it). */
  onQuery?: (sql: string) => void;
  /** Told of every statement the database refused, with its error (tests see a deadlock's victim this way). */
  onQueryError?: (error: unknown, sql: string) => void;
  /**
   * Connections in the MySQL/MariaDB pool (default 10). With 1, every statement, the hot path's
   * included, runs in one session whose counters a test can read. SQLite has no pool.
   */
  poolSize?: number;
}

export async function createDataSource(db: DatabaseConfig, extras: DataSourceExtras = {}): Promise<DataSource> {
  const common = {
    entities: allTables,
    migrations,
    subscribers: [NameSortSubscriber],
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: extras.onQuery || extras.onQueryError ? (['query', 'error'] as LoggerOptions) : false,
    logger: extras.onQuery || extras.onQueryError ? new QueryCounterLogger(extras.onQuery, extras.onQueryError) : undefined,
  };
  let options: DataSourceOptions;
  if (db.kind === 'sqlite') {
    if (db.path !== ':memory:') fs.mkdirSync(path.dirname(db.path), { recursive: true });
    options = {
      ...common,
      type: 'better-sqlite3',
      database: db.path,
      enableWAL: db.path !== ':memory:',
      // nameContains folds width, case and accents as MariaDB's collation does (src/db/like.ts).
      prepareDatabase: (sqlite: { function(name: string, options: object, fn: (text: unknown) => unknown): void }) =>
        sqlite.function(FOLD_FUNCTION, { deterministic: true }, (text) => (typeof text === 'string' ? foldForMatching(text) : text)),
    };
  } else {
    const dialect = await prepareMysqlDatabase(db);
    options = {
      ...common,
      type: dialect === 'mariadb' ? 'mariadb' : 'mysql',
      host: db.host,
      port: db.port,
      username: db.user,
      password: db.password,
      database: db.database,
      charset: 'utf8mb4',
      timezone: 'Z',
      // Counts arrive as numbers; DATE columns stay 'YYYY-MM-DD' text whatever the process time zone.
      supportBigNumbers: true,
      bigNumberStrings: false,
      dateStrings: ['DATE'],
      poolSize: extras.poolSize ?? 10,
      // While the server is down or restarting, a request must fail within 2 s (SERVICE_UNAVAILABLE),
      // not wait out mysql2's 10 s default for a connection that will not come.
      connectTimeout: CONNECT_TIMEOUT_MS,
    };
  }
  return new DataSource(options);
}

export function dialectOf(dataSource: DataSource): Dialect {
  const type = dataSource.options.type;
  return type === 'better-sqlite3' ? 'sqlite' : type === 'mariadb' ? 'mariadb' : 'mysql';
}

/** Passes each statement, and each refused one, to a callback and stays silent otherwise. */
class QueryCounterLogger implements Logger {
  constructor(
    private readonly onQuery?: (sql: string) => void,
    private readonly onQueryError?: (error: unknown, sql: string) => void,
  ) {}
  logQuery(query: string): void {
    this.onQuery?.(query);
  }
  logQueryError(error: string | Error, query: string): void {
    this.onQueryError?.(error, query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
