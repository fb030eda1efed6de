/**
 * Whether an activity's organiser is recorded. Until now an activity with neither a station nor a
 * base as organiser read as organised by the operator, CQAST; the source article also names outside
 * events a station only took part in (积极参与) and events it names no organiser for. Those are
 * false here, so the API no longer credits CQAST with them. Every activity made before this had its
 * organiser recorded under the old rule, so the column starts true.
 *
 * Like every migration it is history: QueryRunner API only, nothing imported from src/.
 */
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { booleanColumn } from './lib/columns';

export class ActivityOrganizerRecorded1796913000000 implements MigrationInterface {
  name = 'ActivityOrganizerRecorded1796913000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('activity', new TableColumn(booleanColumn('organizer_recorded', { default: true })));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('activity', 'organizer_recorded');
  }
}
