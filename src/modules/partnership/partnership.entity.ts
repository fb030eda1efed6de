/**
 * A cooperation tie between the network and an organisation. The holder is a station, an offshore
 * base, or the operator (CQAST) itself when neither is set.
 */
import { Index } from 'typeorm';
import { Field } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { DateOnlyColumn, EnumColumn, ForeignKey, TextColumn } from '../../db/columns';
import { Organization } from '../organization/organization.entity';
import { StationOrBase } from '../station/station-or-base';

export const PARTNERSHIP_KIND_LABELS = {
  EXCHANGE: { zh: '交流', en: 'exchange' },
  JOINT_RESEARCH: { zh: '联合研究', en: 'joint research' },
  TALENT_REFERRAL: { zh: '人才推荐', en: 'talent referral' },
  MOU: { zh: '合作备忘录', en: 'a memorandum of understanding' },
} as const satisfies EnumLabels;
export const PartnershipKind = enumType('PartnershipKind', PARTNERSHIP_KIND_LABELS, 'What the tie is for: exchange, joint research, talent referral, or a memorandum of understanding.');
export type PartnershipKind = EnumValue<typeof PartnershipKind>;

@RecordEntity('partnership', 'A cooperation tie with an organisation (合作关系).')
@Index(['organizationId'])
@Index(['stationId', 'organizationId'])
@Index(['offshoreBaseId', 'organizationId'])
export class Partnership extends BaseRecord {
  @ForeignKey(() => Organization, { onDelete: 'CASCADE' })
  organizationId: number;

  @StationOrBase()
  stationId: number | null;
  offshoreBaseId: number | null;

  @Field(() => PartnershipKind, { description: 'What the tie is for.' })
  @EnumColumn(PartnershipKind)
  kind: PartnershipKind;

  @Field({ description: 'Date the tie was established (YYYY-MM-DD).' })
  @DateOnlyColumn()
  since: string;

  @Field(() => String, { nullable: true, description: 'Free-text note on the tie (e.g. what was signed); null when none.' })
  @TextColumn({ nullable: true })
  note: string | null;
}
