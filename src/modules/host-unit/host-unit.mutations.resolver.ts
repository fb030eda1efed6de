/** The host-unit mutations: thin, they decode ids and hand the rest to HostUnitService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { inputId, optionalInputId } from '../../graphql/input-ids';
import { CreateHostUnitInput, HostUnitPayload, UpdateHostUnitInput } from './host-unit.mutation-types';

@Resolver()
export class HostUnitMutationsResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => HostUnitPayload, { description: 'Registers a host unit (建站单位). STAFF only.' })
  async createHostUnit(@Arg('input') input: CreateHostUnitInput, @Ctx() context: AppContext): Promise<HostUnitPayload> {
    const hostUnit = await context.services.hostUnits.createHostUnit(context, { ...input, districtId: inputId(input.districtId, 'District', 'input.districtId') });
    return { hostUnit };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER)
  @Mutation(() => HostUnitPayload, { description: "Changes a host unit. STAFF, or the unit's managers (not its kind or district)." })
  async updateHostUnit(@Arg('input') input: UpdateHostUnitInput, @Ctx() context: AppContext): Promise<HostUnitPayload> {
    const { id, expectedVersion, districtId, ...changes } = input;
    const hostUnit = await context.services.hostUnits.updateHostUnit(
      context,
      inputId(id, 'HostUnit', 'input.id'),
      { ...changes, districtId: optionalInputId(districtId, 'District', 'input.districtId') },
      expectedVersion,
    );
    return { hostUnit };
  }
}
