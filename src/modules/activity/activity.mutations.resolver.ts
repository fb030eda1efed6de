/** The activity mutations: thin, they decode the input and hand it to ActivityService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { inputId } from '../../graphql/input-ids';
import {
  ACTIVITY_FIELDS,
  ActivityPayload,
  AddActivityParticipantInput,
  CreateActivityInput,
  decodeParticipant,
  RemoveActivityParticipantInput,
  UpdateActivityInput,
} from './activity.mutation-types';
import { ACTIVITY_POLICIES } from './activity.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

@Resolver()
export class ActivityMutationsResolver {
  @Authorized(...rolesOf(ACTIVITY_POLICIES.createActivity))
  @Mutation(() => ActivityPayload, {
    description: "Records an activity with its participants. STAFF; a UNIT_MANAGER for an activity organised by a station of their unit.",
  })
  async createActivity(@Arg('input', () => CreateActivityInput, MUTATION_INPUT) input: InstanceType<typeof CreateActivityInput>, @Ctx() context: AppContext): Promise<ActivityPayload> {
    return { activity: await context.services.activities.createActivity(context, ACTIVITY_FIELDS.decodeCreate(input), input.idempotencyKey) };
  }

  @Authorized(...rolesOf(ACTIVITY_POLICIES.updateActivity))
  @Mutation(() => ActivityPayload, { description: "Changes an activity. STAFF; the organising station's unit's managers." })
  async updateActivity(@Arg('input', () => UpdateActivityInput, MUTATION_INPUT) input: InstanceType<typeof UpdateActivityInput>, @Ctx() context: AppContext): Promise<ActivityPayload> {
    const id = inputId(input.id, 'Activity', 'input.id');
    return { activity: await context.services.activities.updateActivity(context, id, ACTIVITY_FIELDS.decodeUpdate(input), input.expectedVersion) };
  }

  @Authorized(...rolesOf(ACTIVITY_POLICIES.addActivityParticipant))
  @Mutation(() => ActivityPayload, { description: "Adds a station, talent or organisation to an activity. STAFF; the organising station's unit's managers." })
  async addActivityParticipant(@Arg('input', MUTATION_INPUT) input: AddActivityParticipantInput, @Ctx() context: AppContext): Promise<ActivityPayload> {
    const { activityId, ...participant } = input;
    const activity = await context.services.activities.addActivityParticipant(context, inputId(activityId, 'Activity', 'input.activityId'), decodeParticipant(participant, 'input'));
    return { activity };
  }

  @Authorized(...rolesOf(ACTIVITY_POLICIES.removeActivityParticipant))
  @Mutation(() => ActivityPayload, { description: "Removes a participant from an activity. STAFF; the organising station's unit's managers." })
  async removeActivityParticipant(@Arg('input', MUTATION_INPUT) input: RemoveActivityParticipantInput, @Ctx() context: AppContext): Promise<ActivityPayload> {
    const activity = await context.services.activities.removeActivityParticipant(context, inputId(input.participantId, 'ActivityParticipant', 'input.participantId'));
    return { activity };
  }
}
