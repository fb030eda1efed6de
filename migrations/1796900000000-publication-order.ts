/**
 * Announcements in the order their transactions committed. An id is taken when a row is inserted,
 * not when its transaction commits: on MariaDB two publishers can commit in the other order, and a
 * subscriber catching up `after` the higher id would never see the lower one. So each publishing
 * transaction now bumps a counter row (event_sequence) and stamps the announcement with the value:
 * the row stays locked until the commit, so the next publisher's value is taken after this commit.
 *
 * Backfill: every row that exists takes place 0, and rows that share a place are ordered by id (the
 * keyset's tie-breaker), so the existing rows keep exactly the order clients saw, before every
 * announcement published from now on (the counter's first value is 1). That also keeps a cursor
 * issued before this change valid: "after id X" is "after (0, X)". Rows written outside the
 * publishing path later (the seed) take the same default and the same place.
 *
 * Like every migration it is history: QueryRunner API only, nothing imported from src/.
 */
import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { intColumn, nameColumn } from './lib/columns';
import { constraintName, recordTable } from './lib/tables';

const COUNTER = 'event_sequence';
const COLUMN = 'publication_seq';
const INDEX = constraintName('idx', 'announcement', [COLUMN]);

export class PublicationOrder1796900000000 implements MigrationInterface {
  name = 'PublicationOrder1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      recordTable(queryRunner, COUNTER, {
        columns: [{ name: 'version', type: 'integer', isNullable: false, default: '1' }, nameColumn('name', 80), intColumn('value')],
        uniques: [['name']],
      }),
      true,
    );
    // The counter row itself is made by the first publish (src/events/event-sequence.ts).
    await queryRunner.addColumn('announcement', new TableColumn({ ...intColumn(COLUMN), default: '0' }));
    await queryRunner.createIndex('announcement', new TableIndex({ name: INDEX, columnNames: [COLUMN] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('announcement', INDEX);
    await queryRunner.dropColumn('announcement', COLUMN);
    await queryRunner.dropTable(COUNTER);
  }
}
