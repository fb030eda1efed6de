/** What the announcement mutations take and return: one `input` each, and a payload naming the announcement. */
import { ArrayMaxSize, IsDateString, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Announcement, AnnouncementKind } from './announcement.entity';

const DATE = { strict: true } as const;
const COUNTRY = /^[A-Z]{2}$/;
const COUNTRY_MESSAGE = 'countries must be ISO 3166-1 alpha-2 codes in capitals, e.g. ["DE", "GB"]';

@InputType({
  description:
    'A collaboration announcement (合作公告). The publisher is at most one of stationId (STAFF, or the unit\'s managers), offshoreBaseId (STAFF) and organizationId (STAFF, or the organisation\'s partners); none publishes as the operator, CQAST (STAFF).',
})
export class PublishAnnouncementInput {
  @Field(() => AnnouncementKind)
  kind: AnnouncementKind;

  @Field({ description: 'In Chinese, as the programme writes it.' })
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(300, { message: 'title must be at most 300 characters' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'titleEn must be at most 300 characters' })
  titleEn?: string | null;

  @Field()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(20000, { message: 'body must be at most 20000 characters' })
  body: string;

  @Field(() => ID, { nullable: true, description: 'The publishing station.' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The publishing offshore base.' })
  offshoreBaseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The publishing partner organisation (any organisation type).' })
  organizationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Research fields sought or offered.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'researchFieldIds may hold at most 20 fields' })
  researchFieldIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Countries sought (ISO 3166-1 alpha-2 codes).' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'countries may hold at most 50 codes' })
  @Matches(COUNTRY, { each: true, message: COUNTRY_MESSAGE })
  countries?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Last day to respond (YYYY-MM-DD), today or later; left out, the announcement is open-ended.' })
  @IsOptional()
  @IsDateString(DATE, { message: 'deadline must be a date written YYYY-MM-DD' })
  deadline?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result and writes nothing.' })
  @IsOptional()
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an open announcement: only the fields given change; the publisher stays. A closed announcement cannot change.' })
export class UpdateAnnouncementInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; if the announcement changed since, nothing is written and the answer is CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => AnnouncementKind, { nullable: true })
  kind?: AnnouncementKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(300, { message: 'title must be at most 300 characters' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'titleEn must be at most 300 characters' })
  titleEn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(20000, { message: 'body must be at most 20000 characters' })
  body?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the research fields named; [] or null names none.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'researchFieldIds may hold at most 20 fields' })
  researchFieldIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the countries sought; [] or null names none.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'countries may hold at most 50 codes' })
  @Matches(COUNTRY, { each: true, message: COUNTRY_MESSAGE })
  countries?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Today or later; null makes the announcement open-ended.' })
  @IsOptional()
  @IsDateString(DATE, { message: 'deadline must be a date written YYYY-MM-DD' })
  deadline?: string | null;
}

@InputType({ description: 'Closes an announcement today: it takes no more responses. Once only.' })
export class CloseAnnouncementInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@ObjectType()
export class AnnouncementPayload {
  @Field(() => Announcement)
  announcement: Announcement;
}
