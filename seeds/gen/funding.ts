/**
 * Money. Every station gets CQAST's establishment grant (建站工作经费) of 50,000 CNY on approval (the
 * rule in DOMAIN.md), paid in two tranches: 30,000 on approval, 20,000 after its first yearly
 * evaluation. Only generated stations are evaluated (a grade is a fact about a unit), so a named
 * station has had the first tranche only, whatever its approval year, as the programme's rule
 * gives nothing more without an evaluation. Districts' matching funds (配套经费) for new generated stations make up the rest of the
 * published 12,500,000 CNY "已累计拨付经费" exactly: the article ties that sum to establishment and
 * matching funds, and the figure counts those two kinds (network-stats.definitions.ts). The 2021
 * international academic-exchange grants (57%, 8 of 14, to stations and bases) are a separate
 * programme, seeded but outside the figure. No grant is paid more than it awards. Grants other than
 * the establishment grant are discrete facts about a unit, so only generated stations get them.
 */
import { Disbursement } from '../../src/modules/funding/disbursement.entity';
import { FundingGrant, GrantKind } from '../../src/modules/funding/funding-grant.entity';
import { addDays } from '../lib/dates';
import { Rng } from '../lib/rng';
import type { Ref } from '../lib/seed-set';
import { splitExact } from '../lib/split';
import { type BasePlan, type FieldPlan, type GenContext, need, type NetworkPlans, pad, type StationPlan } from './context';
import { AS_OF, evaluationDay } from './timeline';

/** The establishment grant every approved station gets (a setting in DOMAIN.md). */
export const ESTABLISHMENT_GRANT_CNY = 50_000;
/** Paid on approval; the rest follows the first yearly evaluation. */
export const FIRST_TRANCHE_CNY = 30_000;
/** The 2021 exchange grants: 8 of 14 (57%) to stations (6) and bases (2), 6 to other units. */
export const EXCHANGE_GRANTS_2021 = { stations: 6, bases: 2, others: 6 };

export interface ExchangeGrant {
  slug: string;
  ref: Ref;
  topic: string;
  field: FieldPlan;
  station: StationPlan | null;
  base: BasePlan | null;
}

export function generateFunding(ctx: GenContext, plans: NetworkPlans): ExchangeGrant[] {
  const rng = ctx.rng('funding');
  const paid = establishment(ctx, plans.stations);
  const exchange = exchangeGrants(ctx, rng, plans);
  matching(ctx, rng, plans, ctx.targets.fundingDisbursedCny - paid);
  return exchange;
}

type GrantValues = { kind: GrantKind; title: string; stationId?: Ref | null; offshoreBaseId?: Ref | null; funderDistrictId?: Ref | null; year: number; amountCny: number; awardedOn: string };

/** A grant and its payments; returns the grant and what was paid. */
function grant(ctx: GenContext, key: string, values: GrantValues, payments: Array<[number, string]>): { ref: Ref; paid: number } {
  const paid = payments.reduce((sum, [amount]) => sum + amount, 0);
  if (paid > values.amountCny) throw new Error(`grant ${key} would be paid ${paid} CNY of ${values.amountCny}`);
  // The grant carries what its payments add up to: the running total the disbursement cap's
  // conditional update works on.
  const ref = ctx.set.add(FundingGrant, `gen:grant:${key}`, true, { ...values, disbursedCny: paid });
  payments.forEach(([amountCny, disbursedOn], i) => {
    ctx.set.add(Disbursement, `gen:disbursement:${key}:${i + 1}`, true, {
      fundingGrantId: ref,
      amountCny,
      disbursedOn,
      note: payments.length > 1 || amountCny < values.amountCny ? `第${i + 1}笔拨付` : '一次性拨付',
    });
  });
  return { ref, paid };
}

/**
 * One establishment grant per station; the second tranche follows the first yearly evaluation
 * (January two years on), which only generated stations have (gen/evaluations.ts).
 */
function establishment(ctx: GenContext, stations: StationPlan[]): number {
  let paid = 0;
  for (const s of stations) {
    const evaluated = !s.named && evaluationDay(s.year + 1) <= AS_OF;
    const second = `${s.year + 2}-02-28`;
    const payments: Array<[number, string]> = [[FIRST_TRANCHE_CNY, addDays(s.approvedOn, 45)]];
    if (evaluated && second <= AS_OF) payments.push([ESTABLISHMENT_GRANT_CNY - FIRST_TRANCHE_CNY, second]);
    paid += grant(
      ctx,
      `establishment:${s.slug}`,
      { kind: GrantKind.ESTABLISHMENT, title: `${s.nameZh}建站工作经费`, stationId: s.ref, year: s.year, amountCny: ESTABLISHMENT_GRANT_CNY, awardedOn: s.approvedOn },
      payments,
    ).paid;
  }
  return paid;
}

/**
 * Districts' matching funds for new generated stations, one grant each, paid in full: together they
 * bring the disbursements to the target. Amounts are whole 10,000 CNY where the target allows.
 */
function matching(ctx: GenContext, rng: Rng, plans: NetworkPlans, remainder: number): void {
  if (remainder < 0) throw new Error(`establishment grants already pay ${-remainder} CNY more than the ${ctx.targets.fundingDisbursedCny} CNY target`);
  const pool = plans.stations.filter((s) => !s.named);
  const holders = rng.sample(pool, Math.min(ctx.targets.districtMatchingGrants, pool.length));
  if (holders.length === 0 && remainder > 0) throw new Error(`no generated station to hold the ${remainder} CNY of district matching funds`);
  const unit = remainder % 10_000 === 0 ? 10_000 : remainder % 1_000 === 0 ? 1_000 : 1;
  const amounts = splitExact(remainder, holders.map(() => 1 + rng.next()), unit);
  holders.forEach((s, i) => {
    const district = need(plans.districts, s.district, 'district');
    const awardedOn = addDays(s.approvedOn, 60);
    grant(
      ctx,
      `matching:${s.slug}`,
      { kind: GrantKind.DISTRICT_MATCHING, title: `${district.nameZh}新建海智工作站配套经费（${s.nameZh}）`, stationId: s.ref, funderDistrictId: district.ref, year: s.year, amountCny: amounts[i], awardedOn },
      [[amounts[i], addDays(awardedOn, 30)]],
    );
  });
}

function exchangeGrants(ctx: GenContext, rng: Rng, plans: NetworkPlans): ExchangeGrant[] {
  const holders: Array<{ station: StationPlan | null; base: BasePlan | null }> = [
    ...rng.sample(plans.stations.filter((s) => !s.named && s.year <= 2020), EXCHANGE_GRANTS_2021.stations).map((station) => ({ station, base: null })),
    ...plans.bases.slice(0, EXCHANGE_GRANTS_2021.bases).map((base) => ({ station: null, base })),
    ...Array.from({ length: EXCHANGE_GRANTS_2021.others }, () => ({ station: null, base: null })),
  ];
  const fields = [...plans.fields.values()];
  return holders.map(({ station, base }, i) => {
    const field = need(plans.fields, station ? rng.pick(station.fields) : base ? rng.pick(base.fields) : rng.pick(fields).code, 'research field');
    const topic = `${field.nameZh}国际学术交流会`;
    const holder = station || base ? '' : '（市级学会承担）';
    const slug = pad(i + 1, 2);
    const amountCny = 10_000 * rng.int(3, 10);
    const { ref } = grant(
      ctx,
      `exchange-2021:${slug}`,
      { kind: GrantKind.ACADEMIC_EXCHANGE, title: `2021年度国际学术交流活动资助项目：${topic}${holder}`, stationId: station?.ref ?? null, offshoreBaseId: base?.ref ?? null, year: 2021, amountCny, awardedOn: '2021-04-30' },
      [[amountCny, '2021-05-31']],
    );
    return { slug, ref, topic, field, station, base };
  });
}
