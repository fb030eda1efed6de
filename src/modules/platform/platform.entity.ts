/** An overseas technology-cooperation platform (海外技术合作平台), built by a station or a base with partner organisations. */
import { Index } from 'typeorm';
import { Field } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { DateOnlyColumn, EnumColumn, ForeignKey, TextColumn } from '../../db/columns';
import { ResearchField } from '../reference/research-field.entity';
import { StationOrBase } from '../station/station-or-base';

export const PLATFORM_KIND_LABELS = {
  JOINT_LAB: { zh: '联合实验室', en: 'a joint laboratory with overseas partners' },
  RD_CENTER: { zh: '研发中心', en: 'a research and development centre' },
  TECH_TRANSFER_CENTER: { zh: '技术转移中心', en: 'a technology-transfer centre' },
  INNOVATION_CENTER: { zh: '创新中心', en: 'an innovation centre' },
} as const satisfies EnumLabels;
export const PlatformKind = enumType('PlatformKind', PLATFORM_KIND_LABELS, 'What sort of overseas technology-cooperation platform it is.');
export type PlatformKind = EnumValue<typeof PlatformKind>;

@RecordEntity('platform', 'An overseas technology-cooperation platform (海外技术合作平台).')
@Index(['stationId'])
@Index(['offshoreBaseId'])
export class Platform extends BaseRecord {
  @BilingualName({ zh: { length: 300 }, sorted: true, en: { length: 300, nullable: true } })
  nameZh: string;
  nameSort: string;
  nameEn: string | null;

  @Field(() => PlatformKind, { description: 'What sort of platform it is.' })
  @EnumColumn(PlatformKind)
  kind: PlatformKind;

  @StationOrBase()
  stationId: number | null;
  offshoreBaseId: number | null;

  @ForeignKey(() => ResearchField, { onDelete: 'SET NULL', nullable: true })
  researchFieldId: number | null;

  @Field({ description: 'Date the platform was established (YYYY-MM-DD).' })
  @DateOnlyColumn()
  establishedOn: string;

  @Field(() => String, { nullable: true, description: 'What the platform does (plain text); null when none was given.' })
  @TextColumn({ nullable: true })
  description: string | null;
}
