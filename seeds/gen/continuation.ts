/**
 * The network after the article: from September 2023 up to `ctx.until` (by default today), so the
 * demo is a living network rather than one whose stations all lapsed in 2025. Everything here is
 * generated (`gen:` keys, is_generated) and dated after AS_OF, so the network as the article left
 * it is exactly what it was: `networkStats(asOf: AS_OF)` still gives the article's figures.
 *
 * What the programme's rules make of the years since (DOMAIN.md), for generated units only:
 * - a review round a year from 2024 approving 5–10 new stations, each with its approved
 *   application (expert reviews, a passed site inspection), its approval entry, a generated head
 *   (certified the spring after), and its 50,000 CNY establishment grant paid 30,000 on approval and
 *   20,000 after its first yearly evaluation; about half get district matching funds;
 * - yearly evaluations each January of the generated stations still ACTIVE, within the excellence
 *   quota; none fails, so dynamic management takes nobody out of ACTIVE after 2023;
 * - renewals a month before each validity cycle ends (gen/stations.ts writes them with each
 *   station's rows), so generated ACTIVE stations are still ACTIVE on `until`;
 * - calls for applications, collaboration announcements and CQAST's visits to new stations.
 * The 2023 round stays as the article left it (still under way): its applications are the review
 * queue the demo's staff work on. Named units get nothing: their validity lapses as the rules say.
 * Each concern draws from its own `continuation:*` stream, so the older rows never move.
 */
import { Activity, ActivityKind } from '../../src/modules/activity/activity.entity';
import { ActivityParticipant, ParticipantRole } from '../../src/modules/activity/activity-participant.entity';
import { Announcement, AnnouncementKind } from '../../src/modules/announcement/announcement.entity';
import { AnnouncementResearchField } from '../../src/modules/announcement/announcement-research-field.entity';
import { ApplicationReview, ReviewRecommendation } from '../../src/modules/application/application-review.entity';
import { Expert } from '../../src/modules/application/expert.entity';
import { SiteInspection } from '../../src/modules/application/site-inspection.entity';
import { ApplicationStatus, StationApplication } from '../../src/modules/application/station-application.entity';
import { Disbursement } from '../../src/modules/funding/disbursement.entity';
import { FundingGrant, GrantKind } from '../../src/modules/funding/funding-grant.entity';
import { StationHead } from '../../src/modules/station/station-head.entity';
import { StationStatus } from '../../src/modules/station/station-status';
import { validUntilFor } from '../../src/modules/station/validity';
import { namePools } from '../article';
import { addDays, dateBetween } from '../lib/dates';
import { type Ref, ref } from '../lib/seed-set';
import { type GenContext, need, type NetworkPlans, pad, type StationPlan } from './context';
import { activeIn, addEvaluation, excellenceQuota, gradesWithinQuota, PASS_SCORE } from './evaluations';
import { ESTABLISHMENT_GRANT_CNY, FIRST_TRANCHE_CNY } from './funding';
import { chineseName } from './names';
import { addStationRows, type HostFactory, stationPlan } from './stations';
import { AS_OF, certificationDay, evaluationDay, OPEN_ROUND } from './timeline';

/** The programme's pace (the issue): 5–10 new stations a year. */
export const NEW_STATIONS_PER_YEAR = { min: 5, max: 10 } as const;
/** First round after the article's: the 2023 round was still under way when it appeared. */
export const FIRST_CONTINUED_ROUND = OPEN_ROUND + 1;

/** The continued rounds' calendar: call in February, approval in mid-July. */
export function continuedApprovalDay(year: number): string {
  return `${year}-07-10`;
}

export function generateContinuation(ctx: GenContext, plans: NetworkPlans, hosts: HostFactory): StationPlan[] {
  if (ctx.until <= AS_OF) return [];
  const added = newStations(ctx, plans, hosts);
  const stations = [...plans.stations, ...added];
  evaluations(ctx, stations);
  funding(ctx, plans, added, stations);
  announcements(ctx, plans, stations);
  visits(ctx, added);
  return added;
}

/** The years whose round was decided by `until`. */
function continuedRounds(until: string): number[] {
  const years: number[] = [];
  for (let year = FIRST_CONTINUED_ROUND; continuedApprovalDay(year) <= until; year++) years.push(year);
  return years;
}

function newStations(ctx: GenContext, plans: NetworkPlans, hosts: HostFactory): StationPlan[] {
  const rng = ctx.rng('continuation:stations');
  const basesByDistrict = new Map(plans.bases.map((b) => [b.district, b]));
  const fieldCodes = [...plans.fields.keys()];
  // Two experts of the review pool per field, as gen/applications.ts drew them.
  const experts = (field: string) => {
    const index = fieldCodes.indexOf(field);
    return [1, 2].map((i) => ref(Expert, `gen:expert:${pad(index * 2 + i, 3)}`));
  };
  const added: StationPlan[] = [];
  for (const year of continuedRounds(ctx.until)) {
    const approvedOn = continuedApprovalDay(year);
    ctx.set.add(Announcement, `gen:announcement:call-${year}`, true, {
      kind: AnnouncementKind.CALL,
      titleZh: `关于组织申报${year}年度重庆海智工作站的通知`,
      titleEn: `Call for applications: Chongqing HAIZHI stations, ${year} round`,
      body: `面向科技型龙头企业（上市企业）、高新技术园区、高校、医院和科研院所，组织申报${year}年度重庆海智工作站。申报单位须为独立法人，服务场地不少于100平方米，配备专职人员，具有稳定的海外人才联系渠道。`,
      publishedOn: `${year}-02-20`,
      deadline: `${year}-03-31`,
    });
    const count = rng.int(NEW_STATIONS_PER_YEAR.min, NEW_STATIONS_PER_YEAR.max);
    for (let i = 1; i <= count; i++) {
      const slug = `${year}-${pad(i, 2)}`;
      const host = hosts.create(rng, `gen:host:${slug}`);
      const s = stationPlan(slug, false, host, host.ref, host.district, year, approvedOn, host.fields, rng.int(74, 92));
      s.base = basesByDistrict.get(s.district) ?? null;
      const certifiedOn = certificationDay(year) <= ctx.until ? certificationDay(year) : null;
      const person = chineseName(rng);
      const head = ctx.set.add(StationHead, `gen:head:${slug}`, true, { nameZh: person.name, nameEn: person.nameEn, position: rng.pick(namePools.headPositions), certifiedOn });
      // Its renewals, once its first three years end before `until`, come with its rows (gen/stations.ts).
      addStationRows(ctx, plans.fields, s, head, plans);

      const application = ctx.set.add(StationApplication, `gen:application:${slug}`, true, {
        hostUnitId: s.hostRef,
        districtId: need(plans.districts, s.district, 'district').ref,
        proposedName: s.nameZh,
        roundYear: year,
        status: ApplicationStatus.APPROVED,
        submittedOn: dateBetween(() => rng.next(), `${year}-03-01`, `${year}-03-31`),
        decidedOn: approvedOn,
        conclusion: '经专家评审、实地考察和公示，同意设立重庆海智工作站。',
        serviceAreaM2: 100 + 10 * rng.int(0, 60),
        dedicatedStaff: rng.int(2, 6),
        stationId: s.ref,
      });
      const reviewers = [...new Map([...s.fields.flatMap(experts), ...rng.sample(fieldCodes, 2).flatMap(experts)].map((e) => [e.key, e])).values()].slice(0, 4);
      reviewers.forEach((expertId, r) => {
        const score = rng.int(80, 96);
        ctx.set.add(ApplicationReview, `gen:review:${slug}:${r + 1}`, true, {
          applicationId: application,
          expertId,
          score,
          recommendation: ReviewRecommendation.APPROVE,
          opinion: score >= 90 ? '建站单位创新能力突出，海外合作基础扎实，建站方案可行，建议批准。' : '申报材料完整，具备建站条件，建议批准并加强海外人才引进。',
          reviewedOn: dateBetween(() => rng.next(), `${year}-04-10`, `${year}-05-15`),
        });
      });
      ctx.set.add(SiteInspection, `gen:inspection:${slug}`, true, {
        applicationId: application,
        inspectedOn: dateBetween(() => rng.next(), `${year}-05-20`, `${year}-06-15`),
        inspectors: '市科协国际合作部、评审专家组',
        findings: '服务场地不少于100平方米，配备专职人员，海外人才联系渠道稳定，符合建站条件。',
        passed: true,
      });
      added.push(s);
    }
  }
  return added;
}

/** Evaluated in `year`: a generated station approved before it and still ACTIVE (none fails after the article). */
function evaluatedIn(s: StationPlan, year: number): boolean {
  return !s.named && s.year < year && s.status === StationStatus.ACTIVE;
}

/** Yearly evaluations (of 2023 onwards), each January, of the generated stations still ACTIVE; none fails. */
function evaluations(ctx: GenContext, stations: StationPlan[]): void {
  const rng = ctx.rng('continuation:evaluations');
  for (let year = OPEN_ROUND; evaluationDay(year) <= ctx.until; year++) {
    // The quota counts the stations active in the year as gen/evaluations.ts does (no exit recorded before it).
    const quota = excellenceQuota(stations.filter((s) => activeIn(s, year)).length);
    const scored = stations
      .filter((s) => evaluatedIn(s, year))
      .map((s, order) => ({ s, order, score: Math.min(99, Math.max(PASS_SCORE, s.quality + rng.int(-6, 6))) }));
    const grades = gradesWithinQuota(scored, quota);
    for (const { s, score } of scored) {
      addEvaluation(ctx, s, year, score, grades.get(s)!);
    }
  }
}

/** Establishment grants of the new stations (second tranche after the first evaluation) and district matching funds for about half. */
function funding(ctx: GenContext, plans: NetworkPlans, added: StationPlan[], stations: StationPlan[]): void {
  const rng = ctx.rng('continuation:funding');
  const evaluatedOnce = new Set(stations.filter((s) => !s.named && evaluationDay(s.year + 1) <= ctx.until).map((s) => s.slug));
  const grant = (key: string, values: { kind: GrantKind; title: string; stationId: Ref; funderDistrictId?: Ref; year: number; amountCny: number; awardedOn: string }, payments: Array<[number, string]>) => {
    const paid = payments.filter(([, on]) => on <= ctx.until);
    const ref = ctx.set.add(FundingGrant, `gen:grant:${key}`, true, { ...values, disbursedCny: paid.reduce((sum, [amount]) => sum + amount, 0) });
    paid.forEach(([amountCny, disbursedOn], i) => {
      ctx.set.add(Disbursement, `gen:disbursement:${key}:${i + 1}`, true, { fundingGrantId: ref, amountCny, disbursedOn, note: payments.length > 1 ? `第${i + 1}笔拨付` : '一次性拨付' });
    });
  };
  for (const s of added) {
    const payments: Array<[number, string]> = [[FIRST_TRANCHE_CNY, addDays(s.approvedOn, 45)]];
    if (evaluatedOnce.has(s.slug)) payments.push([ESTABLISHMENT_GRANT_CNY - FIRST_TRANCHE_CNY, `${s.year + 2}-02-28`]);
    grant(`establishment:${s.slug}`, { kind: GrantKind.ESTABLISHMENT, title: `${s.nameZh}建站工作经费`, stationId: s.ref, year: s.year, amountCny: ESTABLISHMENT_GRANT_CNY, awardedOn: s.approvedOn }, payments);
    if (!rng.chance(0.5)) continue;
    const district = need(plans.districts, s.district, 'district');
    const amountCny = 10_000 * rng.int(10, 40);
    const awardedOn = addDays(s.approvedOn, 60);
    grant(
      `matching:${s.slug}`,
      { kind: GrantKind.DISTRICT_MATCHING, title: `${district.nameZh}新建海智工作站配套经费（${s.nameZh}）`, stationId: s.ref, funderDistrictId: district.ref, year: s.year, amountCny, awardedOn },
      [[amountCny, addDays(awardedOn, 30)]],
    );
  }
}

/** Collaboration announcements by generated ACTIVE stations, a few a quarter, up to `until`. */
function announcements(ctx: GenContext, plans: NetworkPlans, stations: StationPlan[]): void {
  const rng = ctx.rng('continuation:announcements');
  let n = 0;
  for (let from = addDays(AS_OF, 1); from <= ctx.until; from = addDays(from, 91)) {
    const to = addDays(from, 90) < ctx.until ? addDays(from, 90) : ctx.until;
    const publishers = stations.filter((s) => !s.named && s.status === StationStatus.ACTIVE && s.approvedOn < from);
    for (let i = rng.int(2, 4); i > 0 && publishers.length > 0; i--) {
      const s = rng.pick(publishers);
      const field = need(plans.fields, rng.pick(s.fields), 'research field');
      const slug = `c${pad(++n, 3)}`;
      const publishedOn = dateBetween(() => rng.next(), from, to);
      const offer = rng.chance(0.4);
      const announcement = ctx.set.add(Announcement, `gen:announcement:${slug}`, true, {
        kind: offer ? AnnouncementKind.OFFER : AnnouncementKind.NEED,
        titleZh: offer ? `${s.nameZh}${field.nameZh}技术合作机会` : `${s.nameZh}诚邀${field.nameZh}领域海外高层次人才`,
        titleEn: offer ? `Cooperation offer in ${field.nameEn}` : `Overseas talent wanted: ${field.nameEn}`,
        body: offer
          ? `提供${field.nameZh}领域中试条件、应用场景和配套经费，欢迎海外高校、科研机构和企业洽谈合作。`
          : `诚邀${field.nameZh}领域海外高层次人才及团队开展技术攻关、项目合作或担任技术顾问。`,
        stationId: s.ref,
        publishedOn,
        deadline: addDays(publishedOn, rng.int(60, 120)),
      });
      ctx.set.add(AnnouncementResearchField, `gen:announcement-field:${slug}:${field.code}`, true, { announcementId: announcement, researchFieldId: field.ref });
    }
  }
}

/** CQAST visits each new station in its first autumn (if `until` has reached it). */
function visits(ctx: GenContext, added: StationPlan[]): void {
  const rng = ctx.rng('continuation:visits');
  for (const s of added) {
    const on = dateBetween(() => rng.next(), addDays(s.approvedOn, 60), addDays(s.approvedOn, 150));
    if (on > ctx.until) continue;
    const activity = ctx.set.add(Activity, `gen:activity:visit-${s.slug}`, true, {
      organizerRecorded: true,
      kind: ActivityKind.INSPECTION_VISIT,
      titleZh: `市科协赴${s.nameZh}调研`,
      titleEn: `CQAST inspection visit to ${s.nameEn}`,
      startsOn: on,
      endsOn: on,
      location: s.nameZh,
    });
    ctx.set.add(ActivityParticipant, `gen:participant:visit-${s.slug}:1`, true, { activityId: activity, stationId: s.ref, role: ParticipantRole.VISITED });
  }
}
