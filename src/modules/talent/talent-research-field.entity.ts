/** Links a talent to the research fields they work in. */
import { Entity, Index } from 'typeorm';
import { BaseRecord } from '../../db/base-record';
import { ForeignKey } from '../../db/columns';
import { ResearchField } from '../reference/research-field.entity';
import { Talent } from './talent.entity';

@Entity('talent_research_field')
@Index(['talentId', 'researchFieldId'], { unique: true })
@Index(['researchFieldId'])
export class TalentResearchField extends BaseRecord {
  @ForeignKey(() => Talent, { onDelete: 'CASCADE' })
  talentId: number;

  @ForeignKey(() => ResearchField, { onDelete: 'RESTRICT' })
  researchFieldId: number;
}
