/**
 * The breakdowns of networkStats: each one SQL statement with GROUP BY, run only when its field is
 * asked. Definitions follow the scalar figures, so each breakdown's counts add up to its figure
 * where the groups do not overlap (byDistrict to stations, byCountry to overseasTalents,
 * byProjectStatus and byProjectYear to projects and projectAmountCny, byDisbursementYear to
 * fundingDisbursedCny), and each takes the same `asOf` as the figures, on the same date columns.
 */
import type { DataSource } from 'typeorm';
import { toSafeInteger } from '../../db/columns';
import { HostUnitKind } from '../host-unit/host-unit.entity';
import { ProjectStatus } from '../project/project.entity';
import { EvaluationGrade } from '../evaluation/evaluation.entity';
import { asOfCondition, INTRODUCED_STATION_PROJECT, OVERSEAS_STATION_TALENT, STATION_FUNDING_KINDS_SQL } from './network-stats.definitions';
import type { StatBucket } from './network-stats.type';

export const BREAKDOWN_NAMES = [
  'byDistrict',
  'byCountry',
  'byResearchField',
  'byApprovalYear',
  'byHostUnitKind',
  'byProjectStatus',
  'byEvaluationGrade',
  'byProjectYear',
  'byDisbursementYear',
] as const;
export type Breakdown = (typeof BREAKDOWN_NAMES)[number];

/** A label in Chinese and in English. */
type Labels = readonly [zh: string, en: string];

const HOST_UNIT_KIND_LABELS: Record<HostUnitKind, Labels> = {
  [HostUnitKind.LISTED_COMPANY]: ['上市公司', 'Listed company'],
  [HostUnitKind.ENTERPRISE]: ['企业', 'Enterprise'],
  [HostUnitKind.UNIVERSITY]: ['高校', 'University'],
  [HostUnitKind.HOSPITAL]: ['医院', 'Hospital'],
  [HostUnitKind.RESEARCH_INSTITUTE]: ['科研院所', 'Research institute'],
  [HostUnitKind.SOCIETY]: ['学会', 'Society'],
  [HostUnitKind.HIGH_TECH_PARK]: ['高新园区', 'High-tech park'],
};

const PROJECT_STATUS_LABELS: Record<ProjectStatus, Labels> = {
  [ProjectStatus.NEGOTIATING]: ['洽谈中', 'Negotiating'],
  [ProjectStatus.INTRODUCED]: ['已引进', 'Introduced'],
  [ProjectStatus.INCUBATING]: ['孵化中', 'Incubating'],
  [ProjectStatus.LANDED]: ['已落地', 'Landed'],
};

const EVALUATION_GRADE_LABELS: Record<EvaluationGrade, Labels> = {
  [EvaluationGrade.EXCELLENT]: ['优秀', 'Excellent'],
  [EvaluationGrade.GOOD]: ['良好', 'Good'],
  [EvaluationGrade.QUALIFIED]: ['合格', 'Qualified'],
  [EvaluationGrade.UNQUALIFIED]: ['不合格', 'Unqualified'],
};

const countryNames = new Intl.DisplayNames(['zh-CN'], { type: 'region', fallback: 'code' });
const countryNamesEn = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const yearLabels = (year: string): Labels => [`${year}年`, year];

/**
 * Each breakdown's statement: columns b_key, b_label and b_label_en (where the tables hold the
 * names), b_count, b_amount (money only); `dated(column)` is the `AND <column> <= :asOf` condition
 * (or nothing, for today), on the date the row entered the figure the breakdown follows.
 */
const BREAKDOWNS: Record<Breakdown, { sql: (dated: (column: string) => string) => string; labels?: (key: string) => Labels }> = {
  byDistrict: {
    sql: (dated) => `SELECT d.code AS b_key, d.name_zh AS b_label, d.name_en AS b_label_en, COUNT(*) AS b_count
            FROM station s JOIN district d ON d.id = s.district_id
           WHERE 1 = 1${dated('s.approved_on')}
           GROUP BY d.id, d.code, d.name_zh, d.name_en`,
  },
  // Overseas talents engaged at stations (as overseasTalents), each counted once, in the country they work in.
  byCountry: {
    sql: (dated) => `SELECT t.country_code AS b_key, COUNT(DISTINCT e.talent_id) AS b_count
            FROM engagement e JOIN talent t ON t.id = e.talent_id
           WHERE ${OVERSEAS_STATION_TALENT}${dated('e.started_on')}
           GROUP BY t.country_code`,
    labels: (code) => [countryNames.of(code) ?? code, countryNamesEn.of(code) ?? code],
  },
  // A station works in several fields, so these counts may add up to more than the stations.
  byResearchField: {
    sql: (dated) => `SELECT rf.code AS b_key, rf.name_zh AS b_label, rf.name_en AS b_label_en, COUNT(DISTINCT srf.station_id) AS b_count
            FROM station_research_field srf JOIN research_field rf ON rf.id = srf.research_field_id
            JOIN station s ON s.id = srf.station_id
           WHERE 1 = 1${dated('s.approved_on')}
           GROUP BY rf.id, rf.code, rf.name_zh, rf.name_en`,
  },
  byApprovalYear: {
    sql: (dated) => `SELECT approval_year AS b_key, COUNT(*) AS b_count FROM station WHERE 1 = 1${dated('approved_on')} GROUP BY approval_year`,
    labels: yearLabels,
  },
  byHostUnitKind: {
    sql: (dated) => `SELECT hu.kind AS b_key, COUNT(*) AS b_count
            FROM station s JOIN host_unit hu ON hu.id = s.host_unit_id
           WHERE 1 = 1${dated('s.approved_on')}
           GROUP BY hu.kind`,
    labels: (kind) => HOST_UNIT_KIND_LABELS[kind as HostUnitKind] ?? [kind, kind],
  },
  // Projects introduced through stations (as projects and projectAmountCny): negotiations are not counted.
  byProjectStatus: {
    sql: (dated) => `SELECT status AS b_key, COUNT(*) AS b_count, COALESCE(SUM(amount_cny), 0) AS b_amount
            FROM project WHERE ${INTRODUCED_STATION_PROJECT}${dated('introduced_on')}
           GROUP BY status`,
    labels: (status) => PROJECT_STATUS_LABELS[status as ProjectStatus] ?? [status, status],
  },
  // Yearly evaluations recorded (public, docs/authorization.md), per grade.
  byEvaluationGrade: {
    sql: (dated) => `SELECT grade AS b_key, COUNT(*) AS b_count FROM evaluation WHERE 1 = 1${dated('evaluated_on')} GROUP BY grade`,
    labels: (grade) => EVALUATION_GRADE_LABELS[grade as EvaluationGrade] ?? [grade, grade],
  },
  // The projects of byProjectStatus, per year introduced (the date's first four characters on both databases).
  byProjectYear: {
    sql: (dated) => `SELECT SUBSTR(introduced_on, 1, 4) AS b_key, COUNT(*) AS b_count, COALESCE(SUM(amount_cny), 0) AS b_amount
            FROM project WHERE ${INTRODUCED_STATION_PROJECT}${dated('introduced_on')}
           GROUP BY SUBSTR(introduced_on, 1, 4)`,
    labels: yearLabels,
  },
  // fundingDisbursedCny's payments, per year paid.
  byDisbursementYear: {
    sql: (dated) => `SELECT SUBSTR(d.disbursed_on, 1, 4) AS b_key, COUNT(*) AS b_count, COALESCE(SUM(d.amount_cny), 0) AS b_amount
            FROM disbursement d JOIN funding_grant g ON g.id = d.funding_grant_id
           WHERE g.kind IN (${STATION_FUNDING_KINDS_SQL})${dated('d.disbursed_on')}
           GROUP BY SUBSTR(d.disbursed_on, 1, 4)`,
    labels: yearLabels,
  },
};

interface BucketRow {
  b_key: string | number;
  b_label?: string;
  b_label_en?: string;
  b_count: string | number;
  b_amount?: string | number | null;
}

/** Largest group first; ties by key, compared the same way on every database. */
function byCountThenKey(a: StatBucket, b: StatBucket): number {
  return b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** One breakdown, as of the end of `asOf` (YYYY-MM-DD), or today's (null): every row. */
export async function breakdown(dataSource: DataSource, name: Breakdown, asOf: string | null = null): Promise<StatBucket[]> {
  const { sql, labels } = BREAKDOWNS[name];
  const statement = sql((column) => asOfCondition(column, asOf !== null));
  const [query, parameters] = asOf === null ? [statement, []] : dataSource.driver.escapeQueryWithParameters(statement, { asOf });
  const rows: BucketRow[] = await dataSource.query(query, parameters);
  return rows
    .map((row) => {
      const key = String(row.b_key);
      const [zh, en] = labels?.(key) ?? [key, key];
      return {
        key,
        label: row.b_label ?? zh,
        labelEn: row.b_label_en ?? en,
        count: toSafeInteger(row.b_count),
        amountCny: row.b_amount === undefined || row.b_amount === null ? null : toSafeInteger(row.b_amount),
      };
    })
    .sort(byCountThenKey);
}
