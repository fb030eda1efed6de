/** The platform mutations: thin, they decode ids and hand the rest to PlatformService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { inputId, inputIds, optionalInputId } from '../../graphql/input-ids';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { CreatePlatformInput, PlatformPartnerInput, PlatformPayload, UpdatePlatformInput } from './platform.mutation-types';

function decodeIds(input: Pick<CreatePlatformInput, 'stationId' | 'offshoreBaseId' | 'researchFieldId'>) {
  return {
    stationId: optionalInputId(input.stationId, 'Station', 'input.stationId'),
    offshoreBaseId: optionalInputId(input.offshoreBaseId, 'OffshoreBase', 'input.offshoreBaseId'),
    researchFieldId: optionalInputId(input.researchFieldId, 'ResearchField', 'input.researchFieldId'),
  };
}

@Resolver()
export class PlatformMutationsResolver {
  @Authorized(Role.STAFF, Role.UNIT_MANAGER, Role.PARTNER)
  @Mutation(() => PlatformPayload, {
    description: 'Records a technology-cooperation platform. STAFF; a UNIT_MANAGER for a station of their unit; a PARTNER with their own organisation as its one partner.',
  })
  async createPlatform(@Arg('input') input: CreatePlatformInput, @Ctx() context: AppContext): Promise<PlatformPayload> {
    const platform = await context.services.platforms.createPlatform(context, {
      ...input,
      ...decodeIds(input),
      partnerOrganizationIds: inputIds(input.partnerOrganizationIds ?? [], ORGANIZATION_TYPE_NAMES, 'input.partnerOrganizationIds'),
    });
    return { platform };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER, Role.PARTNER)
  @Mutation(() => PlatformPayload, { description: "Changes a platform. STAFF; the building station's unit's managers; a PARTNER whose organisation is one of its partners." })
  async updatePlatform(@Arg('input') input: UpdatePlatformInput, @Ctx() context: AppContext): Promise<PlatformPayload> {
    const { id, expectedVersion, ...rest } = input;
    const platform = await context.services.platforms.updatePlatform(context, inputId(id, 'Platform', 'input.id'), { ...rest, ...decodeIds(rest) }, expectedVersion);
    return { platform };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER, Role.PARTNER)
  @Mutation(() => PlatformPayload, { description: "Adds an organisation the platform is built with. STAFF; the building station's unit's managers; a PARTNER adds their own organisation only." })
  async addPlatformPartner(@Arg('input') input: PlatformPartnerInput, @Ctx() context: AppContext): Promise<PlatformPayload> {
    const platform = await context.services.platforms.addPlatformPartner(context, ...decodePartner(input));
    return { platform };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER, Role.PARTNER)
  @Mutation(() => PlatformPayload, { description: "Removes a partner organisation from a platform. STAFF; the building station's unit's managers; a PARTNER removes their own organisation only." })
  async removePlatformPartner(@Arg('input') input: PlatformPartnerInput, @Ctx() context: AppContext): Promise<PlatformPayload> {
    const platform = await context.services.platforms.removePlatformPartner(context, ...decodePartner(input));
    return { platform };
  }
}

function decodePartner(input: PlatformPartnerInput): [number, number] {
  return [inputId(input.platformId, 'Platform', 'input.platformId'), inputId(input.organizationId, ORGANIZATION_TYPE_NAMES, 'input.organizationId')];
}
