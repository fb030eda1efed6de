/** The partnership mutations: thin, they decode ids and hand the rest to PartnershipService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { inputId, optionalInputId } from '../../graphql/input-ids';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { CreatePartnershipInput, EndPartnershipInput, PartnershipPayload, UpdatePartnershipInput } from './partnership.mutation-types';

@Resolver()
export class PartnershipMutationsResolver {
  @Authorized(Role.STAFF, Role.UNIT_MANAGER, Role.PARTNER)
  @Mutation(() => PartnershipPayload, {
    description: 'Makes a partnership. STAFF; a UNIT_MANAGER for a station of their unit; a PARTNER for their own organisation with a station or base.',
  })
  async createPartnership(@Arg('input') input: CreatePartnershipInput, @Ctx() context: AppContext): Promise<PartnershipPayload> {
    const partnership = await context.services.partnerships.createPartnership(context, {
      ...input,
      organizationId: inputId(input.organizationId, ORGANIZATION_TYPE_NAMES, 'input.organizationId'),
      stationId: optionalInputId(input.stationId, 'Station', 'input.stationId'),
      offshoreBaseId: optionalInputId(input.offshoreBaseId, 'OffshoreBase', 'input.offshoreBaseId'),
    });
    return { partnership };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER, Role.PARTNER)
  @Mutation(() => PartnershipPayload, { description: "Changes a partnership's kind, date or note. Who may: as for createPartnership, judged on the partnership itself." })
  async updatePartnership(@Arg('input') input: UpdatePartnershipInput, @Ctx() context: AppContext): Promise<PartnershipPayload> {
    const { id, expectedVersion, ...changes } = input;
    return { partnership: await context.services.partnerships.updatePartnership(context, inputId(id, 'Partnership', 'input.id'), changes, expectedVersion) };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER, Role.PARTNER)
  @Mutation(() => PartnershipPayload, { description: 'Ends (removes) a partnership and returns it as it was. Who may: as for updatePartnership.' })
  async endPartnership(@Arg('input') input: EndPartnershipInput, @Ctx() context: AppContext): Promise<PartnershipPayload> {
    const id = inputId(input.partnershipId, 'Partnership', 'input.partnershipId');
    return { partnership: await context.services.partnerships.endPartnership(context, id, input.expectedVersion) };
  }
}
