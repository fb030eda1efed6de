/** One payment made against a grant (拨付). */
import { Index } from 'typeorm';
import { Field } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { DateOnlyColumn, ForeignKey, MoneyColumn, NameColumn } from '../../db/columns';
import { FundingGrant } from './funding-grant.entity';

@RecordEntity('disbursement', 'A payment made against a grant (拨付).')
@Index(['fundingGrantId'])
export class Disbursement extends BaseRecord {
  @ForeignKey(() => FundingGrant, { onDelete: 'CASCADE' })
  fundingGrantId: number;

  @Field(() => SafeIntResolver, { description: 'Amount paid, whole yuan (CNY).' })
  @MoneyColumn()
  amountCny: number;

  @Field({ description: 'Day of the payment (YYYY-MM-DD).' })
  @DateOnlyColumn()
  disbursedOn: string;

  @Field(() => String, { nullable: true, description: 'A short note on the payment; null when none.' })
  @NameColumn({ length: 300, nullable: true })
  note: string | null;
}
