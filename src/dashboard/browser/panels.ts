/**
 * Each chart of the dashboard: its titles in both languages, who sees it, and how it turns the API's
 * answer into an ECharts option. load() throws when its query fails; the page shows that panel's
 * error and draws the others.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { graphql } from './api';
import {
  APPLICATION_STATUSES,
  APPLICATIONS_BY_STATUS,
  APPROVAL_YEARS,
  EVALUATIONS_BY_GRADE,
  PROJECTS_AND_FUNDING,
  REVIEWS_DUE,
  stationsByDistrictAsOf,
  TALENTS_BY_COUNTRY,
  YEARS_PER_QUERY,
} from './queries';

export interface Bucket {
  key: string;
  label: string;
  labelEn: string;
  count: number;
  amountCny?: number | null;
}

export interface Panel {
  id: string;
  title: string;
  titleEn: string;
  /** Drawn only with a STAFF sign-in (the workflow). */
  staffOnly?: boolean;
  load(token: string | undefined): Promise<EChartsCoreOption>;
}

/** Both languages side by side, as every label on the page. */
export const both = (zh: string, en: string) => (zh === en ? zh : `${zh} ${en}`);

/** Whole yuan to 万元 (10,000 CNY), the unit CQAST reports in. */
const wan = (cny: number | null | undefined) => Math.round((cny ?? 0) / 10_000);

const today = () => new Date().toISOString().slice(0, 10);

const barTooltip = { trigger: 'axis', axisPointer: { type: 'shadow' } };

/** How many districts get their own colour; the rest are summed as 其他 Other. */
const TOP_DISTRICTS = 8;

async function stationsByDistrictAndYear(token: string | undefined): Promise<EChartsCoreOption> {
  const approvals = await graphql<{ networkStats: { byApprovalYear: { key: string; count: number }[] } }>(APPROVAL_YEARS, {}, token);
  const thisYear = new Date().getFullYear();
  const first = Math.min(thisYear, ...approvals.networkStats.byApprovalYear.map((bucket) => Number(bucket.key)));
  const years: number[] = [];
  for (let year = first; year <= thisYear; year++) years.push(year);
  // As of each year's last day; this year's as of today.
  const days = years.map((year) => ({ alias: `y${year}`, asOf: year === thisYear ? today() : `${year}-12-31` }));
  const answers: Record<string, { byDistrict: Bucket[] }> = {};
  for (let start = 0; start < days.length; start += YEARS_PER_QUERY) {
    Object.assign(answers, await graphql<typeof answers>(stationsByDistrictAsOf(days.slice(start, start + YEARS_PER_QUERY)), {}, token));
  }
  const latest = answers[`y${thisYear}`].byDistrict;
  const top = [...latest].sort((a, b) => b.count - a.count).slice(0, TOP_DISTRICTS);
  const series = top.map((district) => ({
    name: both(district.label, district.labelEn),
    type: 'bar',
    stack: 'stations',
    data: years.map((year) => answers[`y${year}`].byDistrict.find((bucket) => bucket.key === district.key)?.count ?? 0),
  }));
  const others = years.map((year) => answers[`y${year}`].byDistrict.filter((bucket) => !top.some((t) => t.key === bucket.key)).reduce((sum, bucket) => sum + bucket.count, 0));
  if (others.some((count) => count > 0)) series.push({ name: both('其他区县', 'Other districts'), type: 'bar', stack: 'stations', data: others });
  return {
    tooltip: barTooltip,
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 48, right: 16, top: 24, bottom: 64 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', name: both('工作站', 'stations'), minInterval: 1 },
    series,
  };
}

async function talentsByCountry(token: string | undefined): Promise<EChartsCoreOption> {
  const { networkStats } = await graphql<{ networkStats: { byCountry: Bucket[] } }>(TALENTS_BY_COUNTRY, {}, token);
  // Largest first at the top: a horizontal bar chart draws its first category at the bottom.
  const shown = networkStats.byCountry.slice(0, 15).reverse();
  return {
    tooltip: barTooltip,
    grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((bucket) => both(bucket.label, bucket.labelEn)) },
    series: [{ name: both('海外人才', 'Overseas talents'), type: 'bar', data: shown.map((bucket) => bucket.count), label: { show: true, position: 'right' } }],
  };
}

async function projectsAndFunding(token: string | undefined): Promise<EChartsCoreOption> {
  const { networkStats } = await graphql<{ networkStats: { byProjectYear: Bucket[]; byDisbursementYear: Bucket[] } }>(PROJECTS_AND_FUNDING, {}, token);
  const { byProjectYear, byDisbursementYear } = networkStats;
  const years = [...new Set([...byProjectYear, ...byDisbursementYear].map((bucket) => bucket.key))].sort();
  const at = (buckets: Bucket[], year: string) => buckets.find((bucket) => bucket.key === year);
  // Two grids over the same years: project amounts run to a hundred times the funding disbursed,
  // which on one axis would lie flat along zero.
  const xAxis = (gridIndex: number) => ({ type: 'category', gridIndex, data: years, axisLabel: { show: gridIndex === 1 } });
  return {
    tooltip: { trigger: 'axis' },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    legend: { bottom: 0 },
    grid: [
      { left: 56, right: 64, top: 28, height: '42%' },
      { left: 56, right: 64, top: '62%', bottom: 56 },
    ],
    xAxis: [xAxis(0), xAxis(1)],
    yAxis: [
      { type: 'value', gridIndex: 0, name: both('项目', 'projects'), minInterval: 1 },
      { type: 'value', gridIndex: 0, name: both('万元', '10k CNY'), splitLine: { show: false } },
      { type: 'value', gridIndex: 1, name: both('万元', '10k CNY') },
    ],
    series: [
      { name: both('引进项目', 'Projects introduced'), type: 'bar', xAxisIndex: 0, yAxisIndex: 0, data: years.map((year) => at(byProjectYear, year)?.count ?? 0) },
      { name: both('项目金额', 'Project amount'), type: 'line', xAxisIndex: 0, yAxisIndex: 1, data: years.map((year) => wan(at(byProjectYear, year)?.amountCny)) },
      { name: both('拨付经费', 'Funding disbursed'), type: 'bar', xAxisIndex: 1, yAxisIndex: 2, data: years.map((year) => wan(at(byDisbursementYear, year)?.amountCny)) },
    ],
  };
}

/** Best grade first, whatever the counts. */
const GRADE_ORDER = ['EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED'];
const GRADE_COLOURS = ['#15803d', '#4f6bd8', '#eab308', '#dc2626'];

async function evaluationsByGrade(token: string | undefined): Promise<EChartsCoreOption> {
  const { networkStats } = await graphql<{ networkStats: { byEvaluationGrade: Bucket[] } }>(EVALUATIONS_BY_GRADE, {}, token);
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        name: both('年度考核', 'Evaluations'),
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c}' },
        data: [...networkStats.byEvaluationGrade]
          .sort((a, b) => GRADE_ORDER.indexOf(a.key) - GRADE_ORDER.indexOf(b.key))
          .map((bucket) => ({ name: both(bucket.label, bucket.labelEn), value: bucket.count, itemStyle: { color: GRADE_COLOURS[GRADE_ORDER.indexOf(bucket.key)] } })),
      },
    ],
  };
}

const STATUS_LABELS: Record<(typeof APPLICATION_STATUSES)[number], [string, string]> = {
  SUBMITTED: ['已提交', 'Submitted'],
  QUALIFIED: ['资格审查通过', 'Qualified'],
  UNDER_REVIEW: ['专家评审中', 'Under review'],
  INSPECTED: ['已实地考察', 'Inspected'],
  PUBLICIZED: ['公示中', 'Publicized'],
  APPROVED: ['已批准', 'Approved'],
  REJECTED: ['未通过', 'Rejected'],
  WITHDRAWN: ['已撤回', 'Withdrawn'],
};

async function applicationsByStatus(token: string | undefined): Promise<EChartsCoreOption> {
  const counts = await graphql<Record<string, { totalCount: number }>>(APPLICATIONS_BY_STATUS, {}, token);
  return {
    tooltip: barTooltip,
    grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: APPLICATION_STATUSES.map((status) => both(...STATUS_LABELS[status])) },
    series: [{ name: both('申报', 'Applications'), type: 'bar', data: APPLICATION_STATUSES.map((status) => counts[status].totalCount), label: { show: true, position: 'right' } }],
  };
}

interface ReviewsDueAnswer {
  stationApplications: {
    totalCount: number;
    edges: { node: { id: string; proposedName: string; roundYear: number; reviews: { edges: { node: { reviewedOn: string | null; expert: { name: string } } }[] } } }[];
  };
}

async function reviewsDue(token: string | undefined): Promise<EChartsCoreOption> {
  const { stationApplications } = await graphql<ReviewsDueAnswer>(REVIEWS_DUE, {}, token);
  const applications = stationApplications.edges.map(({ node }) => {
    const reviews = node.reviews.edges.map((edge) => edge.node);
    return { name: node.proposedName, due: reviews.filter((review) => review.reviewedOn === null), done: reviews.filter((review) => review.reviewedOn !== null).length };
  });
  return {
    tooltip: barTooltip,
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 40, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: applications.map((application) => application.name) },
    series: [
      { name: both('待提交评审', 'Reviews due'), type: 'bar', stack: 'reviews', barMaxWidth: 28, data: applications.map((application) => application.due.length) },
      { name: both('已提交评审', 'Reviews in'), type: 'bar', stack: 'reviews', barMaxWidth: 28, data: applications.map((application) => application.done) },
    ],
  };
}

export const PANELS: Panel[] = [
  { id: 'stations-by-district', title: '各区县工作站（历年年末累计）', titleEn: 'Stations by district at the end of each year', load: stationsByDistrictAndYear },
  { id: 'talents-by-country', title: '海外人才来源国家', titleEn: 'Overseas talents by country', load: talentsByCountry },
  { id: 'projects-and-funding', title: '项目与经费（按年）', titleEn: 'Projects and funding by year', load: projectsAndFunding },
  { id: 'evaluations-by-grade', title: '年度考核等级', titleEn: 'Evaluations by grade', load: evaluationsByGrade },
  { id: 'applications-by-status', title: '申报状态', titleEn: 'Applications by status', staffOnly: true, load: applicationsByStatus },
  { id: 'reviews-due', title: '待提交的专家评审', titleEn: 'Reviews due', staffOnly: true, load: reviewsDue },
];
