/**
 * The excellence quota's counter for one evaluation year. A recording takes a slot with a
 * conditional update (`excellent_count + 1 <= cap`), so evaluations recorded at the same moment can
 * never award more EXCELLENT grades than the quota allows (DOMAIN.md, "Rules this project applies").
 */
import { Column, Entity } from 'typeorm';
import { BaseRecord } from '../../db/base-record';

@Entity('evaluation_year')
export class EvaluationYear extends BaseRecord {
  @Column({ type: 'integer', unique: true })
  year: number;

  /** EXCELLENT grades awarded in the year so far. */
  @Column({ type: 'integer', default: 0 })
  excellentCount: number;
}
