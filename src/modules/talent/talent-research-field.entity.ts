/** Links a talent to the research fields they work in. */
import { BaseRecord } from '../../db/base-record';
import { ForeignKey } from '../../db/columns';
import { LinkTable } from '../../db/link-table';
import { ResearchField } from '../reference/research-field.entity';
import { Talent } from './talent.entity';

@LinkTable('talent_research_field', { talentId: () => Talent }, { researchFieldId: ForeignKey(() => ResearchField, { onDelete: 'RESTRICT' }) })
export class TalentResearchField extends BaseRecord {
  talentId: number;
  researchFieldId: number;
}
