/**
 * Money awarded to a station or base: CQAST's establishment funding (建站工作经费), a district's
 * matching funds (配套经费), or an international academic-exchange grant. Paid out in disbursements.
 */
import { Column, Index } from 'typeorm';
import { Field, Int } from 'type-graphql';
import { enumType, EnumValue } from '../../graphql/enum-type';
import { SafeIntResolver } from 'graphql-scalars';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { DateOnlyColumn, EnumColumn, ForeignKey, MoneyColumn, NameColumn } from '../../db/columns';
import { District } from '../reference/district.entity';
import { StationOrBase } from '../station/station-or-base';

export const GrantKind = enumType(
  'GrantKind',
  ['ESTABLISHMENT', 'DISTRICT_MATCHING', 'ACADEMIC_EXCHANGE'],
  'Establishment funding from CQAST, district matching funds, or an international academic-exchange grant.',
);
export type GrantKind = EnumValue<typeof GrantKind>;

@RecordEntity('funding_grant', 'A funding grant (经费).')
@Index(['stationId'])
@Index(['offshoreBaseId'])
@Index(['kind', 'year'])
export class FundingGrant extends BaseRecord {
  @Field(() => GrantKind)
  @EnumColumn(GrantKind)
  kind: GrantKind;

  @Field()
  @NameColumn({ length: 300 })
  title: string;

  @StationOrBase()
  stationId: number | null;
  offshoreBaseId: number | null;

  @ForeignKey(() => District, { onDelete: 'RESTRICT', nullable: true, comment: 'the district paying matching funds; null when CQAST pays' })
  funderDistrictId: number | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => SafeIntResolver, { description: 'Amount awarded, whole yuan (CNY).' })
  @MoneyColumn()
  amountCny: number;

  @Field()
  @DateOnlyColumn()
  awardedOn: string;

  @Field(() => SafeIntResolver, { description: 'Whole yuan (CNY) paid out so far: the sum of the disbursements, never more than amountCny.' })
  @MoneyColumn({ default: 0 })
  disbursedCny: number;
}
