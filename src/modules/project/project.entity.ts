/**
 * An overseas project (海外项目) introduced through a station, or incubated at an offshore base
 * (exactly one of the two), from a partner organisation and/or a talent.
 */
import { Index } from 'typeorm';
import { Field } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { SafeIntResolver } from 'graphql-scalars';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { DateOnlyColumn, EnumColumn, ForeignKey, MoneyColumn, TextColumn } from '../../db/columns';
import { Organization } from '../organization/organization.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Talent } from '../talent/talent.entity';
import { StationOrBase } from '../station/station-or-base';

export const PROJECT_STATUS_LABELS = {
  NEGOTIATING: { zh: '洽谈中', en: 'under negotiation' },
  INTRODUCED: { zh: '已引进', en: 'agreed and introduced' },
  INCUBATING: { zh: '孵化中', en: 'being incubated' },
  LANDED: { zh: '已落地', en: 'landed: set up and running locally' },
} as const satisfies EnumLabels;
export const ProjectStatus = enumType('ProjectStatus', PROJECT_STATUS_LABELS, 'negotiating → introduced → incubating → landed.');
export type ProjectStatus = EnumValue<typeof ProjectStatus>;

@RecordEntity('project', 'An introduced overseas project (海外项目).')
@Index(['stationId'])
@Index(['offshoreBaseId'])
@Index(['partnerOrganizationId'])
@Index(['talentId'])
@Index(['researchFieldId'])
export class Project extends BaseRecord {
  @BilingualName({ zh: { length: 300 }, sorted: true, en: { length: 300, nullable: true } })
  nameZh: string;
  nameSort: string;
  nameEn: string | null;

  @Field(() => ProjectStatus, { description: 'Where the project stands: negotiating → introduced → incubating → landed.' })
  @EnumColumn(ProjectStatus)
  status: ProjectStatus;

  @Field(() => SafeIntResolver, { description: 'Amount in whole yuan (CNY), exact.' })
  @MoneyColumn()
  amountCny: number;

  @ForeignKey(() => ResearchField, { onDelete: 'SET NULL', nullable: true })
  researchFieldId: number | null;

  @StationOrBase()
  stationId: number | null;
  offshoreBaseId: number | null;

  @ForeignKey(() => Organization, { onDelete: 'SET NULL', nullable: true })
  partnerOrganizationId: number | null;

  @ForeignKey(() => Talent, { onDelete: 'SET NULL', nullable: true })
  talentId: number | null;

  @Field({ description: 'Date the project was introduced (YYYY-MM-DD).' })
  @DateOnlyColumn()
  introducedOn: string;

  @Field(() => String, { nullable: true, description: 'What the project is (plain text); null when none was given.' })
  @TextColumn({ nullable: true })
  description: string | null;
}
