/**
 * The review conclusion (评审结论) staff's decision records: what the experts said, in figures, and
 * what was decided. Written in Chinese like the seeded conclusions, which clients show beside it.
 * The applicant's managers read it once the application is decided (src/auth/field-rules.ts).
 */
import type { Mutation } from '../../write/mutation';
import { ReviewRecommendation } from './application-review.entity';

export interface ReviewSummary {
  /** Reviews submitted (an assignment not yet reviewed does not count). */
  submitted: number;
  /** Mean score of the submitted reviews, to one decimal; null when none is in. */
  meanScore: number | null;
  recommendations: Record<ReviewRecommendation, number>;
}

export async function reviewSummary(m: Mutation, applicationId: number): Promise<ReviewSummary> {
  const [query, parameters] = m.tx.dataSource.driver.escapeQueryWithParameters(
    'SELECT score, recommendation FROM application_review WHERE application_id = :id AND score IS NOT NULL',
    { id: applicationId },
  );
  // Copied out of the rows: readRows empties its row array once `read` returns.
  const rows = await m.loaders.read<{ score: number | string; recommendation: ReviewRecommendation | null }, { score: number; recommendation: ReviewRecommendation | null }[]>(query, parameters, (r) =>
    r.map((row) => ({ score: Number(row.score), recommendation: row.recommendation })),
  );
  const recommendations = { [ReviewRecommendation.APPROVE]: 0, [ReviewRecommendation.REVISE]: 0, [ReviewRecommendation.REJECT]: 0 };
  for (const row of rows) if (row.recommendation) recommendations[row.recommendation]++;
  const total = rows.reduce((sum, row) => sum + row.score, 0);
  return { submitted: rows.length, meanScore: rows.length ? Math.round((total / rows.length) * 10) / 10 : null, recommendations };
}

/** 专家评审：2位专家，平均86.5分；建议批准2票、修改后再议0票、不予批准0票 */
function reviewsInWords(summary: ReviewSummary): string {
  const r = summary.recommendations;
  return `${summary.submitted}位专家，平均${summary.meanScore}分；建议批准${r.APPROVE}票、修改后再议${r.REVISE}票、不予批准${r.REJECT}票`;
}

export function approvalConclusion(summary: ReviewSummary, noticeEndsOn: string | null): string {
  const notice = noticeEndsOn ? `公示（至${noticeEndsOn}）` : '公示';
  return `经专家评审（${reviewsInWords(summary)}）、实地考察和${notice}，同意设立重庆海智工作站。`;
}

export function rejectionConclusion(summary: ReviewSummary, reason: string): string {
  const reviews = summary.submitted ? `专家评审：${reviewsInWords(summary)}。` : '';
  return `不予设立。理由：${reason.trim().replace(/[。.]$/, '')}。${reviews}`;
}
