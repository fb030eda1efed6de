/** The talent mutations: thin, they decode ids and hand the rest to TalentService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { inputId, inputIds, optionalInputId } from '../../graphql/input-ids';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { Talent } from './talent.entity';
import {
  AmbassadorPayload,
  AppointAmbassadorInput,
  ConfirmEngagementInput,
  CreateEngagementInput,
  CreateTalentInput,
  EndEngagementInput,
  EngagementPayload,
  TalentPayload,
  UpdateTalentInput,
} from './talent.mutation-types';

@Resolver()
export class TalentMutationsResolver {
  @Authorized(Role.STAFF, Role.UNIT_MANAGER)
  @Mutation(() => TalentPayload, { description: 'Registers a talent. STAFF and UNIT_MANAGER.' })
  async createTalent(@Arg('input') input: CreateTalentInput, @Ctx() context: AppContext): Promise<TalentPayload> {
    const { country, affiliationId, researchFieldIds, isReturnee, ...rest } = input;
    const talent = await context.services.talents.createTalent(context, {
      ...rest,
      isReturnee: isReturnee ?? false,
      countryCode: country,
      affiliationId: optionalInputId(affiliationId, ORGANIZATION_TYPE_NAMES, 'input.affiliationId'),
      researchFieldIds: inputIds(researchFieldIds ?? [], 'ResearchField', 'input.researchFieldIds'),
    });
    return { talent };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER)
  @Mutation(() => TalentPayload, { description: 'Changes a talent. STAFF, or the managers of a station where the talent holds a current, confirmed engagement.' })
  async updateTalent(@Arg('input') input: UpdateTalentInput, @Ctx() context: AppContext): Promise<TalentPayload> {
    const { id, expectedVersion, country, affiliationId, ...rest } = input;
    const talent = await context.services.talents.updateTalent(
      context,
      inputId(id, 'Talent', 'input.id'),
      { ...rest, countryCode: country, affiliationId: optionalInputId(affiliationId, ORGANIZATION_TYPE_NAMES, 'input.affiliationId') },
      expectedVersion,
    );
    return { talent };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER)
  @Mutation(() => EngagementPayload, {
    description: "Engages a talent at a station (STAFF, or its unit's managers) or at an offshore base (STAFF). A unit manager's engagement is PROPOSED until STAFF confirm it (confirmEngagement); STAFF's is CONFIRMED at once.",
  })
  async createEngagement(@Arg('input') input: CreateEngagementInput, @Ctx() context: AppContext): Promise<EngagementPayload> {
    const engagement = await context.services.talents.createEngagement(context, {
      ...input,
      talentId: inputId(input.talentId, 'Talent', 'input.talentId'),
      stationId: optionalInputId(input.stationId, 'Station', 'input.stationId'),
      offshoreBaseId: optionalInputId(input.offshoreBaseId, 'OffshoreBase', 'input.offshoreBaseId'),
    });
    return { engagement, talent: (await context.loaders.byId(Talent).load(engagement.talentId))! };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER)
  @Mutation(() => EngagementPayload, { description: "Ends an engagement. STAFF, or the station's unit's managers." })
  async endEngagement(@Arg('input') input: EndEngagementInput, @Ctx() context: AppContext): Promise<EngagementPayload> {
    const engagement = await context.services.talents.endEngagement(context, inputId(input.engagementId, 'Engagement', 'input.engagementId'), input.endedOn, input.expectedVersion);
    return { engagement, talent: (await context.loaders.byId(Talent).load(engagement.talentId))! };
  }

  @Authorized(Role.STAFF)
  @Mutation(() => EngagementPayload, { description: "Confirms a PROPOSED engagement: it then counts in the figures and makes the talent the unit's own. STAFF only." })
  async confirmEngagement(@Arg('input') input: ConfirmEngagementInput, @Ctx() context: AppContext): Promise<EngagementPayload> {
    const engagement = await context.services.talents.confirmEngagement(context, inputId(input.engagementId, 'Engagement', 'input.engagementId'), input.expectedVersion);
    return { engagement, talent: (await context.loaders.byId(Talent).load(engagement.talentId))! };
  }

  @Authorized(Role.STAFF)
  @Mutation(() => AmbassadorPayload, { description: 'Appoints a talent HAIZHI ambassador (海智大使). STAFF only.' })
  async appointAmbassador(@Arg('input') input: AppointAmbassadorInput, @Ctx() context: AppContext): Promise<AmbassadorPayload> {
    const ambassadorAppointment = await context.services.talents.appointAmbassador(context, { ...input, talentId: inputId(input.talentId, 'Talent', 'input.talentId') });
    return { ambassadorAppointment, talent: (await context.loaders.byId(Talent).load(ambassadorAppointment.talentId))! };
  }
}
