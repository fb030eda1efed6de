/**
 * Offshore bases, host units, station heads, stations, their status history and research fields.
 * The article's 16 stations come first (the 12 of 2022 are the only 2022 approvals); generated
 * stations fill the earlier rounds. A few generated ones are taken out of ACTIVE by dynamic
 * management, and the status history says when and why.
 */
import { HostUnit, HostUnitKind } from '../../src/modules/host-unit/host-unit.entity';
import { BaseLevel, OffshoreBase, OffshoreBaseKind } from '../../src/modules/offshore-base/offshore-base.entity';
import { StationHead } from '../../src/modules/station/station-head.entity';
import { StationResearchField } from '../../src/modules/station/station-research-field.entity';
import { StationStatusChange } from '../../src/modules/station/station-status-change.entity';
import { StationStatus } from '../../src/modules/station/station-status';
import { Station } from '../../src/modules/station/station.entity';
import { article, namePools } from '../article';
import { addDays, addYears } from '../lib/dates';
import { Rng, WeightedPicker } from '../lib/rng';
import { splitExact } from '../lib/split';
import { type BasePlan, type FieldPlan, type GenContext, need, type NetworkPlans, pad, type StationPlan } from './context';
import { brand, chineseName, fieldWords, UniqueNames } from './names';
import {
  AS_OF,
  approvalDay,
  BASES_ESTABLISHED,
  certificationDay,
  EARLIER_ROUNDS,
  evaluationDay,
  sanctionDay,
  VALIDITY_YEARS,
  validityEnd,
} from './timeline';
import { validUntilFor } from '../../src/modules/station/validity';

/** Where generated host units sit: weighted towards the districts with most industry and research. */
const DISTRICT_WEIGHTS: Record<string, number> = {
  liangjiang: 10, gaoxin: 8, yubei: 6, jiulongpo: 5, shapingba: 5, nanan: 4, jiangbei: 4, beibei: 4, banan: 3, yuzhong: 3,
  jiangjin: 3, bishan: 3, yongchuan: 3, dadukou: 2, hechuan: 2, changshou: 2, fuling: 2, wanzhou: 2, rongchang: 2,
};
const OTHER_DISTRICT_WEIGHT = 0.4;

const HOST_KIND_WEIGHTS: Array<[HostUnitKind, number]> = [
  [HostUnitKind.ENTERPRISE, 55],
  [HostUnitKind.LISTED_COMPANY, 12],
  [HostUnitKind.RESEARCH_INSTITUTE, 15],
  [HostUnitKind.UNIVERSITY, 8],
  [HostUnitKind.HOSPITAL, 5],
  [HostUnitKind.HIGH_TECH_PARK, 3],
  [HostUnitKind.SOCIETY, 2],
];

const BASES = [
  { slug: 'liangjiang', shortZh: '两江', nameZh: '两江新区海智离岸创新创业基地', nameEn: 'Liangjiang New Area HAIZHI Offshore Innovation and Entrepreneurship Base', fields: ['automotive', 'artificial-intelligence', 'electronic-information', 'biomedicine'] },
  { slug: 'gaoxin', shortZh: '高新', nameZh: '重庆高新区海智离岸创新创业基地', nameEn: 'Chongqing High-tech Zone HAIZHI Offshore Innovation and Entrepreneurship Base', fields: ['electronic-information', 'new-materials', 'biomedicine', 'big-data'] },
] as const;

export interface GeneratedHost {
  ref: ReturnType<GenContext['set']['add']>;
  nameZh: string;
  nameEn: string;
  district: string;
  fields: string[];
}

/** Draws and adds a generated host unit; applications that never became stations use it too. */
export class HostFactory {
  private readonly names = new UniqueNames();
  private readonly kinds = new WeightedPicker(HOST_KIND_WEIGHTS, ([, w]) => w);
  private readonly districts: WeightedPicker<string>;
  private readonly fieldCodes: string[];

  constructor(
    private readonly ctx: GenContext,
    private readonly plans: Pick<NetworkPlans, 'districts' | 'fields'>,
  ) {
    for (const s of article.stations) this.names.reserve(s.host.nameZh);
    const codes = [...plans.districts.keys()];
    this.districts = new WeightedPicker(codes, (code) => DISTRICT_WEIGHTS[code] ?? OTHER_DISTRICT_WEIGHT);
    this.fieldCodes = [...plans.fields.keys()];
  }

  create(rng: Rng, key: string): GeneratedHost {
    const [kind] = this.kinds.pick(rng);
    const district = this.districts.pick(rng);
    const fields = rng.sample(this.fieldCodes, rng.int(1, 3));
    const words = fieldWords(fields[0]);
    const districtPlan = need(this.plans.districts, district, 'district');
    const named = this.names.take(
      () => hostName(kind, brand(rng), words, districtPlan.nameZh),
      (base, n) => ({ nameZh: base.nameZh.replace(/^重庆/, `重庆${n}`), nameEn: `${base.nameEn} (${n})` }),
    );
    const ref = this.ctx.set.add(HostUnit, key, true, {
      kind,
      nameZh: named.nameZh,
      nameEn: named.nameEn,
      districtId: districtPlan.ref,
      serviceAreaM2: 100 + 10 * rng.int(0, 60),
    });
    return { ref, nameZh: named.nameZh, nameEn: named.nameEn, district, fields };
  }
}

function hostName(kind: HostUnitKind, b: { zh: string; en: string }, w: { unitZh: string; unitEn: string }, districtZh: string) {
  switch (kind) {
    case HostUnitKind.LISTED_COMPANY:
      return { nameZh: `重庆${b.zh}${w.unitZh}股份有限公司`, nameEn: `Chongqing ${b.en} ${w.unitEn} Co., Ltd.` };
    case HostUnitKind.RESEARCH_INSTITUTE:
      return { nameZh: `重庆${b.zh}${w.unitZh}研究院`, nameEn: `Chongqing ${b.en} ${w.unitEn} Research Institute` };
    case HostUnitKind.UNIVERSITY:
      return { nameZh: `重庆${b.zh}职业技术学院`, nameEn: `Chongqing ${b.en} Vocational and Technical College` };
    case HostUnitKind.HOSPITAL:
      return { nameZh: `重庆${b.zh}医院`, nameEn: `Chongqing ${b.en} Hospital` };
    case HostUnitKind.HIGH_TECH_PARK:
      return { nameZh: `重庆${districtZh}${b.zh}${w.unitZh}产业园`, nameEn: `Chongqing ${b.en} ${w.unitEn} Industrial Park` };
    case HostUnitKind.SOCIETY:
      return { nameZh: `重庆${b.zh}${w.unitZh}协会`, nameEn: `Chongqing ${b.en} ${w.unitEn} Association` };
    default:
      return { nameZh: `重庆${b.zh}${w.unitZh}有限公司`, nameEn: `Chongqing ${b.en} ${w.unitEn} Co., Ltd.` };
  }
}

export function generateBases(ctx: GenContext, plans: Pick<NetworkPlans, 'districts'>): BasePlan[] {
  return BASES.map((b) => {
    const year = BASES_ESTABLISHED[b.slug];
    const ref = ctx.set.add(OffshoreBase, `gen:base:${b.slug}`, true, {
      nameZh: b.nameZh,
      nameEn: b.nameEn,
      kind: OffshoreBaseKind.OFFSHORE_BASE,
      level: BaseLevel.NATIONAL,
      districtId: need(plans.districts, b.slug, 'district').ref,
      establishedYear: year,
    });
    return { slug: b.slug, ref, nameZh: b.nameZh, shortZh: b.shortZh, district: b.slug, establishedOn: `${year}-09-01`, fields: [...b.fields], returnees: [] };
  });
}

interface Slot {
  named: (typeof article.stations)[number] | null;
  year: number;
}

/** The named stations in their years, then generated ones spread over the earlier rounds. */
function stationSlots(ctx: GenContext): Slot[] {
  const generated = splitExact(ctx.scale.stations - article.stations.length, EARLIER_ROUNDS.map((r) => r.weight));
  const slots: Slot[] = [];
  for (const year of [...EARLIER_ROUNDS.map((r) => r.year), 2022]) {
    for (const s of article.stations) if (s.approvalYear === year) slots.push({ named: s, year });
    const index = EARLIER_ROUNDS.findIndex((r) => r.year === year);
    for (let i = 0; index >= 0 && i < generated[index]; i++) slots.push({ named: null, year });
  }
  return slots;
}

export function generateStations(ctx: GenContext, plans: NetworkPlans, hosts: HostFactory): StationPlan[] {
  const rng = ctx.rng('stations');
  const basesByDistrict = new Map(plans.bases.map((b) => [b.district, b]));
  const stations: StationPlan[] = [];
  let generatedCount = 0;

  for (const slot of stationSlots(ctx)) {
    const approvedOn = approvalDay(slot.year);
    let plan: StationPlan;
    if (slot.named) {
      const s = slot.named;
      const district = need(plans.districts, s.host.district, 'district');
      const hostRef = ctx.set.add(HostUnit, `host:${s.key}`, false, {
        kind: s.host.kind,
        nameZh: s.host.nameZh,
        nameEn: s.host.nameEn,
        districtId: district.ref,
        legalRepresentative: s.host.legalRepresentative ?? null,
      });
      s.fields.forEach((f) => need(plans.fields, f, 'research field'));
      plan = stationPlan(s.key, true, s.host, hostRef, s.host.district, slot.year, approvedOn, s.fields, rng.int(80, 92));
    } else {
      const slug = pad(++generatedCount);
      const host = hosts.create(rng, `gen:host:${slug}`);
      plan = stationPlan(slug, false, host, host.ref, host.district, slot.year, approvedOn, host.fields, rng.int(72, 92));
    }
    // A coordination group is a made-up placement: the article puts no named station in one.
    plan.base = slot.named ? null : (basesByDistrict.get(plan.district) ?? null);
    stations.push(plan);
  }

  assignStatuses(ctx, rng, stations);
  const heads = addHeads(ctx, rng, stations);
  stations.forEach((s, i) => addStationRows(ctx, plans.fields, s, heads[i], plans));
  return stations;
}

/** A station before its row exists: its status is settled across all stations first, and the row gets its ref then. */
export function stationPlan(
  slug: string,
  named: boolean,
  host: { nameZh: string; nameEn: string },
  hostRef: StationPlan['hostRef'],
  district: string,
  year: number,
  approvedOn: string,
  fields: string[],
  quality: number,
): StationPlan {
  return {
    slug,
    named,
    nameZh: `${host.nameZh}海智工作站`,
    nameEn: `${host.nameEn} HAIZHI Station`,
    hostRef,
    district,
    year,
    approvedOn,
    fields,
    quality,
    base: null,
    status: StationStatus.ACTIVE,
    exitedOn: null,
    talents: [],
    partners: [],
    teamOrganizations: [],
    ref: undefined as never,
  };
}

/** Only generated stations are sanctioned or lapse: the article reports nothing of the kind about named ones. */
function assignStatuses(ctx: GenContext, rng: Rng, stations: StationPlan[]): void {
  const { revokedStations, suspendedStations, expiredStations } = ctx.targets;
  const pick = (count: number, eligible: (s: StationPlan) => boolean, status: StationStatus) => {
    const pool = stations.filter((s) => !s.named && s.status === StationStatus.ACTIVE && eligible(s));
    for (const s of rng.sample(pool, count)) s.status = status;
  };
  // Revocation needs two failed evaluations (2021 and 2022), so the station must predate 2021.
  pick(revokedStations, (s) => s.year <= 2020, StationStatus.REVOKED);
  pick(suspendedStations, (s) => s.year <= 2021, StationStatus.SUSPENDED);
  // A station lapses at the end of a validity cycle that falls after its last (2022) evaluation.
  pick(expiredStations, (s) => lapseDay(s) > evaluationDay(2022) && lapseDay(s) <= AS_OF, StationStatus.EXPIRED);
  for (const s of stations) {
    if (s.status === StationStatus.REVOKED) s.exitedOn = sanctionDay(2022);
    if (s.status === StationStatus.EXPIRED) s.exitedOn = lapseDay(s);
  }
}

/** The day after the last validity cycle ending on or before AS_OF. */
function lapseDay(s: StationPlan): string {
  return addDays(addYears(validityEnd(s.approvedOn, AS_OF), -3), 1);
}

/**
 * Heads. A named station has one only where the article names the person (or says who leads the
 * station, noted in the data); the others have none rather than a made-up person. Every generated
 * station has a generated head, and the certified heads are the oldest generated stations': the
 * article names none of the 48, so no named person is given a certification.
 */
function addHeads(ctx: GenContext, rng: Rng, stations: StationPlan[]): Array<StationPlan['ref'] | null> {
  const namedHeads = new Map(article.heads.map((h) => [h.key, h]));
  let generatedIndex = 0;
  return stations.map((s) => {
    if (s.named) {
      const headKey = article.stations.find((a) => a.key === s.slug)?.head;
      if (!headKey) return null;
      const h = need(namedHeads, headKey, 'station head');
      return ctx.set.add(StationHead, `head:${h.key}`, false, { nameZh: h.nameZh, nameEn: h.nameEn, position: h.position, certifiedOn: null });
    }
    const certifiedOn = generatedIndex++ < ctx.targets.certifiedStationHeads ? certificationDay(s.year) : null;
    const person = chineseName(rng);
    return ctx.set.add(StationHead, `gen:head:${s.slug}`, true, {
      nameZh: person.name,
      nameEn: person.nameEn,
      position: rng.pick(namePools.headPositions),
      certifiedOn,
    });
  });
}

/** The day a generated station stopped being ACTIVE (suspended, or suspended on the way to revocation); null if it never did. */
function suspendedOn(s: StationPlan): string | null {
  if (s.status === StationStatus.REVOKED) return sanctionDay(2021);
  if (s.status === StationStatus.SUSPENDED) return sanctionDay(2022);
  return null;
}

/**
 * A station's validity on AS_OF and the renewals that made it. A generated ACTIVE station renews a
 * month before each cycle ends, as the programme's rule lets an active station do (DOMAIN.md); it
 * does not once suspended, and not the cycle it lapsed at. A named station keeps its first three
 * years: the article records no renewal, and a renewal is a fact about a real unit.
 */
function validity(s: StationPlan, until: string): { validUntil: string; renewals: Array<[string, string]> } {
  let end = validUntilFor(s.approvedOn);
  const renewals: Array<[string, string]> = [];
  if (s.named) return { validUntil: end, renewals };
  const stopped = suspendedOn(s);
  while (end < AS_OF) {
    const renewedOn = addDays(end, -30);
    if (stopped !== null && renewedOn >= stopped) break;
    if (s.status === StationStatus.EXPIRED && addDays(end, 1) === s.exitedOn) break;
    end = addYears(end, VALIDITY_YEARS);
    renewals.push([renewedOn, end]);
  }
  // The continuation (ctx.until after AS_OF): a station still ACTIVE keeps renewing a month before
  // each cycle ends, so it stands ACTIVE on `until`. A renewal that would fall in the article's last
  // month is dated the day after AS_OF instead: the article's network has no row it did not have.
  if (s.status === StationStatus.ACTIVE) renewals.push(...continuedRenewals(end, until, (e) => (end = e)));
  return { validUntil: end, renewals };
}

export function addStationRows(ctx: GenContext, fields: Map<string, FieldPlan>, s: StationPlan, headRef: StationPlan['ref'] | null, plans: NetworkPlans): void {
  const prefix = s.named ? '' : 'gen:';
  const key = s.named ? `station:${s.slug}` : `gen:station:${s.slug}`;
  const { validUntil, renewals } = validity(s, ctx.until);
  s.ref = ctx.set.add(Station, key, !s.named, {
    nameZh: s.nameZh,
    nameEn: s.nameEn,
    hostUnitId: s.hostRef,
    districtId: need(plans.districts, s.district, 'district').ref,
    headId: headRef,
    offshoreBaseId: s.base?.ref ?? null,
    status: s.status,
    approvalYear: s.year,
    approvalBatch: 1,
    approvedOn: s.approvedOn,
    validUntil,
  });
  for (const code of s.fields) {
    ctx.set.add(StationResearchField, `${prefix}station-field:${s.slug}:${code}`, !s.named, {
      stationId: s.ref,
      researchFieldId: need(fields, code, 'research field').ref,
    });
  }
  const history: Array<[StationStatus | null, StationStatus, string, string]> = [[null, StationStatus.ACTIVE, s.approvedOn, '经专家评审、实地考察和公示，获批设立重庆海智工作站。']];
  // Each extension of validUntil is a renewal entry, as renewStation writes one.
  for (const [renewedOn, until] of renewals) history.push([StationStatus.ACTIVE, StationStatus.ACTIVE, renewedOn, `续期三年，有效期至${until}。`]);
  if (s.status === StationStatus.SUSPENDED) {
    history.push([StationStatus.ACTIVE, StationStatus.SUSPENDED, sanctionDay(2022), '2022年度绩效评价不合格（低于70分），暂停运行并限期整改。']);
  } else if (s.status === StationStatus.REVOKED) {
    history.push([StationStatus.ACTIVE, StationStatus.SUSPENDED, sanctionDay(2021), '2021年度绩效评价不合格（低于70分），暂停运行并限期整改。']);
    history.push([StationStatus.SUSPENDED, StationStatus.REVOKED, sanctionDay(2022), '连续两年绩效评价低于70分，按动态管理规定撤销。']);
  } else if (s.status === StationStatus.EXPIRED) {
    history.push([StationStatus.ACTIVE, StationStatus.EXPIRED, lapseDay(s), '三年有效期届满，未申请续期。']);
  }
  history.sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  history.forEach(([fromStatus, toStatus, changedOn, reason], i) => {
    ctx.set.add(StationStatusChange, `gen:status:${s.slug}:${i + 1}`, true, { stationId: s.ref, fromStatus, toStatus, changedOn, reason });
  });
}

/**
 * Renewals after AS_OF up to `until` of a cycle ending on `end`: one a month before each end that
 * falls on or before `until` + 30 days (never before the day after AS_OF). Calls `extended` with
 * the last end reached.
 */
export function continuedRenewals(end: string, until: string, extended: (end: string) => void): Array<[string, string]> {
  const renewals: Array<[string, string]> = [];
  for (;;) {
    const due = addDays(end, -30);
    const renewedOn = due > AS_OF ? due : addDays(AS_OF, 1);
    if (renewedOn > until) break;
    end = addYears(end, VALIDITY_YEARS);
    renewals.push([renewedOn, end]);
  }
  extended(end);
  return renewals;
}
