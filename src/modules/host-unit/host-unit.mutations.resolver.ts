/** The host-unit mutations: thin, they decode the input and hand it to HostUnitService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { inputId } from '../../graphql/input-ids';
import { CreateHostUnitInput, HOST_UNIT_FIELDS, HostUnitPayload, UpdateHostUnitInput } from './host-unit.mutation-types';
import { HOST_UNIT_POLICIES } from './host-unit.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

@Resolver()
export class HostUnitMutationsResolver {
  @Authorized(...rolesOf(HOST_UNIT_POLICIES.createHostUnit))
  @Mutation(() => HostUnitPayload, { description: 'Registers a host unit (建站单位). STAFF only.' })
  async createHostUnit(@Arg('input', () => CreateHostUnitInput, MUTATION_INPUT) input: InstanceType<typeof CreateHostUnitInput>, @Ctx() context: AppContext): Promise<HostUnitPayload> {
    return { hostUnit: await context.services.hostUnits.createHostUnit(context, HOST_UNIT_FIELDS.decodeCreate(input), input.idempotencyKey) };
  }

  @Authorized(...rolesOf(HOST_UNIT_POLICIES.updateHostUnit))
  @Mutation(() => HostUnitPayload, { description: "Changes a host unit. STAFF, or the unit's managers (not its kind or district)." })
  async updateHostUnit(@Arg('input', () => UpdateHostUnitInput, MUTATION_INPUT) input: InstanceType<typeof UpdateHostUnitInput>, @Ctx() context: AppContext): Promise<HostUnitPayload> {
    const id = inputId(input.id, 'HostUnit', 'input.id');
    return { hostUnit: await context.services.hostUnits.updateHostUnit(context, id, HOST_UNIT_FIELDS.decodeUpdate(input), input.expectedVersion) };
  }
}
