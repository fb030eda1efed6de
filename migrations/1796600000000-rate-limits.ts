/**
 * Rate limits: an API key may carry its own hourly limit, set by STAFF; null keeps the default
 * (RATE_LIMIT_API_KEY). The counters themselves live in Redis or in memory, not here.
 *
 * Like every migration it is history: QueryRunner API only, nothing imported from src/.
 */
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { intColumn } from './lib/columns';

export class RateLimits1796600000000 implements MigrationInterface {
  name = 'RateLimits1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('api_key', new TableColumn(intColumn('rate_limit_per_hour', { nullable: true })));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('api_key', 'rate_limit_per_hour');
  }
}
