/**
 * The unit tests' database: SQLite in memory, built by the project's own migrations (the tables
 * every statement under test runs against), with every statement it is sent recorded in order.
 * No server, no GraphQL: a test file opens one in beforeAll and closes it in afterAll.
 */
import type { DataSource, Logger } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';

/** A statement as the database was sent it: its SQL and its bound values, in order. */
export interface Statement {
  sql: string;
  parameters: unknown[];
}

export interface UnitDatabase {
  dataSource: DataSource;
  /** Every statement sent since the last reset, as TypeORM's logger saw it. */
  statements: Statement[];
  /** Runs `work` and hands back the statements it sent. */
  recording(work: () => Promise<unknown>): Promise<Statement[]>;
  close(): Promise<void>;
}

/** TypeORM's logger is told of every statement, the hot-path reads of src/db/read-rows.ts included. */
class StatementRecorder implements Logger {
  constructor(private readonly statements: Statement[]) {}
  logQuery(sql: string, parameters?: unknown[]): void {
    this.statements.push({ sql, parameters: [...(parameters ?? [])] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export async function openUnitDatabase(): Promise<UnitDatabase> {
  const statements: Statement[] = [];
  const dataSource = await createDataSource({ kind: 'sqlite', path: ':memory:', url: 'sqlite::memory:' });
  dataSource.setOptions({ logging: ['query'], logger: new StatementRecorder(statements) });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'all' });
  statements.length = 0;
  return {
    dataSource,
    statements,
    async recording(work) {
      statements.length = 0;
      await work();
      return [...statements];
    },
    close: () => dataSource.destroy(),
  };
}

/** Inserts one row (columns as in the migrations) and returns its id. */
export async function insert(db: UnitDatabase, table: string, row: Record<string, unknown>): Promise<number> {
  const columns = Object.keys(row);
  await db.dataSource.query(
    `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    Object.values(row),
  );
  // TypeORM answers an INSERT on SQLite with no rows: the id is the connection's last one.
  const [{ id }] = await db.dataSource.query('SELECT last_insert_rowid() AS id');
  return Number(id);
}

let unique = 0;

/** The smallest rows the tables accept, so a test names only the columns it is about. */
export const rows = {
  district: () => ({ code: `d${++unique}`, name_zh: `区${unique}`, name_en: `District ${unique}`, kind: 'DISTRICT', name_sort: `d${unique}` }),
  hostUnit: (districtId: number) => ({ kind: 'ENTERPRISE', name_zh: `单位${++unique}`, district_id: districtId, name_sort: `u${unique}` }),
  organization: () => ({ kind: 'COMPANY', name_zh: `机构${++unique}`, country_code: 'DE', name_sort: `o${unique}` }),
  talent: (name: string, extra: Record<string, unknown> = {}) => ({ name, country_code: 'DE', degree: 'DOCTORATE', name_sort: name.toLowerCase(), ...extra }),
  station: (hostUnitId: number, districtId: number, extra: Record<string, unknown> = {}) => ({
    name_zh: `工作站${++unique}`,
    host_unit_id: hostUnitId,
    district_id: districtId,
    approval_year: 2020,
    approved_on: '2020-01-01',
    valid_until: '2030-01-01',
    name_sort: `s${unique}`,
    ...extra,
  }),
  offshoreBase: (districtId: number) => ({ name_zh: `基地${++unique}`, kind: 'OFFSHORE_BASE', level: 'MUNICIPAL', district_id: districtId, established_year: 2019, name_sort: `b${unique}` }),
  engagement: (talentId: number, at: { station_id?: number; offshore_base_id?: number }, status = 'CONFIRMED') => ({
    talent_id: talentId,
    ...at,
    role: 'RESEARCHER',
    started_on: '2021-01-01',
    status,
  }),
};
