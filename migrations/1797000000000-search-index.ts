/**
 * The search index (issue 14): one row per (term, record, field), kept by the write side in the
 * mutation's own transaction. Terms are folded in the application (Chinese bigrams, stemmed words,
 * pinyin), so both databases compare short strings byte for byte: utf8mb4_bin on MariaDB; SQLite's
 * `=` is exact already. The primary key leads with the term: a query reads each of its terms as one
 * range of the key. The second index serves "replace every term of this record".
 *
 * The table starts empty; the server fills it at start-up when it finds it empty beside indexed
 * records (and `npm run search:reindex` rebuilds it): folding text needs the application's
 * libraries, which a migration may not import.
 *
 * Like every migration it is history: QueryRunner API only, nothing imported from src/.
 */
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { constraintName } from './lib/tables';

const TABLE = 'search_term';

function hasCollations(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.options.type !== 'better-sqlite3';
}

export class SearchIndex1797000000000 implements MigrationInterface {
  name = 'SearchIndex1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const binary = hasCollations(queryRunner) ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {};
    await queryRunner.createTable(
      new Table({
        name: TABLE,
        columns: [
          { name: 'term', type: 'varchar', length: '64', isPrimary: true, isNullable: false, ...binary },
          { name: 'target_type', type: 'varchar', length: '20', isPrimary: true, isNullable: false },
          { name: 'target_id', type: 'integer', isPrimary: true, isNullable: false },
          { name: 'field', type: 'varchar', length: '40', isPrimary: true, isNullable: false },
          { name: 'weight', type: 'integer', isNullable: false },
        ],
        indices: [{ name: constraintName('idx', TABLE, ['target_type', 'target_id']), columnNames: ['target_type', 'target_id'] }],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(TABLE);
  }
}
