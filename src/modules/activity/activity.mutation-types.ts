/** What the activity mutations take and return: the writable fields once, the inputs made from them, and the payload. */
import { Field, ID, InputType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { OptionalId } from '../../graphql/input-fields';
import { optionalInputId } from '../../graphql/input-ids';
import { date, enumOf, id, listOf, text, writableFields } from '../../graphql/writable-fields';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import type { NewParticipant } from './activity.service';
import { ParticipantRole } from './activity-participant.entity';
import { Activity, ActivityKind } from './activity.entity';

/** Who takes part: exactly one of stationId, talentId and organizationId, with a role. */
interface ParticipantFields {
  stationId?: string | null;
  talentId?: string | null;
  organizationId?: string | null;
  role: ParticipantRole;
}

/** Declares ParticipantFields on an input, after its own fields: both inputs that name a participant take them alike. */
function ParticipantFieldsInput(): ClassDecorator {
  return ({ prototype }) => {
    OptionalId('The participant, when it is a station.')(prototype, 'stationId');
    OptionalId('The participant, when it is a talent.')(prototype, 'talentId');
    OptionalId('The participant, when it is an organisation (any organisation type).')(prototype, 'organizationId');
    Field(() => ParticipantRole, { description: 'The part the participant plays.' })(prototype, 'role');
  };
}

@InputType({ description: 'One participant: exactly one of stationId, talentId and organizationId, with a role.' })
@ParticipantFieldsInput()
export class ActivityParticipantInput {}
export interface ActivityParticipantInput extends ParticipantFields {}

/** A participant's ids decoded (errors at `path`.<field>). */
export function decodeParticipant(participant: ActivityParticipantInput, path: string): NewParticipant {
  return {
    stationId: optionalInputId(participant.stationId, 'Station', `${path}.stationId`),
    talentId: optionalInputId(participant.talentId, 'Talent', `${path}.talentId`),
    organizationId: optionalInputId(participant.organizationId, ORGANIZATION_TYPE_NAMES, `${path}.organizationId`),
    role: participant.role,
  };
}

export const ACTIVITY_FIELDS = writableFields({
  kind: enumOf(ActivityKind, { required: true, description: 'What sort of activity it is.' }),
  title: text({ max: 300, min: 1, required: true, description: 'In Chinese, as the programme writes it.' }),
  titleEn: text({ max: 300, description: 'The title in English.' }),
  startsOn: date({ description: 'First day (YYYY-MM-DD).' }),
  endsOn: date({ description: 'Last day (YYYY-MM-DD), on or after startsOn.' }),
  location: text({ max: 200, description: 'Where it takes place, e.g. a city or venue.' }),
  stationId: id('Station', {
    description: {
      create: 'The organising station; at most one of stationId and offshoreBaseId.',
      update: 'Null with offshoreBaseId null makes the operator the organiser (STAFF only).',
    },
  }),
  offshoreBaseId: id('OffshoreBase', { description: { create: 'The organising offshore base (STAFF only).', update: 'The organising offshore base (STAFF only); then set stationId to null.' } }),
  fundingGrantId: id('FundingGrant', {
    description: 'An academic-exchange grant paying for it; a UNIT_MANAGER may name only a grant awarded to a station of their unit.',
  }),
  description: text({ max: 5000, description: 'What happened or will happen (plain text).' }),
  participants: listOf(ActivityParticipantInput, {
    max: 200,
    items: 'entries',
    only: 'create',
    description: 'Who takes part: each station, talent or organisation once.',
    decode: decodeParticipant,
  }),
});

export const CreateActivityInput = ACTIVITY_FIELDS.createInput('CreateActivityInput', {
  description:
    'An activity, organised by a station (STAFF, or its unit\'s managers), an offshore base (STAFF) or the operator when neither is given (STAFF), with its participants.',
});

export const UpdateActivityInput = ACTIVITY_FIELDS.updateInput('UpdateActivityInput', {
  description:
    'Changes to an activity: only the fields given change (participants change with addActivityParticipant and removeActivityParticipant). The caller must be in scope of the activity as it is and as it will be.',
  expectedVersion: 'activity',
});

@InputType({ description: 'A participant added to an activity: exactly one of stationId, talentId and organizationId, with a role.' })
@ParticipantFieldsInput()
export class AddActivityParticipantInput {
  @Field(() => ID, { description: 'The global id of the activity.' })
  activityId: string;
}
export interface AddActivityParticipantInput extends ParticipantFields {}

@InputType({ description: "Removes one participant from an activity. STAFF; the organising station's unit's managers." })
export class RemoveActivityParticipantInput {
  @Field(() => ID, { description: "The participant's id (an ActivityParticipant, as activity.participants lists them)." })
  participantId: string;
}

export const ActivityPayload = Payload<{ activity: Activity }>('ActivityPayload', { activity: [() => Activity, { description: 'The activity as the write left it (its participants included).' }] }, 'What a write to the activity returns.');
export type ActivityPayload = InstanceType<typeof ActivityPayload>;
