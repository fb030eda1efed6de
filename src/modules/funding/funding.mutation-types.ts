/** What the funding mutations take and return: grants awarded, and payments made against them. */
import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CalendarDate, IdempotencyKey, OptionalId, Text, WholeYuan } from '../../graphql/input-fields';
import { Payload } from '../../graphql/payload';
import { Disbursement } from './disbursement.entity';
import { FundingGrant, GrantKind } from './funding-grant.entity';

@InputType({ description: 'A grant awarded to a station or an offshore base (exactly one). STAFF only.' })
export class CreateFundingGrantInput {
  @Field(() => GrantKind)
  kind: GrantKind;

  @Text({ max: 300, min: 1, description: 'As the award words it, e.g. 重庆石墨烯研究院有限公司海智工作站建站工作经费.' })
  title: string;

  @OptionalId('The station awarded; give exactly one of stationId and offshoreBaseId.')
  stationId?: string | null;

  @OptionalId('The offshore base awarded (not for ESTABLISHMENT grants, which go to stations).')
  offshoreBaseId?: string | null;

  @OptionalId('The district paying: required for DISTRICT_MATCHING, left out for the others (CQAST pays them).')
  funderDistrictId?: string | null;

  @Field(() => Int)
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year: number;

  @WholeYuan({ positive: true, description: 'Amount awarded, whole yuan (CNY), more than 0 and at most 10^11.' })
  amountCny: number;

  @CalendarDate({ description: 'Day of the award (YYYY-MM-DD).' })
  awardedOn: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A payment made against a grant (拨付); never more than the grant has left. STAFF only.' })
export class RecordDisbursementInput {
  @Field(() => ID)
  grantId: string;

  @WholeYuan({ positive: true, description: 'Amount paid, whole yuan (CNY), more than 0 and at most what the grant has left (and 10^11).' })
  amountCny: number;

  @CalendarDate({ description: 'Day of the payment (YYYY-MM-DD), not before the grant was awarded.' })
  paidOn: string;

  @Text({ max: 300, optional: true })
  note?: string | null;

  @IdempotencyKey({
    required: true,
    description:
      'Required: a payment retried after a lost answer must not be paid twice. A retry with the same key returns the first payment and pays nothing more; a new payment takes a new key.',
  })
  idempotencyKey: string;
}

export const FundingGrantPayload = Payload<{ grant: FundingGrant }>('FundingGrantPayload', { grant: () => FundingGrant });
export type FundingGrantPayload = InstanceType<typeof FundingGrantPayload>;

export const DisbursementPayload = Payload<{ grant: FundingGrant; disbursement: Disbursement }>('DisbursementPayload', {
  grant: [() => FundingGrant, { description: 'The grant, with its disbursedCny after this payment.' }],
  disbursement: () => Disbursement,
});
export type DisbursementPayload = InstanceType<typeof DisbursementPayload>;
