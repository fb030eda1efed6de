/**
 * The review workflow behind every station: the expert pool (generated people only), each station's
 * approved application and site inspection, applications that failed or were withdrawn, and the
 * 2023 round still in progress. A generated station's application has 3–5 expert reviews, drawn so
 * at least two reviewers work in the applicant's fields (the article: a hospital's application is
 * reviewed by medical and medicine-related experts). A named station's application has none: a score
 * and an opinion are judgements about a real unit the article does not report. It carries the
 * programme rule's minimums (100 m², one dedicated staff member), not measurements.
 */
import { ApplicationReview, ReviewRecommendation } from '../../src/modules/application/application-review.entity';
import { Expert } from '../../src/modules/application/expert.entity';
import { SiteInspection } from '../../src/modules/application/site-inspection.entity';
import { ApplicationStatus, StationApplication } from '../../src/modules/application/station-application.entity';
import { namePools } from '../article';
import { dateBetween } from '../lib/dates';
import { Rng } from '../lib/rng';
import type { Ref } from '../lib/seed-set';
import { type GenContext, need, type NetworkPlans, pad } from './context';
import { chineseName } from './names';
import { type HostFactory } from './stations';
import { EARLIER_ROUNDS, LATEST_ROUND, OPEN_ROUND, roundWindow } from './timeline';

const EXPERTS_PER_FIELD = 2;
const INSPECTORS = '市科协国际合作部、评审专家组';
/** Statuses the open round's applications have reached on AS_OF, in turn. */
const OPEN_STATUSES = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.QUALIFIED,
  ApplicationStatus.UNDER_REVIEW,
  ApplicationStatus.UNDER_REVIEW,
  ApplicationStatus.INSPECTED,
  ApplicationStatus.PUBLICIZED,
];

interface PoolExpert {
  ref: Ref;
  field: string;
}

/** What the rules require of every approved station (DOMAIN.md), written for a named one instead of made-up numbers. */
const RULE_MINIMUM_SERVICE_AREA_M2 = 100;
const RULE_MINIMUM_DEDICATED_STAFF = 1;

interface Applicant {
  slug: string;
  /** One of the article's units: no made-up numbers or judgements about it. */
  named: boolean;
  hostRef: Ref;
  district: string;
  proposedName: string;
  year: number;
  fields: string[];
  stationRef: Ref | null;
}

export function generateApplications(ctx: GenContext, plans: NetworkPlans, hosts: HostFactory): void {
  const rng = ctx.rng('applications');
  const pool = expertPool(ctx, rng, plans);
  const byField = (field: string) => pool.filter((e) => e.field === field);
  const file = (a: Applicant, status: ApplicationStatus, decidedOn: string | null, conclusion: string | null): Ref =>
    ctx.set.add(StationApplication, `gen:application:${a.slug}`, true, {
      hostUnitId: a.hostRef,
      districtId: need(plans.districts, a.district, 'district').ref,
      proposedName: a.proposedName,
      roundYear: a.year,
      status,
      submittedOn: dateBetween(() => rng.next(), roundWindow(a.year).submitFrom, roundWindow(a.year).submitTo),
      decidedOn,
      conclusion,
      serviceAreaM2: a.named ? RULE_MINIMUM_SERVICE_AREA_M2 : 100 + 10 * rng.int(0, 60),
      dedicatedStaff: a.named ? RULE_MINIMUM_DEDICATED_STAFF : rng.int(2, 6),
      stationId: a.stationRef,
    });
  const reviewers = (a: Applicant): PoolExpert[] => {
    const inField = rng.sample(a.fields.flatMap(byField), 2);
    const others = rng.sample(pool.filter((e) => !inField.includes(e)), rng.int(3, 5) - inField.length);
    return [...inField, ...others];
  };
  const review = (a: Applicant, app: Ref, experts: PoolExpert[], scores: [number, number] | null, submitted = experts.length) => {
    const w = roundWindow(a.year);
    experts.forEach((e, i) => {
      const done = scores !== null && i < submitted;
      const score = done ? rng.int(scores[0], scores[1]) : null;
      ctx.set.add(ApplicationReview, `gen:review:${a.slug}:${i + 1}`, true, {
        applicationId: app,
        expertId: e.ref,
        score,
        recommendation: score === null ? null : score >= 80 ? ReviewRecommendation.APPROVE : score >= 70 ? ReviewRecommendation.REVISE : ReviewRecommendation.REJECT,
        opinion: score === null ? null : opinionFor(score),
        reviewedOn: done ? dateBetween(() => rng.next(), w.reviewFrom, w.reviewTo) : null,
      });
    });
  };
  const inspect = (a: Applicant, app: Ref, passed: boolean) => {
    const w = roundWindow(a.year);
    ctx.set.add(SiteInspection, `gen:inspection:${a.slug}`, true, {
      applicationId: app,
      inspectedOn: dateBetween(() => rng.next(), w.inspectFrom, w.inspectTo),
      inspectors: INSPECTORS,
      // That a named unit's inspection passed follows from its approval; what the inspectors found is not reported.
      findings: a.named
        ? null
        : passed
          ? '服务场地不少于100平方米，配备专职人员，海外人才联系渠道稳定，符合建站条件。'
          : '服务场地和专职人员未落实，海外人才联系渠道尚不稳定，暂不具备建站条件。',
      passed,
    });
  };

  for (const s of plans.stations) {
    const a: Applicant = { slug: s.slug, named: s.named, hostRef: s.hostRef, district: s.district, proposedName: s.nameZh, year: s.year, fields: s.fields, stationRef: s.ref };
    const app = file(a, ApplicationStatus.APPROVED, s.approvedOn, '经专家评审、实地考察和公示，同意设立重庆海智工作站。');
    if (!s.named) review(a, app, reviewers(a), [78, 96]);
    inspect(a, app, true);
  }

  const years = [...EARLIER_ROUNDS.map((r) => r.year), LATEST_ROUND];
  for (let i = 1; i <= ctx.targets.unsuccessfulApplications; i++) {
    const a = applicant(hosts, rng, `a${pad(i)}`, rng.pick(years));
    if (i % 8 === 0) {
      file(a, ApplicationStatus.WITHDRAWN, null, '申报单位在评审前撤回申请。');
      continue;
    }
    const app = file(a, ApplicationStatus.REJECTED, roundWindow(a.year).decided, '专家评审认为申报单位海外人才联系渠道和服务条件尚不完善，不予设立。');
    review(a, app, reviewers(a), [55, 79]);
    if (rng.chance(0.5)) inspect(a, app, false);
  }

  for (let i = 1; i <= ctx.targets.pendingApplications; i++) {
    const a = applicant(hosts, rng, `p${pad(i)}`, OPEN_ROUND);
    const status = OPEN_STATUSES[(i - 1) % OPEN_STATUSES.length];
    const app = file(a, status, null, null);
    if (status === ApplicationStatus.UNDER_REVIEW) {
      const experts = reviewers(a);
      review(a, app, experts, [70, 95], rng.int(0, experts.length - 1));
    } else if (status === ApplicationStatus.INSPECTED || status === ApplicationStatus.PUBLICIZED) {
      review(a, app, reviewers(a), [78, 95]);
      inspect(a, app, true);
    }
  }
}

function applicant(hosts: HostFactory, rng: Rng, slug: string, year: number): Applicant {
  const host = hosts.create(rng, `gen:host:${slug}`);
  return { slug, named: false, hostRef: host.ref, district: host.district, proposedName: `${host.nameZh}海智工作站`, year, fields: host.fields, stationRef: null };
}

/** Generated people only: the article places nobody in the review pool. */
function expertPool(ctx: GenContext, rng: Rng, plans: NetworkPlans): PoolExpert[] {
  const pool: PoolExpert[] = [];
  let n = 0;
  for (const field of plans.fields.values()) {
    for (let i = 0; i < EXPERTS_PER_FIELD; i++) {
      const person = chineseName(rng);
      const ref = ctx.set.add(Expert, `gen:expert:${pad(++n, 3)}`, true, {
        nameZh: person.name,
        nameEn: person.nameEn,
        affiliation: rng.pick(namePools.expertAffiliations),
        position: rng.pick(namePools.expertPositions),
        researchFieldId: field.ref,
      });
      pool.push({ ref, field: field.code });
    }
  }
  return pool;
}

function opinionFor(score: number): string {
  if (score >= 90) return '建站单位创新能力突出，海外合作基础扎实，建站方案可行，建议批准。';
  if (score >= 80) return '申报材料完整，具备建站条件，建议批准并加强海外人才引进。';
  if (score >= 70) return '基本具备建站条件，建议完善海外人才工作机制后再议。';
  return '海外人才联系渠道和服务条件不足，建议暂不批准。';
}
