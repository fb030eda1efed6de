/**
 * Money. CQAST's establishment funding (建站工作经费) for every station, paid in two tranches (60% on
 * approval, the rest after the first yearly evaluation), so 2022's stations have had only the first:
 * the disbursements add up to the published 12,500,000 CNY exactly. Some districts add matching funds
 * (配套经费), and the 2021 international academic-exchange grants go 57% (8 of 14) to stations and bases.
 */
import { Disbursement } from '../../src/modules/funding/disbursement.entity';
import { FundingGrant, GrantKind } from '../../src/modules/funding/funding-grant.entity';
import { addDays } from '../lib/dates';
import { Rng } from '../lib/rng';
import type { Ref } from '../lib/seed-set';
import { roundTo, splitExact } from '../lib/split';
import { type BasePlan, type FieldPlan, type GenContext, need, type NetworkPlans, pad, type StationPlan } from './context';
import { LATEST_ROUND } from './timeline';

const FIRST_TRANCHE = 0.6;
const MONEY_UNIT = 1_000;
const MATCHING_AMOUNTS = [50_000, 100_000, 150_000, 200_000];
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
  establishment(ctx, rng, plans.stations);
  matching(ctx, rng, plans);
  return exchangeGrants(ctx, rng, plans);
}

function grant(ctx: GenContext, key: string, values: { kind: GrantKind; title: string; stationId?: Ref | null; offshoreBaseId?: Ref | null; funderDistrictId?: Ref | null; year: number; amountCny: number; awardedOn: string }, payments: Array<[number, string]>): Ref {
  const ref = ctx.set.add(FundingGrant, `gen:grant:${key}`, true, values);
  payments.forEach(([amountCny, disbursedOn], i) => {
    ctx.set.add(Disbursement, `gen:disbursement:${key}:${i + 1}`, true, {
      fundingGrantId: ref,
      amountCny,
      disbursedOn,
      note: payments.length > 1 ? `第${i + 1}笔拨付` : '一次性拨付',
    });
  });
  return ref;
}

function establishment(ctx: GenContext, rng: Rng, stations: StationPlan[]): void {
  const shares = splitExact(ctx.targets.fundingDisbursedCny, stations.map(() => 0.8 + rng.next() * 0.4), MONEY_UNIT);
  stations.forEach((s, i) => {
    const paid = shares[i];
    const first = addDays(s.approvedOn, 45);
    const firstTranche = roundTo(paid * FIRST_TRANCHE, MONEY_UNIT);
    // 2022's stations have had their first tranche only: what was paid is 60% of the award.
    const pendingOnly = s.year === LATEST_ROUND;
    const amountCny = pendingOnly ? paid + roundTo((paid * (1 - FIRST_TRANCHE)) / FIRST_TRANCHE, MONEY_UNIT) : paid;
    const payments: Array<[number, string]> = pendingOnly ? [[paid, first]] : [[firstTranche, first], [paid - firstTranche, `${s.year + 2}-02-28`]];
    grant(ctx, `establishment:${s.slug}`, { kind: GrantKind.ESTABLISHMENT, title: `${s.nameZh}建站工作经费`, stationId: s.ref, year: s.year, amountCny, awardedOn: s.approvedOn }, payments);
  });
}

function matching(ctx: GenContext, rng: Rng, plans: NetworkPlans): void {
  // Matching and exchange grants are discrete facts about a unit: only generated stations get made-up ones.
  const recent = plans.stations.filter((s) => !s.named && s.year >= 2019);
  for (const s of rng.sample(recent, ctx.targets.districtMatchingGrants)) {
    const district = need(plans.districts, s.district, 'district');
    const amountCny = rng.pick(MATCHING_AMOUNTS);
    const awardedOn = addDays(s.approvedOn, 60);
    grant(
      ctx,
      `matching:${s.slug}`,
      { kind: GrantKind.DISTRICT_MATCHING, title: `${district.nameZh}新建海智工作站配套经费（${s.nameZh}）`, stationId: s.ref, funderDistrictId: district.ref, year: s.year, amountCny, awardedOn },
      [[amountCny, addDays(awardedOn, 30)]],
    );
  }
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
    const ref = grant(
      ctx,
      `exchange-2021:${slug}`,
      { kind: GrantKind.ACADEMIC_EXCHANGE, title: `2021年度国际学术交流活动资助项目：${topic}${holder}`, stationId: station?.ref ?? null, offshoreBaseId: base?.ref ?? null, year: 2021, amountCny, awardedOn: '2021-04-30' },
      [[amountCny, '2021-05-31']],
    );
    return { slug, ref, topic, field, station, base };
  });
}
