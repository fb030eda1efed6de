/** Matrix probes for evaluations, grants and disbursements (see probe.ts). All three are STAFF only, on any station. */
import { toGlobalId } from '../../../src/graphql/global-id';
import { dataOf } from '../app';
import type { TestApp } from '../app';
import { MutationProbe, send, stationOf, unique } from './probe';

/** The latest year (not after this one) the station has no evaluation for yet; STAFF's probe calls use them up one by one. */
async function freeYear(app: TestApp, stationId: number): Promise<number> {
  const [station] = await app.dataSource.query(`SELECT approval_year AS approvalYear FROM station WHERE id = ${stationId}`);
  const taken = new Set((await app.dataSource.query(`SELECT year FROM evaluation WHERE station_id = ${stationId}`)).map((row: { year: number | string }) => Number(row.year)));
  for (let year = new Date().getUTCFullYear(); year >= Number(station.approvalYear); year--) if (!taken.has(year)) return year;
  throw new Error(`station ${stationId} has an evaluation for every year since its approval: no year is left to probe with`);
}

/** A grant made by STAFF at the target's station, with plenty left to pay. */
async function grantAt(app: TestApp, target: 'own' | 'other'): Promise<string> {
  const staff = await app.tokenFor('staff');
  const input = { kind: 'ACADEMIC_EXCHANGE', title: unique('probe grant'), stationId: toGlobalId('Station', await stationOf(app, target)), year: 2026, amountCny: 1_000_000, awardedOn: '2026-01-15' };
  return dataOf(await app.query('mutation($input: CreateFundingGrantInput!) { createFundingGrant(input: $input) { grant { id } } }', { input }, { token: staff })).createFundingGrant.grant.id;
}

export const moneyProbes: MutationProbe[] = [
  {
    mutation: 'recordEvaluation',
    async send(app, caller, target) {
      const stationId = await stationOf(app, target);
      // A pass score: no quota slot taken, no revocation.
      const input = { stationId: toGlobalId('Station', stationId), year: await freeYear(app, stationId), score: 75 };
      return send(app, caller, 'mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { evaluation { grade } } }', input);
    },
  },
  {
    mutation: 'createFundingGrant',
    async send(app, caller, target) {
      const input = { kind: 'ACADEMIC_EXCHANGE', title: unique('probe grant'), stationId: toGlobalId('Station', await stationOf(app, target)), year: 2026, amountCny: 80_000, awardedOn: '2026-03-01' };
      return send(app, caller, 'mutation($input: CreateFundingGrantInput!) { createFundingGrant(input: $input) { grant { id } } }', input);
    },
  },
  {
    mutation: 'recordDisbursement',
    async send(app, caller, target) {
      const input = { grantId: await grantAt(app, target), amountCny: 1_000, paidOn: '2026-02-01', idempotencyKey: unique('probe payment') };
      return send(app, caller, 'mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { disbursement { id } } }', input);
    },
  },
];
