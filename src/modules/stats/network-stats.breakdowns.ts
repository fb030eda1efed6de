/**
 * The breakdowns of networkStats: each one SQL statement with GROUP BY, run only when its field is
 * asked. Definitions follow the scalar figures, so each breakdown's counts add up to its figure
 * where the groups do not overlap (byDistrict to stations, byCountry to overseasTalents,
 * byProjectStatus to projects and projectAmountCny).
 */
import type { DataSource } from 'typeorm';
import { toSafeInteger } from '../../db/columns';
import { HostUnitKind } from '../host-unit/host-unit.entity';
import { ProjectStatus } from '../project/project.entity';
import { INTRODUCED_STATION_PROJECT, OVERSEAS_STATION_TALENT } from './network-stats.definitions';
import type { StatBucket } from './network-stats.type';

export const BREAKDOWN_NAMES = ['byDistrict', 'byCountry', 'byResearchField', 'byApprovalYear', 'byHostUnitKind', 'byProjectStatus'] as const;
export type Breakdown = (typeof BREAKDOWN_NAMES)[number];

const HOST_UNIT_KIND_LABELS: Record<HostUnitKind, string> = {
  [HostUnitKind.LISTED_COMPANY]: '上市公司',
  [HostUnitKind.ENTERPRISE]: '企业',
  [HostUnitKind.UNIVERSITY]: '高校',
  [HostUnitKind.HOSPITAL]: '医院',
  [HostUnitKind.RESEARCH_INSTITUTE]: '科研院所',
  [HostUnitKind.SOCIETY]: '学会',
  [HostUnitKind.HIGH_TECH_PARK]: '高新园区',
};

const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  [ProjectStatus.NEGOTIATING]: '洽谈中',
  [ProjectStatus.INTRODUCED]: '已引进',
  [ProjectStatus.INCUBATING]: '孵化中',
  [ProjectStatus.LANDED]: '已落地',
};

const countryNames = new Intl.DisplayNames(['zh-CN'], { type: 'region', fallback: 'code' });

/** Each breakdown's statement: columns b_key, b_label (optional), b_count, b_amount (optional). */
const BREAKDOWNS: Record<Breakdown, { sql: string; label?: (key: string) => string }> = {
  byDistrict: {
    sql: `SELECT d.code AS b_key, d.name_zh AS b_label, COUNT(*) AS b_count
            FROM station s JOIN district d ON d.id = s.district_id
           GROUP BY d.id, d.code, d.name_zh`,
  },
  // Overseas talents engaged at stations (as overseasTalents), each counted once, in the country they work in.
  byCountry: {
    sql: `SELECT t.country_code AS b_key, COUNT(DISTINCT e.talent_id) AS b_count
            FROM engagement e JOIN talent t ON t.id = e.talent_id
           WHERE ${OVERSEAS_STATION_TALENT}
           GROUP BY t.country_code`,
    label: (code) => countryNames.of(code) ?? code,
  },
  // A station works in several fields, so these counts may add up to more than the stations.
  byResearchField: {
    sql: `SELECT rf.code AS b_key, rf.name_zh AS b_label, COUNT(DISTINCT srf.station_id) AS b_count
            FROM station_research_field srf JOIN research_field rf ON rf.id = srf.research_field_id
           GROUP BY rf.id, rf.code, rf.name_zh`,
  },
  byApprovalYear: {
    sql: 'SELECT approval_year AS b_key, COUNT(*) AS b_count FROM station GROUP BY approval_year',
    label: (year) => `${year}年`,
  },
  byHostUnitKind: {
    sql: `SELECT hu.kind AS b_key, COUNT(*) AS b_count
            FROM station s JOIN host_unit hu ON hu.id = s.host_unit_id
           GROUP BY hu.kind`,
    label: (kind) => HOST_UNIT_KIND_LABELS[kind as HostUnitKind] ?? kind,
  },
  // Projects introduced through stations (as projects and projectAmountCny): negotiations are not counted.
  byProjectStatus: {
    sql: `SELECT status AS b_key, COUNT(*) AS b_count, COALESCE(SUM(amount_cny), 0) AS b_amount
            FROM project WHERE ${INTRODUCED_STATION_PROJECT}
           GROUP BY status`,
    label: (status) => PROJECT_STATUS_LABELS[status as ProjectStatus] ?? status,
  },
};

interface BucketRow {
  b_key: string | number;
  b_label?: string;
  b_count: string | number;
  b_amount?: string | number | null;
}

/** Largest group first; ties by key, compared the same way on every database. */
function byCountThenKey(a: StatBucket, b: StatBucket): number {
  return b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export async function breakdown(dataSource: DataSource, name: Breakdown): Promise<StatBucket[]> {
  const { sql, label } = BREAKDOWNS[name];
  const rows: BucketRow[] = await dataSource.query(sql);
  return rows
    .map((row) => {
      const key = String(row.b_key);
      return {
        key,
        label: row.b_label ?? label?.(key) ?? key,
        count: toSafeInteger(row.b_count),
        amountCny: row.b_amount === undefined || row.b_amount === null ? null : toSafeInteger(row.b_amount),
      };
    })
    .sort(byCountThenKey);
}
