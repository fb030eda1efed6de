/**
 * Yearly evaluations (绩效评价) for each station from the year after approval through 2022.
 * Scores vary around the station's typical level; the stations dynamic management took out of
 * ACTIVE get the failing scores (under 70) that justify it: once for a suspension, two years running
 * for a revocation.
 */
import { Evaluation, EvaluationGrade } from '../../src/modules/evaluation/evaluation.entity';
import { StationStatus } from '../../src/modules/station/station-status';
import type { GenContext, NetworkPlans, StationPlan } from './context';
import { evaluationDay, LATEST_ROUND } from './timeline';

export function generateEvaluations(ctx: GenContext, plans: NetworkPlans): void {
  const rng = ctx.rng('evaluations');
  // Grades are awards and sanctions: the article reports none for a named station, so they get none.
  for (const s of plans.stations.filter((station) => !station.named)) {
    for (let year = s.year + 1; year <= LATEST_ROUND; year++) {
      const score = failing(s, year) ? rng.int(55, 69) : Math.min(99, Math.max(70, s.quality + rng.int(-6, 6)));
      const grade = gradeFor(score);
      ctx.set.add(Evaluation, `gen:evaluation:${s.slug}:${year}`, true, {
        stationId: s.ref,
        year,
        score,
        grade,
        evaluatedOn: evaluationDay(year),
        comment: COMMENTS[grade],
      });
    }
  }
}

function failing(s: StationPlan, year: number): boolean {
  if (s.status === StationStatus.REVOKED) return year >= LATEST_ROUND - 1;
  if (s.status === StationStatus.SUSPENDED) return year === LATEST_ROUND;
  return false;
}

export function gradeFor(score: number): EvaluationGrade {
  if (score >= 90) return EvaluationGrade.EXCELLENT;
  if (score >= 80) return EvaluationGrade.GOOD;
  if (score >= 70) return EvaluationGrade.QUALIFIED;
  return EvaluationGrade.UNQUALIFIED;
}

const COMMENTS: Record<EvaluationGrade, string> = {
  [EvaluationGrade.EXCELLENT]: '引才引智成效显著，评为年度优秀海智工作站，予以表彰。',
  [EvaluationGrade.GOOD]: '工作机制健全，海外人才和项目引进成效良好。',
  [EvaluationGrade.QUALIFIED]: '完成年度建站任务，海外合作有待拓展。',
  [EvaluationGrade.UNQUALIFIED]: '年度任务完成不足，海外人才工作未有效开展，限期整改。',
};
