/** What the platform mutations take and return: one `input` each, and a payload naming the platform. */
import { ArrayMaxSize, IsDateString, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Platform, PlatformKind } from './platform.entity';

const DATE = { strict: true } as const;

@InputType({
  description:
    'A technology-cooperation platform built by a station or an offshore base (exactly one) with partner organisations. STAFF; a UNIT_MANAGER for a station of their unit; a PARTNER with their own organisation as the one partner.',
})
export class CreatePlatformInput {
  @Field({ description: 'In Chinese, as the programme writes it.' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(300, { message: 'name must be at most 300 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'nameEn must be at most 300 characters' })
  nameEn?: string | null;

  @Field(() => PlatformKind)
  kind: PlatformKind;

  @Field(() => ID, { nullable: true, description: 'The station that built it; exactly one of stationId and offshoreBaseId.' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The offshore base that built it.' })
  offshoreBaseId?: string | null;

  @Field(() => ID, { nullable: true })
  researchFieldId?: string | null;

  @Field({ description: 'Date the platform was established (YYYY-MM-DD).' })
  @IsDateString(DATE, { message: 'establishedOn must be a date written YYYY-MM-DD' })
  establishedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The organisations it is built with (any organisation type).' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'partnerOrganizationIds may hold at most 50 organisations' })
  partnerOrganizationIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result and writes nothing.' })
  @IsOptional()
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey?: string | null;
}

@InputType({
  description: 'Changes to a platform: only the fields given change (partners change with addPlatformPartner and removePlatformPartner). The caller must be in scope of the platform as it is and as it will be.',
})
export class UpdatePlatformInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; if the platform changed since, nothing is written and the answer is CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(300, { message: 'name must be at most 300 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'nameEn must be at most 300 characters' })
  nameEn?: string | null;

  @Field(() => PlatformKind, { nullable: true })
  kind?: PlatformKind | null;

  @Field(() => ID, { nullable: true, description: 'Moves the platform to this station (then set offshoreBaseId to null).' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Moves the platform to this base (then set stationId to null).' })
  offshoreBaseId?: string | null;

  @Field(() => ID, { nullable: true })
  researchFieldId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString(DATE, { message: 'establishedOn must be a date written YYYY-MM-DD' })
  establishedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string | null;
}

@InputType({ description: 'An organisation a platform is built with. STAFF; the managers of the building station\'s unit; a PARTNER for their own organisation only.' })
export class PlatformPartnerInput {
  @Field(() => ID)
  platformId: string;

  @Field(() => ID, { description: 'Any organisation type.' })
  organizationId: string;
}

@ObjectType()
export class PlatformPayload {
  @Field(() => Platform)
  platform: Platform;
}
