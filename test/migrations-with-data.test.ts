/**
 * Upgrading a database that holds data: a database built by the first migration alone is filled
 * with fixture rows in the first release's shape (every table it made, every column it had, values
 * of each column's type, Chinese text included, some nullable columns left NULL), then brought to
 * the latest schema by the app's own migration runner (src/db/migrate.ts). Every row must survive
 * with every value it had, and every column added since must hold what its migration promises:
 * a version of 1, each grant's disbursed total summed from its payments, CONFIRMED engagements,
 * NULL where nothing is known. A column added later that this file does not know fails the test
 * until its backfill is written down here. Runs on SQLite and, with DATABASE_URL=mysql://…, MariaDB.
 */
import { DataSource, TableColumn } from 'typeorm';
import { migrations } from '../migrations';
import { InitialSchema1764144000000 } from '../migrations/1764144000000-initial-schema';
import type { DatabaseConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { migrateDatabase } from '../src/db/migrate';
import { nameSortKey } from '../src/text/name-sort';
import { dropDatabase, freshDatabaseConfig } from './support/database';

/** The tables of the first release, in the order its migration made them (a table after those it references). */
const FIRST_RELEASE_TABLES = [
  'district', 'research_field', 'organization', 'host_unit', 'offshore_base', 'station_head', 'station',
  'station_status_change', 'station_research_field', 'talent', 'talent_research_field', 'engagement',
  'ambassador_appointment', 'partnership', 'project', 'platform', 'platform_partner', 'funding_grant',
  'disbursement', 'activity', 'activity_participant', 'expert', 'station_application', 'application_review',
  'site_inspection', 'evaluation', 'announcement', 'announcement_research_field', 'announcement_country',
];

/** Rows per table. The last row of each leaves its nullable columns NULL. */
const ROWS = 3;

/** Which grant each payment is for: grant 1 gets two, grant 2 one, grant 3 none (its total must be 0). */
const DISBURSEMENT_GRANT = [1, 1, 2];

type Row = Record<string, unknown>;
type Snapshot = Record<string, Row[]>;

/**
 * What each column added since the first release holds in a row that was already there. Keyed
 * `table.column`, or `*.column` for a column every old table gained.
 */
const BACKFILLS: Record<string, (row: Row, before: Snapshot) => unknown> = {
  '*.version': () => 1,
  'funding_grant.disbursed_cny': (grant, before) =>
    before.disbursement.filter((payment) => payment.funding_grant_id === grant.id).reduce((sum, payment) => sum + Number(payment.amount_cny), 0),
  'engagement.status': () => 'CONFIRMED',
  'station_application.proposed_head_talent_id': () => null,
  'station_application.notice_ends_on': () => null,
  'station_application.reason': () => null,
  'station_head.talent_id': () => null,
  'expert.host_unit_id': () => null,
  'expert.talent_id': () => null,
  'announcement.organization_id': () => null,
  'announcement.closed_on': () => null,
  'station_status_change.changed_by_id': () => null,
  'station_status_change.changed_by': () => null,
  // Old activities' organiser column meant what it said (null: CQAST), so it was recorded.
  'activity.organizer_recorded': () => 1,
  // Old announcements share place 0 and keep their id order, before every later publish.
  'announcement.publication_seq': () => 0,
  // Every table ordered by NAME: the pinyin key of its name (a person's read surname first), as the app makes it.
  ...Object.fromEntries(
    ['district', 'research_field', 'organization', 'host_unit', 'offshore_base', 'station', 'project', 'platform'].map((table) => [
      `${table}.name_sort`,
      (row: Row) => nameSortKey(String(row.name_zh)),
    ]),
  ),
  'talent.name_sort': (row) => nameSortKey(String(row.name), { person: true }),
  'expert.name_sort': (row) => nameSortKey(String(row.name_zh), { person: true }),
};

let config: DatabaseConfig;
let first: DataSource | null = null;
let latest: DataSource | null = null;

afterAll(async () => {
  if (first?.isInitialized) await first.destroy();
  if (latest?.isInitialized) await latest.destroy();
  if (config) await dropDatabase(config);
});

/** A value for `column` in row `i` of `table`, of the column's type and within its length. */
function valueFor(table: string, column: TableColumn, i: number, ids: Map<string, number[]>, references: Map<string, string>): unknown {
  const referenced = references.get(column.name);
  if (referenced) {
    if (table === 'disbursement' && column.name === 'funding_grant_id') return DISBURSEMENT_GRANT[i];
    const parents = ids.get(referenced);
    if (!parents && column.isNullable) return null;
    if (!parents) throw new Error(`${table}.${column.name} refers to ${referenced}, which is not filled yet`);
    // Row i points at parent i: distinct pairs, so unique link rows stay unique.
    return parents[i % parents.length];
  }
  if (column.isNullable && i === ROWS - 1) return null;
  if (column.enum?.length) return column.enum[i % column.enum.length];
  const type = column.type.toLowerCase();
  if (/bool|tinyint/.test(type)) return i % 2;
  if (/bigint/.test(type)) return 1_000_000 * (i + 1) + 12_345 * (i + 2);
  if (/int/.test(type)) return 2015 + i;
  if (type === 'date') return `2021-0${i + 1}-1${i}`;
  if (/datetime|timestamp/.test(type)) return `2021-0${i + 1}-1${i} 08:30:00`;
  if (type === 'text') return `第${i}行 ${table}.${column.name}: 重庆海智工作站 "quoted", it's\nsecond line`;
  const length = Number(column.length || 200);
  if (length <= 2) return ['DE', 'JP', 'GB', 'US'][i];
  return `${i}海智${table}.${column.name}`.slice(0, length);
}

/** Every row of every first-release table, in id order, as the driver reads it. */
async function snapshot(dataSource: DataSource): Promise<Snapshot> {
  const result: Snapshot = {};
  for (const table of FIRST_RELEASE_TABLES) {
    result[table] = await dataSource.query(`SELECT * FROM ${dataSource.driver.escape(table)} ORDER BY id`);
  }
  return result;
}

test('a first-release database with rows in every table upgrades to the latest schema, every row and value kept and every new column backfilled', async () => {
  config = freshDatabaseConfig('migrations_data');

  // The database as the first release left it: its migration alone, run by the app's runner.
  const latestOptions = (await createDataSource(config)).options;
  first = new DataSource({ ...latestOptions, migrations: [InitialSchema1764144000000] } as typeof latestOptions);
  await first.initialize();
  expect(await migrateDatabase(first)).toEqual(['InitialSchema1764144000000']);

  // Fixture rows in the first release's shape: the columns are read from the database it built.
  const runner = first.createQueryRunner();
  const ids = new Map<string, number[]>();
  try {
    for (const name of FIRST_RELEASE_TABLES) {
      const table = await runner.getTable(name);
      if (!table) throw new Error(`the first migration made no ${name} table`);
      const references = new Map(table.foreignKeys.map((fk) => [fk.columnNames[0], fk.referencedTableName.split('.').pop()!]));
      const columns = table.columns.filter((column) => column.name !== 'created_at');
      for (let i = 0; i < ROWS; i++) {
        const values = columns.map((column) => (column.name === 'id' ? i + 1 : valueFor(name, column, i, ids, references)));
        const placeholders = columns.map(() => '?').join(', ');
        await first.query(`INSERT INTO ${first.driver.escape(name)} (${columns.map((c) => first!.driver.escape(c.name)).join(', ')}) VALUES (${placeholders})`, values);
      }
      ids.set(name, Array.from({ length: ROWS }, (_, i) => i + 1));
    }
  } finally {
    await runner.release();
  }
  const before = await snapshot(first);
  for (const table of FIRST_RELEASE_TABLES) expect({ table, rows: before[table].length }).toEqual({ table, rows: ROWS });
  await first.destroy();

  // The app's data source and runner take it from there to the latest migration.
  latest = await createDataSource(config);
  await latest.initialize();
  const later = migrations.slice(1).map((migration) => (migration as unknown as { name: string }).name);
  expect(later.length).toBeGreaterThan(0);
  expect(await migrateDatabase(latest)).toEqual(later);
  const after = await snapshot(latest);

  const problems: string[] = [];
  for (const table of FIRST_RELEASE_TABLES) {
    if (after[table].length !== before[table].length) problems.push(`${table}: ${before[table].length} rows before, ${after[table].length} after`);
    for (const [index, old] of before[table].entries()) {
      const row = after[table][index] ?? {};
      for (const [column, value] of Object.entries(old)) {
        if (!Object.is(row[column], value) && JSON.stringify(row[column]) !== JSON.stringify(value)) {
          problems.push(`${table} ${old.id}.${column}: was ${JSON.stringify(value)}, now ${JSON.stringify(row[column])}`);
        }
      }
      for (const column of Object.keys(row).filter((name) => !(name in old))) {
        const backfill = BACKFILLS[`${table}.${column}`] ?? BACKFILLS[`*.${column}`];
        if (!backfill) {
          problems.push(`${table}.${column} is new since the first release: add what old rows hold in it to BACKFILLS`);
          continue;
        }
        const expected = backfill(row, before);
        const actual = typeof expected === 'number' && row[column] !== null ? Number(row[column]) : row[column];
        if (actual !== expected) problems.push(`${table} ${old.id}.${column}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(row[column])}`);
      }
    }
  }
  expect(problems).toEqual([]);

  // The backfill that computes something, spelled out: two payments, one, none.
  const grants = after.funding_grant.map((grant) => Number(grant.disbursed_cny));
  const paid = (grantId: number) => before.disbursement.filter((payment) => payment.funding_grant_id === grantId).map((payment) => Number(payment.amount_cny));
  expect(paid(1)).toHaveLength(2);
  expect(grants).toEqual([paid(1)[0] + paid(1)[1], paid(2)[0], 0]);
  expect(grants[0]).toBeGreaterThan(0);
}, 300_000);
