/** What the activity mutations take and return: one `input` each, and a payload naming the activity. */
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { CalendarDate, ExpectedVersion, IdempotencyKey, OptionalId, Text } from '../../graphql/input-fields';
import { ParticipantRole } from './activity-participant.entity';
import { Activity, ActivityKind } from './activity.entity';

@InputType({ description: 'One participant: exactly one of stationId, talentId and organizationId, with a role.' })
export class ActivityParticipantInput {
  @OptionalId()
  stationId?: string | null;

  @OptionalId()
  talentId?: string | null;

  @OptionalId('Any organisation type.')
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

  @Text({ max: 300, min: 1, description: 'In Chinese, as the programme writes it.' })
  title: string;

  @Text({ max: 300, optional: true })
  titleEn?: string | null;

  @CalendarDate({ optional: true, description: 'First day (YYYY-MM-DD).' })
  startsOn?: string | null;

  @CalendarDate({ optional: true, description: 'Last day (YYYY-MM-DD), on or after startsOn.' })
  endsOn?: string | null;

  @Text({ max: 200, optional: true })
  location?: string | null;

  @OptionalId('The organising station; at most one of stationId and offshoreBaseId.')
  stationId?: string | null;

  @OptionalId('The organising offshore base.')
  offshoreBaseId?: string | null;

  @OptionalId("An academic-exchange grant paying for it; a UNIT_MANAGER may name only a grant awarded to a station of their unit.")
  fundingGrantId?: string | null;

  @Text({ max: 5000, optional: true })
  description?: string | null;

  @Field(() => [ActivityParticipantInput], { nullable: true, description: 'Who takes part: each station, talent or organisation once.' })
  @IsOptional()
  @ArrayMaxSize(200, { message: 'participants may hold at most 200 entries' })
  participants?: ActivityParticipantInput[] | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({
  description:
    'Changes to an activity: only the fields given change (participants change with addActivityParticipant and removeActivityParticipant). The caller must be in scope of the activity as it is and as it will be.',
})
export class UpdateActivityInput {
  @Field(() => ID)
  id: string;

  @ExpectedVersion('activity')
  expectedVersion?: number | null;

  @Field(() => ActivityKind, { nullable: true })
  kind?: ActivityKind | null;

  @Text({ max: 300, min: 1, optional: true })
  title?: string | null;

  @Text({ max: 300, optional: true })
  titleEn?: string | null;

  @CalendarDate({ optional: true })
  startsOn?: string | null;

  @CalendarDate({ optional: true })
  endsOn?: string | null;

  @Text({ max: 200, optional: true })
  location?: string | null;

  @OptionalId('Null with offshoreBaseId null makes the operator the organiser (STAFF only).')
  stationId?: string | null;

  @OptionalId()
  offshoreBaseId?: string | null;

  @OptionalId()
  fundingGrantId?: string | null;

  @Text({ max: 5000, optional: true })
  description?: string | null;
}

@InputType({ description: 'A participant added to an activity: exactly one of stationId, talentId and organizationId, with a role.' })
export class AddActivityParticipantInput {
  @Field(() => ID)
  activityId: string;

  @OptionalId()
  stationId?: string | null;

  @OptionalId()
  talentId?: string | null;

  @OptionalId('Any organisation type.')
  organizationId?: string | null;

  @Field(() => ParticipantRole)
  role: ParticipantRole;
}

@InputType()
export class RemoveActivityParticipantInput {
  @Field(() => ID, { description: "The participant's id (an ActivityParticipant, as activity.participants lists them)." })
  participantId: string;
}

export const ActivityPayload = Payload<{ activity: Activity }>('ActivityPayload', { activity: () => Activity });
export type ActivityPayload = InstanceType<typeof ActivityPayload>;
