/** What the funding mutations take and return: grants awarded, and payments made against them. */
import { IsDateString, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Disbursement } from './disbursement.entity';
import { FundingGrant, GrantKind } from './funding-grant.entity';

const DATE = { strict: true } as const;

@InputType({ description: 'A grant awarded to a station or an offshore base (exactly one). STAFF only.' })
export class CreateFundingGrantInput {
  @Field(() => GrantKind)
  kind: GrantKind;

  @Field({ description: 'As the award words it, e.g. 重庆石墨烯研究院有限公司海智工作站建站工作经费.' })
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(300, { message: 'title must be at most 300 characters' })
  title: string;

  @Field(() => ID, { nullable: true, description: 'The station awarded; give exactly one of stationId and offshoreBaseId.' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The offshore base awarded (not for ESTABLISHMENT grants, which go to stations).' })
  offshoreBaseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The district paying: required for DISTRICT_MATCHING, left out for the others (CQAST pays them).' })
  funderDistrictId?: string | null;

  @Field(() => Int)
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year: number;

  @Field(() => SafeIntResolver, { description: 'Amount awarded, whole yuan (CNY), more than 0.' })
  @Min(1, { message: 'amountCny must be at least 1 (whole yuan)' })
  amountCny: number;

  @Field({ description: 'Day of the award (YYYY-MM-DD).' })
  @IsDateString(DATE, { message: 'awardedOn must be a date written YYYY-MM-DD' })
  awardedOn: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result and writes nothing.' })
  @IsOptional()
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A payment made against a grant (拨付); never more than the grant has left. STAFF only.' })
export class RecordDisbursementInput {
  @Field(() => ID)
  grantId: string;

  @Field(() => SafeIntResolver, { description: 'Amount paid, whole yuan (CNY), more than 0 and at most what the grant has left.' })
  @Min(1, { message: 'amountCny must be at least 1 (whole yuan)' })
  amountCny: number;

  @Field({ description: 'Day of the payment (YYYY-MM-DD), not before the grant was awarded.' })
  @IsDateString(DATE, { message: 'paidOn must be a date written YYYY-MM-DD' })
  paidOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'note must be at most 300 characters' })
  note?: string | null;

  @Field({
    description:
      'Required: a payment retried after a lost answer must not be paid twice. A retry with the same key returns the first payment and pays nothing more; a new payment takes a new key.',
  })
  @MinLength(1, { message: 'idempotencyKey must not be empty' })
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey: string;
}

@ObjectType()
export class FundingGrantPayload {
  @Field(() => FundingGrant)
  grant: FundingGrant;
}

@ObjectType()
export class DisbursementPayload {
  @Field(() => FundingGrant, { description: 'The grant, with its disbursedCny after this payment.' })
  grant: FundingGrant;

  @Field(() => Disbursement)
  disbursement: Disbursement;
}
