/**
 * Money awarded to a station or base: CQAST's establishment funding (建站工作经费), a district's
 * matching funds (配套经费), or an international academic-exchange grant. Paid out in disbursements.
 */
import { Column, Index } from 'typeorm';
import { Field, Int } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { SafeIntResolver } from 'graphql-scalars';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { DateOnlyColumn, EnumColumn, ForeignKey, MoneyColumn, NameColumn } from '../../db/columns';
import { District } from '../reference/district.entity';
import { StationOrBase } from '../station/station-or-base';

export const GRANT_KIND_LABELS = {
  ESTABLISHMENT: { zh: '建站工作经费', en: 'establishment funding from CQAST, granted on approval' },
  DISTRICT_MATCHING: { zh: '配套经费', en: 'matching funds from the district' },
  ACADEMIC_EXCHANGE: { zh: '国际学术交流活动资助', en: 'an international academic-exchange grant' },
} as const satisfies EnumLabels;
export const GrantKind = enumType('GrantKind', GRANT_KIND_LABELS, 'Establishment funding from CQAST, district matching funds, or an international academic-exchange grant.');
export type GrantKind = EnumValue<typeof GrantKind>;

@RecordEntity('funding_grant', 'A funding grant (经费).')
@Index(['stationId'])
@Index(['offshoreBaseId'])
@Index(['kind', 'year'])
export class FundingGrant extends BaseRecord {
  @Field(() => GrantKind, { description: 'What the grant is for, and so who pays it.' })
  @EnumColumn(GrantKind)
  kind: GrantKind;

  @Field({ description: 'As the award words it, e.g. 重庆石墨烯研究院有限公司海智工作站建站工作经费.' })
  @NameColumn({ length: 300 })
  title: string;

  @StationOrBase()
  stationId: number | null;
  offshoreBaseId: number | null;

  @ForeignKey(() => District, { onDelete: 'RESTRICT', nullable: true, comment: 'the district paying matching funds; null when CQAST pays' })
  funderDistrictId: number | null;

  @Field(() => Int, { description: 'The year the grant belongs to.' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => SafeIntResolver, { description: 'Amount awarded, whole yuan (CNY).' })
  @MoneyColumn()
  amountCny: number;

  @Field({ description: 'Day of the award (YYYY-MM-DD).' })
  @DateOnlyColumn()
  awardedOn: string;

  @Field(() => SafeIntResolver, { description: 'Whole yuan (CNY) paid out so far: the sum of the disbursements, never more than amountCny.' })
  @MoneyColumn({ default: 0 })
  disbursedCny: number;
}
