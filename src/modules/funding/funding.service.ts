/** Funding grants: the writes of grants and their disbursements. */
import { BadUserInputError, ConflictError, InputProblem, NotFoundError } from '../../domain-errors';
import type { NewOf } from '../../graphql/writable-fields';
import { requireTotalWithin } from '../../write/money';
import { Caller, mutate, replaysCreated, WriteDeps } from '../../write/mutation';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { District } from '../reference/district.entity';
import { Station } from '../station/station.entity';
import { STATION_FUNDING_KINDS } from './station-funding';
import { Disbursement } from './disbursement.entity';
import { FundingGrant, GrantKind } from './funding-grant.entity';
import type { DISBURSEMENT_FIELDS, GRANT_FIELDS } from './funding.mutation-types';
import { ANY, writePolicy } from '../../write/policy';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const FUNDING_POLICIES = {
  createFundingGrant: writePolicy('createFundingGrant', { STAFF: ANY }),
  recordDisbursement: writePolicy('recordDisbursement', { STAFF: ANY }),
};

/** A new grant, as the create input gives it (ids decoded, left-out fields null). */
export type NewGrant = NewOf<typeof GRANT_FIELDS.fields>;

/** A payment against a grant, as the input gives it (the grant's id decoded). */
export type NewDisbursement = NewOf<typeof DISBURSEMENT_FIELDS.fields>;

export interface DisbursementResult {
  grant: FundingGrant;
  disbursement: Disbursement;
}

/** Writes of grants and the payments made against them. */
export class FundingService {
  constructor(private readonly deps: WriteDeps) {}

  createFundingGrant(caller: Caller, values: NewGrant, idempotencyKey?: string | null): Promise<FundingGrant> {
    checkRecipient(values);
    return mutate(
      this.deps,
      caller,
      FUNDING_POLICIES.createFundingGrant,
      async (m) => {
        if (values.stationId != null) await m.get(Station, values.stationId, 'input.stationId');
        if (values.offshoreBaseId != null) await m.get(OffshoreBase, values.offshoreBaseId, 'input.offshoreBaseId');
        if (values.funderDistrictId != null) await m.get(District, values.funderDistrictId, 'input.funderDistrictId');
        // Payments never pass their grant, so grants within the total keep what is paid (fundingDisbursedCny) exact too.
        await requireTotalWithin(m, 'funding_grant', values.amountCny, 'this grant');
        // Nothing is paid yet: networkStats.fundingDisbursedCny moves with disbursements only.
        return m.insert(FundingGrant, { ...values, disbursedCny: 0 });
      },
      replaysCreated(FundingGrant, idempotencyKey, values),
    );
  }

  /**
   * Pays `amountCny` against a grant. The cap is one conditional update of the grant's running
   * total (`disbursed_cny + amount <= amount_cny`), so payments made at the same moment can never
   * together pay more than the grant awards; the one that would is CONFLICT naming what is left.
   */
  recordDisbursement(caller: Caller, input: NewDisbursement, idempotencyKey: string): Promise<DisbursementResult> {
    const { grantId, amountCny, paidOn, note } = input;
    return mutate(
      this.deps,
      caller,
      FUNDING_POLICIES.recordDisbursement,
      async (m) => {
        const before = await m.lock(FundingGrant, grantId);
        if (!before) throw new NotFoundError('input.grantId names no FundingGrant that exists', { argument: 'input.grantId' });
        if (paidOn < before.awardedOn) throw BadUserInputError.of([{ path: 'input.paidOn', message: `must not be before the grant was awarded, on ${before.awardedOn}` }]);
        const paid = await m.conditional('funding_grant', 'disbursed_cny = disbursed_cny + :amount, version = version + 1', 'id = :id AND disbursed_cny + :amount <= amount_cny', {
          id: grantId,
          amount: amountCny,
        });
        if (!paid) throw overpaid((await m.lock(FundingGrant, grantId)) ?? before, amountCny);
        const disbursement = await m.insert(Disbursement, { fundingGrantId: grantId, amountCny, disbursedOn: paidOn, note });
        m.checkpoint('disbursement-inserted');
        m.loaders.byId(FundingGrant).clear(grantId);
        const grant = (await m.find(FundingGrant, grantId))!;
        await m.audit(FundingGrant, grant, before, grant);
        if (STATION_FUNDING_KINDS.includes(grant.kind)) m.emit({ type: 'NetworkFiguresChanged', figures: ['fundingDisbursedCny'] });
        return { grant, disbursement };
      },
      {
        key: idempotencyKey,
        input,
        target: (result) => ({ type: 'Disbursement', id: result.disbursement.id }),
        replay: async (m, id) => {
          const disbursement = await m.get(Disbursement, id, 'input.idempotencyKey');
          return { disbursement, grant: await m.get(FundingGrant, disbursement.fundingGrantId, 'input.idempotencyKey') };
        },
      },
    );
  }
}

/** Who receives the grant, and who pays it, agree with its kind. */
function checkRecipient(grant: NewGrant): void {
  const problems: InputProblem[] = [];
  if ((grant.stationId == null) === (grant.offshoreBaseId == null)) problems.push({ path: 'input.stationId', message: 'give exactly one of stationId and offshoreBaseId' });
  else if (grant.kind === GrantKind.ESTABLISHMENT && grant.offshoreBaseId != null) {
    problems.push({ path: 'input.offshoreBaseId', message: 'establishment funding (建站工作经费) goes to stations; give stationId' });
  }
  if (grant.kind === GrantKind.DISTRICT_MATCHING && grant.funderDistrictId == null) {
    problems.push({ path: 'input.funderDistrictId', message: 'district matching funds (配套经费) name the district that pays them' });
  }
  if (grant.kind !== GrantKind.DISTRICT_MATCHING && grant.funderDistrictId != null) {
    problems.push({ path: 'input.funderDistrictId', message: `CQAST pays ${grant.kind} grants; only DISTRICT_MATCHING grants name a paying district` });
  }
  if (problems.length) throw BadUserInputError.of(problems);
}

function overpaid(grant: FundingGrant, amountCny: number): ConflictError {
  const remainingCny = grant.amountCny - grant.disbursedCny;
  const details = { remainingCny, currentDisbursedCny: grant.disbursedCny };
  if (remainingCny <= 0) return new ConflictError(`this grant is paid in full (${grant.amountCny} CNY): nothing is left to pay`, details);
  return new ConflictError(
    `this grant has ${remainingCny} CNY left to pay (${grant.disbursedCny} of ${grant.amountCny} paid already), less than ${amountCny}: pay at most ${remainingCny}`,
    details,
  );
}
