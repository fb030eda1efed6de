/**
 * An engagement's status: a unit manager's engagement is PROPOSED until STAFF confirm it, and only a
 * CONFIRMED one makes the talent the unit's own (contact details, updateTalent) or counts in a
 * figure. Every engagement made before this was made under the old rule, so it starts CONFIRMED.
 *
 * Like every migration it is history: QueryRunner API only, enum values as literals, nothing
 * imported from src/.
 */
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { enumColumn, enumValues } from './lib/columns';

const EngagementStatus = enumValues('PROPOSED', 'CONFIRMED');

export class EngagementStatus1796700000000 implements MigrationInterface {
  name = 'EngagementStatus1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('engagement', new TableColumn(enumColumn(queryRunner, 'status', EngagementStatus, { default: 'CONFIRMED' })));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('engagement', 'status');
  }
}
