/** The offshore-base mutations: thin, they decode the input and hand it to OffshoreBaseService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { inputId } from '../../graphql/input-ids';
import { CreateOffshoreBaseInput, OFFSHORE_BASE_FIELDS, OffshoreBasePayload, UpdateOffshoreBaseInput } from './offshore-base.mutation-types';
import { OFFSHORE_BASE_POLICIES } from './offshore-base.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

@Resolver()
export class OffshoreBaseMutationsResolver {
  @Authorized(...rolesOf(OFFSHORE_BASE_POLICIES.createOffshoreBase))
  @Mutation(() => OffshoreBasePayload, { description: 'Registers an offshore base (离岸基地). STAFF only.' })
  async createOffshoreBase(
    @Arg('input', () => CreateOffshoreBaseInput, MUTATION_INPUT) input: InstanceType<typeof CreateOffshoreBaseInput>,
    @Ctx() context: AppContext,
  ): Promise<OffshoreBasePayload> {
    return { offshoreBase: await context.services.offshoreBases.createOffshoreBase(context, OFFSHORE_BASE_FIELDS.decodeCreate(input), input.idempotencyKey) };
  }

  @Authorized(...rolesOf(OFFSHORE_BASE_POLICIES.updateOffshoreBase))
  @Mutation(() => OffshoreBasePayload, { description: 'Changes an offshore base. STAFF only.' })
  async updateOffshoreBase(
    @Arg('input', () => UpdateOffshoreBaseInput, MUTATION_INPUT) input: InstanceType<typeof UpdateOffshoreBaseInput>,
    @Ctx() context: AppContext,
  ): Promise<OffshoreBasePayload> {
    const id = inputId(input.id, 'OffshoreBase', 'input.id');
    return { offshoreBase: await context.services.offshoreBases.updateOffshoreBase(context, id, OFFSHORE_BASE_FIELDS.decodeUpdate(input), input.expectedVersion) };
  }
}
