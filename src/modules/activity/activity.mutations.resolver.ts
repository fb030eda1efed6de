/** The activity mutations: thin, they decode ids and hand the rest to ActivityService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { inputId, optionalInputId } from '../../graphql/input-ids';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import type { NewParticipant } from './activity.service';
import {
  ActivityParticipantInput,
  ActivityPayload,
  AddActivityParticipantInput,
  CreateActivityInput,
  RemoveActivityParticipantInput,
  UpdateActivityInput,
} from './activity.mutation-types';

function decodeIds(input: Pick<CreateActivityInput, 'stationId' | 'offshoreBaseId' | 'fundingGrantId'>) {
  return {
    stationId: optionalInputId(input.stationId, 'Station', 'input.stationId'),
    offshoreBaseId: optionalInputId(input.offshoreBaseId, 'OffshoreBase', 'input.offshoreBaseId'),
    fundingGrantId: optionalInputId(input.fundingGrantId, 'FundingGrant', 'input.fundingGrantId'),
  };
}

function decodeParticipant(participant: ActivityParticipantInput, path: string): NewParticipant {
  return {
    stationId: optionalInputId(participant.stationId, 'Station', `${path}.stationId`),
    talentId: optionalInputId(participant.talentId, 'Talent', `${path}.talentId`),
    organizationId: optionalInputId(participant.organizationId, ORGANIZATION_TYPE_NAMES, `${path}.organizationId`),
    role: participant.role,
  };
}

@Resolver()
export class ActivityMutationsResolver {
  @Authorized(Role.STAFF, Role.UNIT_MANAGER)
  @Mutation(() => ActivityPayload, {
    description: "Records an activity with its participants. STAFF; a UNIT_MANAGER for an activity organised by a station of their unit.",
  })
  async createActivity(@Arg('input') input: CreateActivityInput, @Ctx() context: AppContext): Promise<ActivityPayload> {
    const activity = await context.services.activities.createActivity(context, {
      ...input,
      ...decodeIds(input),
      participants: (input.participants ?? []).map((participant, index) => decodeParticipant(participant, `input.participants[${index}]`)),
    });
    return { activity };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER)
  @Mutation(() => ActivityPayload, { description: "Changes an activity. STAFF; the organising station's unit's managers." })
  async updateActivity(@Arg('input') input: UpdateActivityInput, @Ctx() context: AppContext): Promise<ActivityPayload> {
    const { id, expectedVersion, ...rest } = input;
    const activity = await context.services.activities.updateActivity(context, inputId(id, 'Activity', 'input.id'), { ...rest, ...decodeIds(rest) }, expectedVersion);
    return { activity };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER)
  @Mutation(() => ActivityPayload, { description: "Adds a station, talent or organisation to an activity. STAFF; the organising station's unit's managers." })
  async addActivityParticipant(@Arg('input') input: AddActivityParticipantInput, @Ctx() context: AppContext): Promise<ActivityPayload> {
    const { activityId, ...participant } = input;
    const activity = await context.services.activities.addActivityParticipant(context, inputId(activityId, 'Activity', 'input.activityId'), decodeParticipant(participant, 'input'));
    return { activity };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER)
  @Mutation(() => ActivityPayload, { description: "Removes a participant from an activity. STAFF; the organising station's unit's managers." })
  async removeActivityParticipant(@Arg('input') input: RemoveActivityParticipantInput, @Ctx() context: AppContext): Promise<ActivityPayload> {
    const activity = await context.services.activities.removeActivityParticipant(context, inputId(input.participantId, 'ActivityParticipant', 'input.participantId'));
    return { activity };
  }
}
