/** The funding mutations: thin, they decode ids and hand the rest to FundingService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { inputId, optionalInputId } from '../../graphql/input-ids';
import { CreateFundingGrantInput, DisbursementPayload, FundingGrantPayload, RecordDisbursementInput } from './funding.mutation-types';

@Resolver()
export class FundingMutationsResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => FundingGrantPayload, { description: 'Awards a grant to a station or an offshore base. STAFF only.' })
  async createFundingGrant(@Arg('input') input: CreateFundingGrantInput, @Ctx() context: AppContext): Promise<FundingGrantPayload> {
    const grant = await context.services.funding.createFundingGrant(context, {
      ...input,
      stationId: optionalInputId(input.stationId, 'Station', 'input.stationId'),
      offshoreBaseId: optionalInputId(input.offshoreBaseId, 'OffshoreBase', 'input.offshoreBaseId'),
      funderDistrictId: optionalInputId(input.funderDistrictId, 'District', 'input.funderDistrictId'),
    });
    return { grant };
  }

  @Authorized(Role.STAFF)
  @Mutation(() => DisbursementPayload, {
    description: 'Records a payment against a grant (拨付); one that would pay more than the grant awards is CONFLICT, with extensions.remainingCny. STAFF only.',
  })
  recordDisbursement(@Arg('input') input: RecordDisbursementInput, @Ctx() context: AppContext): Promise<DisbursementPayload> {
    return context.services.funding.recordDisbursement(context, { ...input, grantId: inputId(input.grantId, 'FundingGrant', 'input.grantId') });
  }
}
