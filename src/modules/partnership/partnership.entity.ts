/**
 * A cooperation tie between the network and an organisation. The holder is a station, an offshore
 * base, or the operator (CQAST) itself when neither is set.
 */
import { Index } from 'typeorm';
import { Field } from 'type-graphql';
import { enumType, EnumValue } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { DateOnlyColumn, EnumColumn, ForeignKey, TextColumn } from '../../db/columns';
import { Organization } from '../organization/organization.entity';
import { StationOrBase } from '../station/station-or-base';

export const PartnershipKind = enumType(
  'PartnershipKind',
  ['EXCHANGE', 'JOINT_RESEARCH', 'TALENT_REFERRAL', 'MOU'],
  'What the tie is for: exchange, joint research, talent referral, or a memorandum of understanding.',
);
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

  @Field(() => PartnershipKind)
  @EnumColumn(PartnershipKind)
  kind: PartnershipKind;

  @Field({ description: 'Date the tie was established (YYYY-MM-DD).' })
  @DateOnlyColumn()
  since: string;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  note: string | null;
}
