/**
 * Announcements in the order their transactions committed. An id is taken when a row is inserted,
 * not when its transaction commits: on MariaDB two publishers can commit in the other order, and a
 * subscriber catching up `after` the higher id would never see the lower one. So each publishing
 * transaction now bumps a counter row (event_sequence) and stamps the announcement with the value:
 * the row stays locked until the commit, so the next publisher's value is taken after this commit.
 *
 * Backfill: the rows that exist were listed by id, so each takes its id (a deterministic order, the
 * one clients saw), and the counter starts at the highest id, above them all. Rows written outside
 * the publishing path (the seed) keep the default 0: before every published one, by id among
 * themselves.
 *
 * Like every migration it is history: QueryRunner API only, nothing imported from src/.
 */
import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { intColumn, nameColumn } from './lib/columns';
import { constraintName, recordTable } from './lib/tables';

const COUNTER = 'event_sequence';
const ANNOUNCEMENT_SEQUENCE = 'AnnouncementPublished';
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
    await queryRunner.addColumn('announcement', new TableColumn({ ...intColumn(COLUMN), default: '0' }));
    await queryRunner.query(`UPDATE announcement SET ${COLUMN} = id`);
    await queryRunner.createIndex('announcement', new TableIndex({ name: INDEX, columnNames: [COLUMN] }));
    // No announcement yet (a new database): the first publish creates the counter row.
    await queryRunner.query(`INSERT INTO ${COUNTER} (name, value) SELECT ?, MAX(id) FROM announcement HAVING COUNT(*) > 0`, [ANNOUNCEMENT_SEQUENCE]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('announcement', INDEX);
    await queryRunner.dropColumn('announcement', COLUMN);
    await queryRunner.dropTable(COUNTER);
  }
}
