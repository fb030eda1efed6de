/** The platform mutations: thin, they decode the input and hand it to PlatformService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { inputId } from '../../graphql/input-ids';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { CreatePlatformInput, PLATFORM_FIELDS, PlatformPartnerInput, PlatformPayload, UpdatePlatformInput } from './platform.mutation-types';
import { PLATFORM_POLICIES } from './platform.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

@Resolver()
export class PlatformMutationsResolver {
  @Authorized(...rolesOf(PLATFORM_POLICIES.createPlatform))
  @Mutation(() => PlatformPayload, {
    description: 'Records a technology-cooperation platform. STAFF; a UNIT_MANAGER for a station of their unit; a PARTNER with their own organisation as its one partner.',
  })
  async createPlatform(@Arg('input', () => CreatePlatformInput, MUTATION_INPUT) input: InstanceType<typeof CreatePlatformInput>, @Ctx() context: AppContext): Promise<PlatformPayload> {
    return { platform: await context.services.platforms.createPlatform(context, PLATFORM_FIELDS.decodeCreate(input), input.idempotencyKey) };
  }

  @Authorized(...rolesOf(PLATFORM_POLICIES.updatePlatform))
  @Mutation(() => PlatformPayload, { description: "Changes a platform. STAFF; the building station's unit's managers; a PARTNER whose organisation is one of its partners." })
  async updatePlatform(@Arg('input', () => UpdatePlatformInput, MUTATION_INPUT) input: InstanceType<typeof UpdatePlatformInput>, @Ctx() context: AppContext): Promise<PlatformPayload> {
    const id = inputId(input.id, 'Platform', 'input.id');
    return { platform: await context.services.platforms.updatePlatform(context, id, PLATFORM_FIELDS.decodeUpdate(input), input.expectedVersion) };
  }

  @Authorized(...rolesOf(PLATFORM_POLICIES.addPlatformPartner))
  @Mutation(() => PlatformPayload, { description: "Adds an organisation the platform is built with. STAFF; the building station's unit's managers; a PARTNER adds their own organisation only." })
  async addPlatformPartner(@Arg('input', MUTATION_INPUT) input: PlatformPartnerInput, @Ctx() context: AppContext): Promise<PlatformPayload> {
    const platform = await context.services.platforms.addPlatformPartner(context, ...decodePartner(input));
    return { platform };
  }

  @Authorized(...rolesOf(PLATFORM_POLICIES.removePlatformPartner))
  @Mutation(() => PlatformPayload, { description: "Removes a partner organisation from a platform. STAFF; the building station's unit's managers; a PARTNER removes their own organisation only." })
  async removePlatformPartner(@Arg('input', MUTATION_INPUT) input: PlatformPartnerInput, @Ctx() context: AppContext): Promise<PlatformPayload> {
    const platform = await context.services.platforms.removePlatformPartner(context, ...decodePartner(input));
    return { platform };
  }
}

function decodePartner(input: PlatformPartnerInput): [number, number] {
  return [inputId(input.platformId, 'Platform', 'input.platformId'), inputId(input.organizationId, ORGANIZATION_TYPE_NAMES, 'input.organizationId')];
}
