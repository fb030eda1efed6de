/**
 * Yearly evaluations (绩效评价) of the generated stations, from the year after approval through 2022.
 * Scores vary around the station's typical level; the stations dynamic management took out of
 * ACTIVE get the failing scores (under 70) that justify it: once for a suspension, two years running
 * for a revocation, and no other station fails twice in a row.
 *
 * Grades follow DOMAIN.md's rules: 90 and above is EXCELLENT while the year's excellence quota has
 * room (the highest scores first), GOOD once it is used up; 80–89 GOOD; 70–79 QUALIFIED; under 70
 * UNQUALIFIED. The quota is 20% of the stations active in the year, rounded up. A year's evaluations
 * are all recorded on one day, so together they never exceed it.
 */
import { Evaluation, EvaluationGrade } from '../../src/modules/evaluation/evaluation.entity';
import { StationStatus } from '../../src/modules/station/station-status';
import type { GenContext, NetworkPlans, StationPlan } from './context';
import { evaluationDay, LATEST_ROUND } from './timeline';

/** Share of the year's active stations that may be graded EXCELLENT, in percent (a setting in DOMAIN.md). */
export const EXCELLENCE_QUOTA_PERCENT = 20;
export const PASS_SCORE = 70;

/** The year's excellence quota: 20% of its active stations, rounded up (whole-number arithmetic, no float error). */
/**
 * One year's grades: each score's band, except that EXCELLENT goes to the year's quota only (the
 * highest scores; equal scores in station order) and the rest of the 90+ scores are GOOD.
 * gen/continuation.ts grades the years after the article by the same rule.
 */
export function gradesWithinQuota<S>(scored: readonly { s: S; order: number; score: number }[], quota: number): Map<S, EvaluationGrade> {
  const excellent = new Set(
    scored
      .filter((e) => gradeFor(e.score) === EvaluationGrade.EXCELLENT)
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, quota)
      .map((e) => e.s),
  );
  return new Map(
    scored.map(({ s, score }) => {
      const banded = gradeFor(score);
      return [s, banded === EvaluationGrade.EXCELLENT && !excellent.has(s) ? EvaluationGrade.GOOD : banded];
    }),
  );
}

export function excellenceQuota(activeStations: number): number {
  return Math.ceil((activeStations * EXCELLENCE_QUOTA_PERCENT) / 100);
}

/** Active in `year`: approved in or before it, and not revoked or expired before it began. */
export function activeIn(s: Pick<StationPlan, 'year' | 'exitedOn'>, year: number): boolean {
  return s.year <= year && (s.exitedOn === null || s.exitedOn >= `${year}-01-01`);
}

/** The grade a score earns by the bands alone; EXCELLENT is then subject to the quota. */
export function gradeFor(score: number): EvaluationGrade {
  if (score >= 90) return EvaluationGrade.EXCELLENT;
  if (score >= 80) return EvaluationGrade.GOOD;
  if (score >= PASS_SCORE) return EvaluationGrade.QUALIFIED;
  return EvaluationGrade.UNQUALIFIED;
}

export function generateEvaluations(ctx: GenContext, plans: NetworkPlans): void {
  const rng = ctx.rng('evaluations');
  // Grades are awards and sanctions: the article reports none for a named station, so they get none.
  const evaluated = plans.stations.filter((s) => !s.named);
  if (evaluated.length === 0) return;
  const firstYear = Math.min(...evaluated.map((s) => s.year)) + 1;
  const failedLastYear = new Set<StationPlan>();

  for (let year = firstYear; year <= LATEST_ROUND; year++) {
    const quota = excellenceQuota(plans.stations.filter((s) => activeIn(s, year)).length);
    const scored = evaluated
      .filter((s) => s.year < year && activeIn(s, year))
      .map((s, order) => ({ s, order, score: failing(s, year) ? rng.int(55, PASS_SCORE - 1) : Math.min(99, Math.max(PASS_SCORE, s.quality + rng.int(-6, 6))) }));
    const grades = gradesWithinQuota(scored, quota);
    for (const { s, score } of scored) {
      const grade = grades.get(s)!;
      if (score < PASS_SCORE && failedLastYear.has(s) && s.status !== StationStatus.REVOKED) {
        throw new Error(`generated station ${s.slug} fails two years running (${year - 1}, ${year}) but is not revoked`);
      }
      addEvaluation(ctx, s, year, score, grade);
      if (score < PASS_SCORE) failedLastYear.add(s);
      else failedLastYear.delete(s);
    }
  }
}

function failing(s: StationPlan, year: number): boolean {
  if (s.status === StationStatus.REVOKED) return year >= LATEST_ROUND - 1;
  if (s.status === StationStatus.SUSPENDED) return year === LATEST_ROUND;
  return false;
}

/** One generated station's evaluation row for a year, with the comment its grade gets (gen/continuation.ts writes its years' the same way). */
export function addEvaluation(ctx: GenContext, s: StationPlan, year: number, score: number, grade: EvaluationGrade): void {
  ctx.set.add(Evaluation, `gen:evaluation:${s.slug}:${year}`, true, {
    stationId: s.ref,
    year,
    score,
    grade,
    evaluatedOn: evaluationDay(year),
    comment: COMMENTS[grade],
  });
}

const COMMENTS: Record<EvaluationGrade, string> = {
  [EvaluationGrade.EXCELLENT]: '引才引智成效显著，评为年度优秀海智工作站，予以表彰。',
  [EvaluationGrade.GOOD]: '工作机制健全，海外人才和项目引进成效良好。',
  [EvaluationGrade.QUALIFIED]: '完成年度建站任务，海外合作有待拓展。',
  [EvaluationGrade.UNQUALIFIED]: '年度任务完成不足，海外人才工作未有效开展，限期整改。',
};
