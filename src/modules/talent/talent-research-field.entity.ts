/** Links a talent to the research fields they work in. */
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { BaseRecord } from '../../db/base-record';
import { ResearchField } from '../reference/research-field.entity';
import { Talent } from './talent.entity';

@Entity('talent_research_field')
@Index(['talentId', 'researchFieldId'], { unique: true })
@Index(['researchFieldId'])
export class TalentResearchField extends BaseRecord {
  @Column({ type: 'integer' })
  talentId: number;

  @ManyToOne(() => Talent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'talent_id' })
  talent?: Relation<Talent>;

  @Column({ type: 'integer' })
  researchFieldId: number;

  @ManyToOne(() => ResearchField, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'research_field_id' })
  researchField?: Relation<ResearchField>;
}
