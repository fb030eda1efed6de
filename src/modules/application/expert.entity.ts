/** A member of the expert review pool (专家评审委员会) that CQAST assigns to applications. */
import { Field } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { ForeignKey, NameColumn } from '../../db/columns';
import { HostUnit } from '../host-unit/host-unit.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Talent } from '../talent/talent.entity';

@RecordEntity('expert', 'A reviewing expert (评审专家).')
export class Expert extends BaseRecord {
  @BilingualName({ zh: { length: 80 }, sorted: { person: true }, en: { length: 120, nullable: true } })
  nameZh: string;
  nameSort: string;
  nameEn: string | null;

  @Field(() => String, { nullable: true, description: 'Where the expert works, in their own words.' })
  @NameColumn({ length: 300, nullable: true })
  affiliation: string | null;

  @Field(() => String, { nullable: true, description: 'Position or title at work, e.g. 教授, chief engineer; null when not recorded.' })
  @NameColumn({ length: 200, nullable: true })
  position: string | null;

  @ForeignKey(() => ResearchField, { onDelete: 'SET NULL', nullable: true })
  researchFieldId: number | null;

  @ForeignKey(() => HostUnit, { onDelete: 'SET NULL', nullable: true, comment: 'the host unit the expert works at: a conflict of interest for its applications' })
  hostUnitId: number | null;

  @ForeignKey(() => Talent, { onDelete: 'SET NULL', nullable: true, comment: 'the talent record of the expert, when they are one: engagements at a unit are a conflict of interest' })
  talentId: number | null;
}
