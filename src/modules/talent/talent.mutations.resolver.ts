/** The talent mutations: thin, they decode the input and hand it to TalentService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { inputId } from '../../graphql/input-ids';
import { Talent } from './talent.entity';
import {
  AMBASSADOR_FIELDS,
  AmbassadorPayload,
  AppointAmbassadorInput,
  ConfirmEngagementInput,
  CreateEngagementInput,
  CreateTalentInput,
  ENGAGEMENT_FIELDS,
  EndEngagementInput,
  EngagementPayload,
  TALENT_FIELDS,
  TalentPayload,
  UpdateTalentInput,
} from './talent.mutation-types';
import { TALENT_POLICIES } from './talent.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

@Resolver()
export class TalentMutationsResolver {
  @Authorized(...rolesOf(TALENT_POLICIES.createTalent))
  @Mutation(() => TalentPayload, { description: 'Registers a talent. STAFF and UNIT_MANAGER.' })
  async createTalent(@Arg('input', () => CreateTalentInput, MUTATION_INPUT) input: InstanceType<typeof CreateTalentInput>, @Ctx() context: AppContext): Promise<TalentPayload> {
    return { talent: await context.services.talents.createTalent(context, TALENT_FIELDS.decodeCreate(input), input.idempotencyKey) };
  }

  @Authorized(...rolesOf(TALENT_POLICIES.updateTalent))
  @Mutation(() => TalentPayload, { description: 'Changes a talent. STAFF, or the managers of a station where the talent holds a current, confirmed engagement.' })
  async updateTalent(@Arg('input', () => UpdateTalentInput, MUTATION_INPUT) input: InstanceType<typeof UpdateTalentInput>, @Ctx() context: AppContext): Promise<TalentPayload> {
    const id = inputId(input.id, 'Talent', 'input.id');
    return { talent: await context.services.talents.updateTalent(context, id, TALENT_FIELDS.decodeUpdate(input), input.expectedVersion) };
  }

  @Authorized(...rolesOf(TALENT_POLICIES.createEngagement))
  @Mutation(() => EngagementPayload, {
    description: "Engages a talent at a station (STAFF, or its unit's managers) or at an offshore base (STAFF). A unit manager's engagement is PROPOSED until STAFF confirm it (confirmEngagement); STAFF's is CONFIRMED at once.",
  })
  async createEngagement(@Arg('input', () => CreateEngagementInput, MUTATION_INPUT) input: InstanceType<typeof CreateEngagementInput>, @Ctx() context: AppContext): Promise<EngagementPayload> {
    const engagement = await context.services.talents.createEngagement(context, ENGAGEMENT_FIELDS.decodeCreate(input), input.idempotencyKey);
    return { engagement, talent: (await context.loaders.byId(Talent).load(engagement.talentId))! };
  }

  @Authorized(...rolesOf(TALENT_POLICIES.endEngagement))
  @Mutation(() => EngagementPayload, { description: "Ends an engagement. STAFF, or the station's unit's managers." })
  async endEngagement(@Arg('input', MUTATION_INPUT) input: EndEngagementInput, @Ctx() context: AppContext): Promise<EngagementPayload> {
    const engagement = await context.services.talents.endEngagement(context, inputId(input.engagementId, 'Engagement', 'input.engagementId'), input.endedOn, input.expectedVersion);
    return { engagement, talent: (await context.loaders.byId(Talent).load(engagement.talentId))! };
  }

  @Authorized(...rolesOf(TALENT_POLICIES.confirmEngagement))
  @Mutation(() => EngagementPayload, { description: "Confirms a PROPOSED engagement: it then counts in the figures and makes the talent the unit's own. STAFF only." })
  async confirmEngagement(@Arg('input', MUTATION_INPUT) input: ConfirmEngagementInput, @Ctx() context: AppContext): Promise<EngagementPayload> {
    const engagement = await context.services.talents.confirmEngagement(context, inputId(input.engagementId, 'Engagement', 'input.engagementId'), input.expectedVersion);
    return { engagement, talent: (await context.loaders.byId(Talent).load(engagement.talentId))! };
  }

  @Authorized(...rolesOf(TALENT_POLICIES.appointAmbassador))
  @Mutation(() => AmbassadorPayload, { description: 'Appoints a talent HAIZHI ambassador (海智大使). STAFF only.' })
  async appointAmbassador(@Arg('input', () => AppointAmbassadorInput, MUTATION_INPUT) input: InstanceType<typeof AppointAmbassadorInput>, @Ctx() context: AppContext): Promise<AmbassadorPayload> {
    const ambassadorAppointment = await context.services.talents.appointAmbassador(context, AMBASSADOR_FIELDS.decodeCreate(input));
    return { ambassadorAppointment, talent: (await context.loaders.byId(Talent).load(ambassadorAppointment.talentId))! };
  }
}
