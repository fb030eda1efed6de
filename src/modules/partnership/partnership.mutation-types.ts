/** What the partnership mutations take and return: one `input` each, and a payload naming what changed. */
import { IsDateString, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Partnership, PartnershipKind } from './partnership.entity';

const DATE = { strict: true } as const;

@InputType({
  description:
    "A cooperation tie with an organisation, held by a station, an offshore base, or CQAST itself (neither given). STAFF; a UNIT_MANAGER for a station of their unit; a PARTNER for their own organisation with a station or base. A holder has one tie per organisation.",
})
export class CreatePartnershipInput {
  @Field(() => ID, { description: 'The organisation on the other side (any kind).' })
  organizationId: string;

  @Field(() => ID, { nullable: true, description: 'The station holding the tie. At most one of stationId and offshoreBaseId; neither makes CQAST the holder.' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The offshore base holding the tie.' })
  offshoreBaseId?: string | null;

  @Field(() => PartnershipKind)
  kind: PartnershipKind;

  @Field({ description: 'Date the tie was established (YYYY-MM-DD), not after today.' })
  @IsDateString(DATE, { message: 'since must be a date written YYYY-MM-DD' })
  since: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'note must be at most 5000 characters' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result and writes nothing.' })
  @IsOptional()
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to a partnership: only the fields given change (its organisation and holder never do). Who may: as for createPartnership, judged on the partnership's own organisation and station." })
export class UpdatePartnershipInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; if the partnership changed since, nothing is written and the answer is CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => PartnershipKind, { nullable: true })
  kind?: PartnershipKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString(DATE, { message: 'since must be a date written YYYY-MM-DD' })
  since?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'note must be at most 5000 characters' })
  note?: string | null;
}

@InputType({ description: 'Ends a partnership: it is removed. Who may: as for updatePartnership.' })
export class EndPartnershipInput {
  @Field(() => ID)
  partnershipId: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; if the partnership changed since, nothing is removed and the answer is CONFLICT.' })
  expectedVersion?: number | null;
}

@ObjectType()
export class PartnershipPayload {
  @Field(() => Partnership, { description: 'The partnership as written; for endPartnership, as it was when it was removed.' })
  partnership: Partnership;
}
