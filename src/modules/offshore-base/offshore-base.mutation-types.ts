/** What the offshore-base mutations take and return: one `input` each, and a payload naming what changed. */
import { IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { BaseLevel, OffshoreBase, OffshoreBaseKind } from './offshore-base.entity';

const NOT_BLANK = /\S/;
/** The year check against today is the service's; this keeps out what is no year at all. */
const YEAR_MESSAGE = { message: 'establishedYear must be a year from 1949 on, e.g. 2019' };

@InputType({ description: 'An offshore innovation and entrepreneurship base (离岸基地). STAFF only.' })
export class CreateOffshoreBaseInput {
  @Field({ description: 'In Chinese, as the programme writes it. Unique: no two bases share a name (letter case does not count).' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'nameEn must be at most 200 characters' })
  nameEn?: string | null;

  @Field(() => OffshoreBaseKind)
  kind: OffshoreBaseKind;

  @Field(() => BaseLevel)
  level: BaseLevel;

  @Field(() => ID, { description: 'The district whose stations the base coordinates.' })
  districtId: string;

  @Field(() => Int, { description: 'Not after this year.' })
  @Min(1949, YEAR_MESSAGE)
  @Max(9999, YEAR_MESSAGE)
  establishedYear: number;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result and writes nothing.' })
  @IsOptional()
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an offshore base: only the fields given change. STAFF only.' })
export class UpdateOffshoreBaseInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; if the base changed since, nothing is written and the answer is CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'nameEn must be at most 200 characters' })
  nameEn?: string | null;

  @Field(() => OffshoreBaseKind, { nullable: true })
  kind?: OffshoreBaseKind | null;

  @Field(() => BaseLevel, { nullable: true })
  level?: BaseLevel | null;

  @Field(() => ID, { nullable: true })
  districtId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1949, YEAR_MESSAGE)
  @Max(9999, YEAR_MESSAGE)
  establishedYear?: number | null;
}

@ObjectType()
export class OffshoreBasePayload {
  @Field(() => OffshoreBase)
  offshoreBase: OffshoreBase;
}
