/** The partnership mutations: thin, they decode the input and hand it to PartnershipService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { inputId } from '../../graphql/input-ids';
import { CreatePartnershipInput, EndPartnershipInput, PARTNERSHIP_FIELDS, PartnershipPayload, UpdatePartnershipInput } from './partnership.mutation-types';
import { PARTNERSHIP_POLICIES } from './partnership.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

@Resolver()
export class PartnershipMutationsResolver {
  @Authorized(...rolesOf(PARTNERSHIP_POLICIES.createPartnership))
  @Mutation(() => PartnershipPayload, {
    description: 'Makes a partnership. STAFF; a UNIT_MANAGER for a station of their unit; a PARTNER for their own organisation with a station or base.',
  })
  async createPartnership(@Arg('input', () => CreatePartnershipInput, MUTATION_INPUT) input: InstanceType<typeof CreatePartnershipInput>, @Ctx() context: AppContext): Promise<PartnershipPayload> {
    return { partnership: await context.services.partnerships.createPartnership(context, PARTNERSHIP_FIELDS.decodeCreate(input), input.idempotencyKey) };
  }

  @Authorized(...rolesOf(PARTNERSHIP_POLICIES.updatePartnership))
  @Mutation(() => PartnershipPayload, { description: "Changes a partnership's kind, date or note. Who may: as for createPartnership, judged on the partnership itself." })
  async updatePartnership(@Arg('input', () => UpdatePartnershipInput, MUTATION_INPUT) input: InstanceType<typeof UpdatePartnershipInput>, @Ctx() context: AppContext): Promise<PartnershipPayload> {
    const id = inputId(input.id, 'Partnership', 'input.id');
    return { partnership: await context.services.partnerships.updatePartnership(context, id, PARTNERSHIP_FIELDS.decodeUpdate(input), input.expectedVersion) };
  }

  @Authorized(...rolesOf(PARTNERSHIP_POLICIES.endPartnership))
  @Mutation(() => PartnershipPayload, { description: 'Ends (removes) a partnership and returns it as it was. Who may: as for updatePartnership.' })
  async endPartnership(@Arg('input', MUTATION_INPUT) input: EndPartnershipInput, @Ctx() context: AppContext): Promise<PartnershipPayload> {
    const id = inputId(input.partnershipId, 'Partnership', 'input.partnershipId');
    return { partnership: await context.services.partnerships.endPartnership(context, id, input.expectedVersion) };
  }
}
