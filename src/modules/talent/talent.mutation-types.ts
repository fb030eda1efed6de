/** What the talent mutations take and return: one `input` each, and a payload naming what changed. */
import { ArrayMaxSize, IsDateString, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AmbassadorAppointment } from './ambassador-appointment.entity';
import { Engagement, EngagementRole } from './engagement.entity';
import { Degree, Talent } from './talent.entity';

const DATE = { strict: true } as const;

@InputType({ description: 'A talent the network brings in. STAFF, or a UNIT_MANAGER (who then engages them at their stations).' })
export class CreateTalentInput {
  @Field({ description: 'As the programme writes it: Chinese for Chinese names, the original for others.' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(120, { message: 'name must be at most 120 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120, { message: 'nameEn must be at most 120 characters' })
  nameEn?: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the country the talent works in (or came back from).' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code in capitals, e.g. "NZ"' })
  country: string;

  @Field(() => Degree)
  degree: Degree;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120, { message: 'title must be at most 120 characters' })
  title?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A returnee talent (海归); false when left out.' })
  isReturnee?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The organisation the talent works for (any organisation type).' })
  affiliationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'email must be at most 200 characters' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40, { message: 'phone must be at most 40 characters' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'bio must be at most 5000 characters' })
  bio?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Research fields the talent works in.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'researchFieldIds may hold at most 20 fields' })
  researchFieldIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result and writes nothing.' })
  @IsOptional()
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to a talent: only the fields given change. STAFF, or the managers of a station where the talent is engaged." })
export class UpdateTalentInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; if the talent changed since, nothing is written and the answer is CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(120, { message: 'name must be at most 120 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120, { message: 'nameEn must be at most 120 characters' })
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code in capitals, e.g. "NZ"' })
  country?: string | null;

  @Field(() => Degree, { nullable: true })
  degree?: Degree | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120, { message: 'title must be at most 120 characters' })
  title?: string | null;

  @Field(() => Boolean, { nullable: true })
  isReturnee?: boolean | null;

  @Field(() => ID, { nullable: true })
  affiliationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'email must be at most 200 characters' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40, { message: 'phone must be at most 40 characters' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'bio must be at most 5000 characters' })
  bio?: string | null;
}

@InputType({ description: 'A talent engaged at a station (STAFF, or its unit\'s managers) or at an offshore base (STAFF).' })
export class CreateEngagementInput {
  @Field(() => ID)
  talentId: string;

  @Field(() => ID, { nullable: true, description: 'Exactly one of stationId and offshoreBaseId.' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true })
  offshoreBaseId?: string | null;

  @Field(() => EngagementRole)
  role: EngagementRole;

  @Field(() => String, { nullable: true, description: 'The title as the host words it, e.g. 首席研发技术顾问.' })
  @IsOptional()
  @MaxLength(120, { message: 'title must be at most 120 characters' })
  title?: string | null;

  @Field({ description: 'First day (YYYY-MM-DD).' })
  @IsDateString(DATE, { message: 'startedOn must be a date written YYYY-MM-DD' })
  startedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Ends an engagement: the talent is no longer on post after that day.' })
export class EndEngagementInput {
  @Field(() => ID)
  engagementId: string;

  @Field({ description: 'Last day (YYYY-MM-DD), on or after the first.' })
  @IsDateString(DATE, { message: 'endedOn must be a date written YYYY-MM-DD' })
  endedOn: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType({ description: 'Appoints a talent HAIZHI ambassador (海智大使). STAFF only.' })
export class AppointAmbassadorInput {
  @Field(() => ID)
  talentId: string;

  @Field(() => Int)
  batch: number;

  @Field()
  @IsDateString(DATE, { message: 'appointedOn must be a date written YYYY-MM-DD' })
  appointedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString(DATE, { message: 'termEndsOn must be a date written YYYY-MM-DD' })
  termEndsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Country or region the ambassador represents the network in.' })
  @IsOptional()
  @MaxLength(120, { message: 'region must be at most 120 characters' })
  region?: string | null;
}

@ObjectType()
export class TalentPayload {
  @Field(() => Talent)
  talent: Talent;
}

@ObjectType()
export class EngagementPayload {
  @Field(() => Engagement)
  engagement: Engagement;

  @Field(() => Talent)
  talent: Talent;
}

@ObjectType()
export class AmbassadorPayload {
  @Field(() => AmbassadorAppointment)
  ambassadorAppointment: AmbassadorAppointment;

  @Field(() => Talent)
  talent: Talent;
}
