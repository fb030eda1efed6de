/** What the reference-data mutations take and return: one `input` each, and a payload naming what changed. */
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { District, DistrictKind } from './district.entity';
import { ResearchField } from './research-field.entity';

const NOT_BLANK = /\S/;
/** Lower-case letters and digits in words joined by hyphens: "yubei", "new-materials". */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MESSAGE = { message: 'code must be lower-case letters and digits, words joined by hyphens, e.g. "new-materials"' };

@InputType({ description: 'A district or county of Chongqing (区县). STAFF only.' })
export class CreateDistrictInput {
  @Field({ description: 'Stable pinyin slug, e.g. "yubei". Unique.' })
  @Matches(SLUG, SLUG_MESSAGE)
  @MaxLength(40, { message: 'code must be at most 40 characters' })
  code: string;

  @Field({ description: 'In Chinese, e.g. 渝北区.' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(60, { message: 'name must be at most 60 characters' })
  name: string;

  @Field()
  @Matches(NOT_BLANK, { message: 'nameEn must not be blank' })
  @MaxLength(80, { message: 'nameEn must be at most 80 characters' })
  nameEn: string;

  @Field(() => DistrictKind)
  kind: DistrictKind;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result and writes nothing.' })
  @IsOptional()
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a district: only the fields given change. STAFF only.' })
export class UpdateDistrictInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; if the district changed since, nothing is written and the answer is CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Clients filter by code: change it only to correct it.' })
  @IsOptional()
  @Matches(SLUG, SLUG_MESSAGE)
  @MaxLength(40, { message: 'code must be at most 40 characters' })
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(60, { message: 'name must be at most 60 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'nameEn must not be blank' })
  @MaxLength(80, { message: 'nameEn must be at most 80 characters' })
  nameEn?: string | null;

  @Field(() => DistrictKind, { nullable: true })
  kind?: DistrictKind | null;
}

@InputType({ description: 'A research field of the shared taxonomy (研究领域). STAFF only.' })
export class CreateResearchFieldInput {
  @Field({ description: 'Stable slug, e.g. "new-materials". Unique.' })
  @Matches(SLUG, SLUG_MESSAGE)
  @MaxLength(40, { message: 'code must be at most 40 characters' })
  code: string;

  @Field({ description: 'In Chinese, e.g. 新材料.' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(60, { message: 'name must be at most 60 characters' })
  name: string;

  @Field()
  @Matches(NOT_BLANK, { message: 'nameEn must not be blank' })
  @MaxLength(80, { message: 'nameEn must be at most 80 characters' })
  nameEn: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result and writes nothing.' })
  @IsOptional()
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a research field: only the fields given change. STAFF only.' })
export class UpdateResearchFieldInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; if the field changed since, nothing is written and the answer is CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Clients filter by code: change it only to correct it.' })
  @IsOptional()
  @Matches(SLUG, SLUG_MESSAGE)
  @MaxLength(40, { message: 'code must be at most 40 characters' })
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(60, { message: 'name must be at most 60 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'nameEn must not be blank' })
  @MaxLength(80, { message: 'nameEn must be at most 80 characters' })
  nameEn?: string | null;
}

@ObjectType()
export class DistrictPayload {
  @Field(() => District)
  district: District;
}

@ObjectType()
export class ResearchFieldPayload {
  @Field(() => ResearchField)
  researchField: ResearchField;
}
