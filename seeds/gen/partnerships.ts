/**
 * Cooperation ties. The article's come first (CQAST's own with consulates and societies, the
 * graphene station's with ASU/NTU/PolyU, Aolong's with CAAS and the NZ institute). Every generated
 * (overseas) organisation then gets one tie, so the count of distinct overseas partners equals the
 * scale's; further ties up to the scale's total go to generated organisations only, never inventing
 * ties for real ones, and are held by generated stations, the bases or CQAST, never by named stations.
 */
import { Partnership, PartnershipKind } from '../../src/modules/partnership/partnership.entity';
import { article } from '../article';
import { dateBetween } from '../lib/dates';
import { Rng, WeightedPicker } from '../lib/rng';
import type { BasePlan, GenContext, NetworkPlans, OrganizationPlan, StationPlan } from './context';
import { need, pad } from './context';
import { AS_OF } from './timeline';

const KIND_WEIGHTS: Array<[PartnershipKind, number]> = [
  [PartnershipKind.EXCHANGE, 35],
  [PartnershipKind.JOINT_RESEARCH, 30],
  [PartnershipKind.TALENT_REFERRAL, 20],
  [PartnershipKind.MOU, 15],
];
const OPERATOR_SHARE = 0.12;
const BASE_SHARE = 0.06;
/** How often a generated tie goes to a station working in the organisation's field. */
const SAME_FIELD_SHARE = 0.7;

type Holder = { station: StationPlan } | { base: BasePlan } | 'operator';

export function generatePartnerships(ctx: GenContext, plans: NetworkPlans): void {
  for (const p of article.partnerships) {
    const org = need(plans.organizationsBySlug, p.organization, 'organisation');
    const station = p.holder ? need(plans.stationsBySlug, p.holder, 'station') : null;
    ctx.set.add(Partnership, `partnership:${p.holder ?? 'cqast'}:${p.organization}`, false, {
      organizationId: org.ref,
      stationId: station?.ref ?? null,
      offshoreBaseId: null,
      kind: p.kind,
      since: p.since,
    });
  }

  const rng = ctx.rng('partnerships');
  const kinds = new WeightedPicker(KIND_WEIGHTS, ([, w]) => w);
  const generatedOrgs = plans.organizations.filter((o) => o.generated);
  // A tie is a fact about its holder: made-up ties go to generated stations, the bases and CQAST, and
  // to the graphene station only for the generated teams the article's five teams imply.
  // A synthetic (benchmark) network gives every station made-up ties (GenContext.synthetic).
  const generatedStations = ctx.synthetic ? plans.stations : plans.stations.filter((s) => !s.named);
  const byField = stationsByField(generatedStations);
  const taken = new Set<string>();
  let n = 0;
  const add = (org: OrganizationPlan, holder: Holder): boolean => {
    const holderKey = holder === 'operator' ? 'cqast' : 'station' in holder ? holder.station.slug : `base-${holder.base.slug}`;
    if (taken.has(`${holderKey}|${org.slug}`)) return false;
    taken.add(`${holderKey}|${org.slug}`);
    const from = holder === 'operator' ? '2016-01-01' : 'station' in holder ? holder.station.approvedOn : holder.base.establishedOn;
    ctx.set.add(Partnership, `gen:partnership:${pad(++n, 7)}`, true, {
      organizationId: org.ref,
      stationId: holder !== 'operator' && 'station' in holder ? holder.station.ref : null,
      offshoreBaseId: holder !== 'operator' && 'base' in holder ? holder.base.ref : null,
      kind: kinds.pick(rng)[0],
      since: dateBetween(() => rng.next(), from, AS_OF),
    });
    if (holder !== 'operator' && 'station' in holder) holder.station.partners.push(org);
    return true;
  };

  const teamHolders = new Map(plans.stations.flatMap((station) => station.teamOrganizations.map((org) => [org, station] as const)));
  for (const org of generatedOrgs) {
    const team = teamHolders.get(org);
    add(org, team ? { station: team } : drawHolder(rng, plans.bases, generatedStations, byField, org, ctx.synthetic));
  }
  const extra = ctx.scale.partnerships - article.partnerships.length - generatedOrgs.length;
  for (let i = 0; i < extra; ) {
    const org = rng.pick(generatedOrgs);
    if (add(org, drawHolder(rng, plans.bases, generatedStations, byField, org, ctx.synthetic))) i++;
  }
}

/** Who holds a made-up tie; in a synthetic (benchmark) network always a station, as in the peers' data. */
function drawHolder(rng: Rng, bases: BasePlan[], stations: StationPlan[], byField: Map<string, StationPlan[]>, org: OrganizationPlan, stationsOnly: boolean): Holder {
  const roll = stationsOnly ? 1 : rng.next();
  if (roll < OPERATOR_SHARE) return 'operator';
  if (roll < OPERATOR_SHARE + BASE_SHARE || stations.length === 0) return { base: rng.pick(bases) };
  const sameField = org.field ? byField.get(org.field) : undefined;
  return { station: sameField && rng.chance(SAME_FIELD_SHARE) ? rng.pick(sameField) : rng.pick(stations) };
}

function stationsByField(stations: StationPlan[]): Map<string, StationPlan[]> {
  const map = new Map<string, StationPlan[]>();
  for (const s of stations) {
    for (const f of s.fields) {
      const list = map.get(f);
      if (list) list.push(s);
      else map.set(f, [s]);
    }
  }
  return map;
}
