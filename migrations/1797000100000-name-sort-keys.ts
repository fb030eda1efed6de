/**
 * Names in the order a Chinese reader expects: every table a list orders by NAME gains `name_sort`,
 * the name's pinyin sort key (西安 "xi an", 先 "xian"; see src/modules/search/name-sort.ts), indexed
 * for the keyset. Until now NAME followed code points (亲禾, 华森, 基辅 rather than 华森, 基辅, 亲禾).
 *
 * The key is compared byte for byte: utf8mb4_bin on MariaDB/MySQL (the database's default collation
 * would fold case and accents and weigh characters its own way); SQLite's default comparison is
 * binary already. The column is NOT NULL without a default: every write makes the key from the name
 * (src/db/name-sort-column.ts), and a write that forgot would otherwise sort first silently.
 *
 * Backfill: the column is added nullable, filled from each row's name in batches (the key is made in
 * JS, with pinyin-pro, by a frozen copy of the app's function, migrations/lib/name-sort-key.ts), and
 * then made NOT NULL.
 *
 * Like every migration it is history: QueryRunner API only, nothing imported from src/.
 */
import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { nameColumn } from './lib/columns';
import { NAME_SORT_LENGTH, nameSortKey } from './lib/name-sort-key';
import { constraintName } from './lib/tables';

const COLUMN = 'name_sort';

/** Table → the name column the key is made from, and whether it is a person's name (surname first). */
const TABLES: Array<{ table: string; name: string; person: boolean }> = [
  { table: 'district', name: 'name_zh', person: false },
  { table: 'research_field', name: 'name_zh', person: false },
  { table: 'organization', name: 'name_zh', person: false },
  { table: 'host_unit', name: 'name_zh', person: false },
  { table: 'offshore_base', name: 'name_zh', person: false },
  { table: 'station', name: 'name_zh', person: false },
  { table: 'talent', name: 'name', person: true },
  { table: 'project', name: 'name_zh', person: false },
  { table: 'platform', name: 'name_zh', person: false },
  { table: 'expert', name: 'name_zh', person: true },
];

/** Rows per UPDATE while filling. */
const BATCH = 500;

function sortColumn(queryRunner: QueryRunner, nullable: boolean): TableColumn {
  const binary = queryRunner.connection.options.type !== 'better-sqlite3' ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {};
  return new TableColumn({ ...nameColumn(COLUMN, NAME_SORT_LENGTH, { nullable }), ...binary });
}

/** Sets every row's key in batches: `UPDATE t SET name_sort = CASE id WHEN ? THEN ? ... END WHERE id IN (...)`. */
async function fill(queryRunner: QueryRunner, table: string, name: string, person: boolean): Promise<void> {
  const escape = (identifier: string) => queryRunner.connection.driver.escape(identifier);
  const rows: Array<{ id: number | string; name: string }> = await queryRunner.query(`SELECT id, ${escape(name)} AS name FROM ${escape(table)} ORDER BY id`);
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const cases = batch.map(() => 'WHEN ? THEN ?').join(' ');
    const parameters = [...batch.flatMap((row) => [Number(row.id), nameSortKey(String(row.name ?? ''), person)]), ...batch.map((row) => Number(row.id))];
    await queryRunner.query(
      `UPDATE ${escape(table)} SET ${escape(COLUMN)} = CASE id ${cases} END WHERE id IN (${batch.map(() => '?').join(', ')})`,
      parameters,
    );
  }
}

export class NameSortKeys1797000100000 implements MigrationInterface {
  name = 'NameSortKeys1797000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, name, person } of TABLES) {
      await queryRunner.addColumn(table, sortColumn(queryRunner, true));
      await fill(queryRunner, table, name, person);
      await queryRunner.changeColumn(table, COLUMN, sortColumn(queryRunner, false));
      await queryRunner.createIndex(table, new TableIndex({ name: constraintName('idx', table, [COLUMN]), columnNames: [COLUMN] }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of [...TABLES].reverse()) {
      await queryRunner.dropIndex(table, constraintName('idx', table, [COLUMN]));
      await queryRunner.dropColumn(table, COLUMN);
    }
  }
}
