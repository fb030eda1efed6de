/**
 * Idempotency keys compared byte for byte on every database: "abc" and "ABC" are two keys. MariaDB
 * compared them under the database's case- and accent-insensitive collation (so a second client key
 * that differed only in case replayed, or was refused as, the first); SQLite's `=` is already exact.
 * The column moves to utf8mb4_bin on MariaDB/MySQL, which also makes the (caller, key) unique index
 * exact; on SQLite there is nothing to change.
 *
 * Like every migration it is history: QueryRunner API only, nothing imported from src/.
 */
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { nameColumn } from './lib/columns';

const TABLE = 'idempotency_key';
const BINARY = 'utf8mb4_bin';

/** The key column as the write side made it, with the collation given (none: the table's default). */
function keyColumn(collation?: string): TableColumn {
  return new TableColumn({ ...nameColumn('key', 200), ...(collation ? { charset: 'utf8mb4', collation } : {}) });
}

function hasCollations(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.options.type !== 'better-sqlite3';
}

export class IdempotencyKeysBinary1796800000000 implements MigrationInterface {
  name = 'IdempotencyKeysBinary1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!hasCollations(queryRunner)) return;
    await queryRunner.changeColumn(TABLE, keyColumn(), keyColumn(BINARY));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!hasCollations(queryRunner)) return;
    await queryRunner.changeColumn(TABLE, keyColumn(BINARY), keyColumn());
  }
}
