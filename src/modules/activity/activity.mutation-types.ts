/** What the activity mutations take and return: one `input` each, and a payload naming the activity. */
import { ArrayMaxSize, IsDateString, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ParticipantRole } from './activity-participant.entity';
import { Activity, ActivityKind } from './activity.entity';

const DATE = { strict: true } as const;

@InputType({ description: 'One participant: exactly one of stationId, talentId and organizationId, with a role.' })
export class ActivityParticipantInput {
  @Field(() => ID, { nullable: true })
  stationId?: string | null;

  @Field(() => ID, { nullable: true })
  talentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Any organisation type.' })
  organizationId?: string | null;

  @Field(() => ParticipantRole)
  role: ParticipantRole;
}

@InputType({
  description:
    'An activity, organised by a station (STAFF, or its unit\'s managers), an offshore base (STAFF) or the operator when neither is given (STAFF), with its participants.',
})
export class CreateActivityInput {
  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Field({ description: 'In Chinese, as the programme writes it.' })
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(300, { message: 'title must be at most 300 characters' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'titleEn must be at most 300 characters' })
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD).' })
  @IsOptional()
  @IsDateString(DATE, { message: 'startsOn must be a date written YYYY-MM-DD' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD), on or after startsOn.' })
  @IsOptional()
  @IsDateString(DATE, { message: 'endsOn must be a date written YYYY-MM-DD' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'location must be at most 200 characters' })
  location?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organising station; at most one of stationId and offshoreBaseId.' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organising offshore base.' })
  offshoreBaseId?: string | null;

  @Field(() => ID, { nullable: true, description: "An academic-exchange grant paying for it; a UNIT_MANAGER may name only a grant awarded to a station of their unit." })
  fundingGrantId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string | null;

  @Field(() => [ActivityParticipantInput], { nullable: true, description: 'Who takes part: each station, talent or organisation once.' })
  @IsOptional()
  @ArrayMaxSize(200, { message: 'participants may hold at most 200 entries' })
  participants?: ActivityParticipantInput[] | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result and writes nothing.' })
  @IsOptional()
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey?: string | null;
}

@InputType({
  description:
    'Changes to an activity: only the fields given change (participants change with addActivityParticipant and removeActivityParticipant). The caller must be in scope of the activity as it is and as it will be.',
})
export class UpdateActivityInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; if the activity changed since, nothing is written and the answer is CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => ActivityKind, { nullable: true })
  kind?: ActivityKind | null;

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
  @IsDateString(DATE, { message: 'startsOn must be a date written YYYY-MM-DD' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString(DATE, { message: 'endsOn must be a date written YYYY-MM-DD' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'location must be at most 200 characters' })
  location?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null with offshoreBaseId null makes the operator the organiser (STAFF only).' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true })
  offshoreBaseId?: string | null;

  @Field(() => ID, { nullable: true })
  fundingGrantId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string | null;
}

@InputType({ description: 'A participant added to an activity: exactly one of stationId, talentId and organizationId, with a role.' })
export class AddActivityParticipantInput {
  @Field(() => ID)
  activityId: string;

  @Field(() => ID, { nullable: true })
  stationId?: string | null;

  @Field(() => ID, { nullable: true })
  talentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Any organisation type.' })
  organizationId?: string | null;

  @Field(() => ParticipantRole)
  role: ParticipantRole;
}

@InputType()
export class RemoveActivityParticipantInput {
  @Field(() => ID, { description: "The participant's id (an ActivityParticipant, as activity.participants lists them)." })
  participantId: string;
}

@ObjectType()
export class ActivityPayload {
  @Field(() => Activity)
  activity: Activity;
}
