/** The offshore-base mutations: thin, they decode ids and hand the rest to OffshoreBaseService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { inputId, optionalInputId } from '../../graphql/input-ids';
import { CreateOffshoreBaseInput, OffshoreBasePayload, UpdateOffshoreBaseInput } from './offshore-base.mutation-types';

@Resolver()
export class OffshoreBaseMutationsResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => OffshoreBasePayload, { description: 'Registers an offshore base (离岸基地). STAFF only.' })
  async createOffshoreBase(@Arg('input') input: CreateOffshoreBaseInput, @Ctx() context: AppContext): Promise<OffshoreBasePayload> {
    const offshoreBase = await context.services.offshoreBases.createOffshoreBase(context, { ...input, districtId: inputId(input.districtId, 'District', 'input.districtId') });
    return { offshoreBase };
  }

  @Authorized(Role.STAFF)
  @Mutation(() => OffshoreBasePayload, { description: 'Changes an offshore base. STAFF only.' })
  async updateOffshoreBase(@Arg('input') input: UpdateOffshoreBaseInput, @Ctx() context: AppContext): Promise<OffshoreBasePayload> {
    const { id, expectedVersion, districtId, ...changes } = input;
    const offshoreBase = await context.services.offshoreBases.updateOffshoreBase(
      context,
      inputId(id, 'OffshoreBase', 'input.id'),
      { ...changes, districtId: optionalInputId(districtId, 'District', 'input.districtId') },
      expectedVersion,
    );
    return { offshoreBase };
  }
}
