/** The funding mutations: thin, they decode the input and hand it to FundingService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { CreateFundingGrantInput, DISBURSEMENT_FIELDS, DisbursementPayload, FundingGrantPayload, GRANT_FIELDS, RecordDisbursementInput } from './funding.mutation-types';
import { FUNDING_POLICIES } from './funding.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

@Resolver()
export class FundingMutationsResolver {
  @Authorized(...rolesOf(FUNDING_POLICIES.createFundingGrant))
  @Mutation(() => FundingGrantPayload, { description: 'Awards a grant to a station or an offshore base. STAFF only.' })
  async createFundingGrant(@Arg('input', () => CreateFundingGrantInput, MUTATION_INPUT) input: InstanceType<typeof CreateFundingGrantInput>, @Ctx() context: AppContext): Promise<FundingGrantPayload> {
    return { grant: await context.services.funding.createFundingGrant(context, GRANT_FIELDS.decodeCreate(input), input.idempotencyKey) };
  }

  @Authorized(...rolesOf(FUNDING_POLICIES.recordDisbursement))
  @Mutation(() => DisbursementPayload, {
    description: 'Records a payment against a grant (拨付); one that would pay more than the grant awards is CONFLICT, with extensions.remainingCny. STAFF only.',
  })
  recordDisbursement(@Arg('input', () => RecordDisbursementInput, MUTATION_INPUT) input: InstanceType<typeof RecordDisbursementInput>, @Ctx() context: AppContext): Promise<DisbursementPayload> {
    // The key is required by the input (idempotencyKey: { required: true }), so it is a string here.
    return context.services.funding.recordDisbursement(context, DISBURSEMENT_FIELDS.decodeCreate(input), input.idempotencyKey!);
  }
}
