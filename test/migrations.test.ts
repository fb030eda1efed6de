/**
 * The migrations build exactly the schema the entities describe, on SQLite and on MariaDB
 * (DATABASE_URL=mysql://…): after running them up, TypeORM's schema builder has nothing to change;
 * after undoing them all, no table of the model is left; and running them again gives the same schema.
 */
import { DataSource, MigrationExecutor } from 'typeorm';
import type { DatabaseConfig } from '../src/config';
import { createDataSource, dialectOf } from '../src/db/data-source';
import { migrateDatabase } from '../src/db/migrate';
import { dropDatabase, freshDatabaseConfig } from './support/database';

let config: DatabaseConfig;
let dataSource: DataSource;

beforeAll(async () => {
  config = freshDatabaseConfig('migrations');
  dataSource = await createDataSource(config);
  await dataSource.initialize();
});

afterAll(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
  if (config) await dropDatabase(config);
});

/** The SQL the schema builder would run to make the database match the entities; [] when it already does. */
async function schemaDiff(): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((query) => query.query);
}

function bareName(tablePath: string): string {
  return tablePath.split('.').pop() as string;
}

/**
 * Every table of this test's database except TypeORM's migrations table and SQLite's own
 * (sqlite_sequence). QueryRunner.getTables() without names would scan every database on a MariaDB
 * server, so the catalogue is asked directly.
 */
async function userTables(): Promise<string[]> {
  const migrationsTable = dataSource.options.migrationsTableName ?? 'migrations';
  const rows: Array<{ name: string }> =
    dialectOf(dataSource) === 'sqlite'
      ? await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table'`)
      : await dataSource.query(
          'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()',
        );
  return rows
    .map((row) => row.name)
    .filter((name) => name !== migrationsTable && !name.startsWith('sqlite_'))
    .sort();
}

/** The entity tables that exist right now, asked table by table through the QueryRunner. */
async function existingEntityTables(): Promise<string[]> {
  const queryRunner = dataSource.createQueryRunner();
  try {
    const existing: string[] = [];
    for (const table of entityTables()) if (await queryRunner.hasTable(table)) existing.push(table);
    return existing;
  } finally {
    await queryRunner.release();
  }
}

function entityTables(): string[] {
  return dataSource.entityMetadatas.map((metadata) => bareName(metadata.tablePath)).sort();
}

async function executedMigrations(): Promise<string[]> {
  const executed = await new MigrationExecutor(dataSource).getExecutedMigrations();
  return executed.map((migration) => migration.name);
}

async function undoAllMigrations(): Promise<void> {
  // One undo per known migration is the most that can be needed; a loop that never ends fails instead.
  for (let i = 0; i < dataSource.migrations.length && (await executedMigrations()).length > 0; i++) {
    await dataSource.undoLastMigration({ transaction: 'each' });
  }
}

describe('migrations', () => {
  const allMigrationNames = (): string[] => dataSource.migrations.map((migration) => migration.name as string);

  test('an empty database differs from the entities (so the diff check below can fail)', async () => {
    expect(await userTables()).toEqual([]);
    expect(await existingEntityTables()).toEqual([]);
    const diff = await schemaDiff();
    expect(diff.length).toBeGreaterThan(0);
    expect(diff.join('\n')).toMatch(/CREATE TABLE/);
  });

  test('up: every migration runs and the schema builder finds no difference from the entities', async () => {
    expect(allMigrationNames().length).toBeGreaterThan(0);
    expect(await migrateDatabase(dataSource)).toEqual(allMigrationNames());
    expect(await schemaDiff()).toEqual([]);
    expect(entityTables()).toHaveLength(37);
    expect(await existingEntityTables()).toEqual(entityTables());
    expect(await userTables()).toEqual(entityTables());
  });

  test('every column whose entity names a collation has it in the database (the schema builder does not compare collations)', async () => {
    const declared = dataSource.entityMetadatas.flatMap((metadata) =>
      metadata.columns.filter((column) => column.collation).map((column) => ({ table: bareName(metadata.tablePath), column: column.databaseName, collation: column.collation })),
    );
    expect(declared).toContainEqual({ table: 'idempotency_key', column: 'key', collation: 'utf8mb4_bin' });
    if (dialectOf(dataSource) === 'sqlite') return; // SQLite compares text byte for byte (BINARY) unless told otherwise; the migrations tell it nothing
    for (const { table, column, collation } of declared) {
      const [row] = await dataSource.query('SELECT COLLATION_NAME AS collation FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?', [table, column]);
      expect({ table, column, collation: row?.collation }).toEqual({ table, column, collation });
    }
  });

  test('down one step: undoing the latest migration, then forward again, leaves no difference from the entities', async () => {
    const [last] = allMigrationNames().slice(-1);
    await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await executedMigrations()).not.toContain(last);
    expect(await migrateDatabase(dataSource)).toEqual([last]);
    expect(await schemaDiff()).toEqual([]);
  });

  test('the engagement status: undone, its column goes; done again, it comes back, CONFIRMED for every row already there', async () => {
    const name = 'EngagementStatus1796700000000';
    const all = allMigrationNames();
    const undone = all.slice(all.indexOf(name));
    for (const _ of undone) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await executedMigrations()).not.toContain(name);
    const statusColumn = async () => {
      const runner = dataSource.createQueryRunner();
      try {
        return (await runner.getTable('engagement'))?.columns.find((column) => column.name === 'status');
      } finally {
        await runner.release();
      }
    };
    expect(await statusColumn()).toBeUndefined();
    expect(await migrateDatabase(dataSource)).toEqual(undone);
    const status = await statusColumn();
    expect(status?.isNullable).toBe(false);
    expect(status?.default).toBe("'CONFIRMED'");
    expect(await schemaDiff()).toEqual([]);
  });

  test('down to the first release: undoing the write side (and what came after) leaves its 29 tables, without the columns it added', async () => {
    const writeSideOn = allMigrationNames().indexOf('WriteSide1795996800000');
    const undone = allMigrationNames().slice(writeSideOn);
    for (const _ of undone) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await executedMigrations()).toEqual(allMigrationNames().slice(0, writeSideOn));
    expect(await userTables()).toHaveLength(29);
    expect(await userTables()).not.toContain('account');
    const runner = dataSource.createQueryRunner();
    try {
      const station = await runner.getTable('station');
      expect(station?.columns.map((column) => column.name)).not.toContain('version');
      const grant = await runner.getTable('funding_grant');
      expect(grant?.columns.map((column) => column.name)).not.toContain('disbursed_cny');
    } finally {
      await runner.release();
    }
    // And forward again: the whole model, no difference.
    expect(await migrateDatabase(dataSource)).toEqual(undone);
    expect(await schemaDiff()).toEqual([]);
  });

  test('down: undoing every migration leaves no table of the model', async () => {
    await undoAllMigrations();
    expect(await executedMigrations()).toEqual([]);
    expect(await existingEntityTables()).toEqual([]);
    expect(await userTables()).toEqual([]);
  });

  test('up again: the same schema, still no difference from the entities', async () => {
    expect(await migrateDatabase(dataSource)).toEqual(allMigrationNames());
    expect(await schemaDiff()).toEqual([]);
    expect(await existingEntityTables()).toEqual(entityTables());
    expect(await userTables()).toEqual(entityTables());
  });
});
