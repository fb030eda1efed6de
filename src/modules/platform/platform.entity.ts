/** An overseas technology-cooperation platform (海外技术合作平台), built by a station or a base with partner organisations. */
import { Index } from 'typeorm';
import { Field } from 'type-graphql';
import { enumType, EnumValue } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { DateOnlyColumn, EnumColumn, ForeignKey, TextColumn } from '../../db/columns';
import { ResearchField } from '../reference/research-field.entity';
import { StationOrBase } from '../station/station-or-base';

export const PlatformKind = enumType('PlatformKind', ['JOINT_LAB', 'RD_CENTER', 'TECH_TRANSFER_CENTER', 'INNOVATION_CENTER']);
export type PlatformKind = EnumValue<typeof PlatformKind>;

@RecordEntity('platform', 'An overseas technology-cooperation platform (海外技术合作平台).')
@Index(['stationId'])
@Index(['offshoreBaseId'])
export class Platform extends BaseRecord {
  @BilingualName({ zh: { length: 300 }, sorted: true, en: { length: 300, nullable: true } })
  nameZh: string;
  nameSort: string;
  nameEn: string | null;

  @Field(() => PlatformKind)
  @EnumColumn(PlatformKind)
  kind: PlatformKind;

  @StationOrBase()
  stationId: number | null;
  offshoreBaseId: number | null;

  @ForeignKey(() => ResearchField, { onDelete: 'SET NULL', nullable: true })
  researchFieldId: number | null;

  @Field()
  @DateOnlyColumn()
  establishedOn: string;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  description: string | null;
}
