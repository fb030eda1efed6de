/**
 * The dashboard's GraphQL documents, one per chart, so a field a server lacks fails that chart
 * alone. Each document stays inside the public limits (src/pipeline/limits.ts: 15 aliases, 1,000
 * tokens, cost 5,000): the per-year documents are cut into groups of at most YEARS_PER_QUERY years.
 */
export const FIGURES = `query DashboardFigures {
  networkStats {
    stations overseasTalents returneeTalents partnerOrganizations projects projectAmountCny
    incubatedProjects platforms signedTopExperts certifiedStationHeads ambassadors fundingDisbursedCny
  }
}`;

/** The first year a station was approved: where the yearly series start. */
export const APPROVAL_YEARS = `query DashboardApprovalYears { networkStats { byApprovalYear { key count } } }`;

export const YEARS_PER_QUERY = 12;

/** Stations per district as of the end of each year (the last one: today), one alias a year. */
export function stationsByDistrictAsOf(days: { alias: string; asOf: string }[]): string {
  const fields = days.map(({ alias, asOf }) => `  ${alias}: networkStats(asOf: "${asOf}") { byDistrict { key label labelEn count } }`);
  return `query DashboardStationsByDistrict {\n${fields.join('\n')}\n}`;
}

export const TALENTS_BY_COUNTRY = `query DashboardTalentsByCountry { networkStats { byCountry { key label labelEn count } } }`;

export const PROJECTS_AND_FUNDING = `query DashboardProjectsAndFunding {
  networkStats {
    byProjectYear { key count amountCny }
    byDisbursementYear { key count amountCny }
  }
}`;

export const EVALUATIONS_BY_GRADE = `query DashboardEvaluationsByGrade { networkStats { byEvaluationGrade { key label labelEn count } } }`;

export const APPLICATION_STATUSES = ['SUBMITTED', 'QUALIFIED', 'UNDER_REVIEW', 'INSPECTED', 'PUBLICIZED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;

/** STAFF: how many applications stand at each status (8 aliases, each a count only). */
export const APPLICATIONS_BY_STATUS = `query DashboardApplicationsByStatus {
${APPLICATION_STATUSES.map((status) => `  ${status}: stationApplications(filter: { statuses: [${status}] }, first: 1) { totalCount }`).join('\n')}
}`;

/**
 * STAFF: applications under review with their assigned experts' reviews; a review without
 * reviewedOn is one still due. 50 applications × 20 reviews costs 2,101 of the 5,000 allowed.
 */
export const REVIEWS_DUE = `query DashboardReviewsDue {
  stationApplications(filter: { statuses: [UNDER_REVIEW] }, first: 50) {
    totalCount
    edges { node { id proposedName roundYear reviews(first: 20) { edges { node { reviewedOn expert { name } } } } } }
  }
}`;

export const LOGIN = `mutation DashboardLogin($input: LoginInput!) { login(input: $input) { token viewer { role email } } }`;
