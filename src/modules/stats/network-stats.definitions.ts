/**
 * What each headline figure counts, as SQL: the one definition the API serves (NetworkStatsService),
 * the breakdowns follow, and the seed CLI reports (seeds/figures.ts). The figures count what the
 * source article counts: overseas talents and organisations (not Chinese ones), projects actually
 * introduced (not those still under negotiation), and every yuan of station funding disbursed.
 */
import { DOMESTIC_COUNTRY } from '../../overseas';
import { STATION_FUNDING_KINDS } from '../funding/station-funding';
import { ProjectStatus } from '../project/project.entity';
import { EngagementRole, EngagementStatus } from '../talent/engagement.entity';

export interface NetworkFigures {
  stations: number;
  overseasTalents: number;
  returneeTalents: number;
  partnerOrganizations: number;
  projects: number;
  projectAmountCny: number;
  incubatedProjects: number;
  platforms: number;
  signedTopExperts: number;
  certifiedStationHeads: number;
  ambassadors: number;
  fundingDisbursedCny: number;
}

/** An engagement STAFF confirmed (alias `e`): a unit manager's proposal counts in no figure until then. */
export const CONFIRMED_ENGAGEMENT = `e.status = '${EngagementStatus.CONFIRMED}'`;

/** A talent engaged at a station who comes from abroad (engagement `e`, talent `t`). */
export const OVERSEAS_STATION_TALENT = `e.station_id IS NOT NULL AND ${CONFIRMED_ENGAGEMENT} AND t.country_code <> '${DOMESTIC_COUNTRY}'`;

/** A project introduced through a station: negotiations that have not (yet) brought it in do not count. */
export const INTRODUCED_STATION_PROJECT = `station_id IS NOT NULL AND status <> '${ProjectStatus.NEGOTIATING}'`;

/**
 * The date column each figure's rows are filtered on for `asOf` (the day a row entered the figure):
 * a station's approval, an engagement's start, a tie's establishment, a project's introduction, a
 * platform's establishment, a head's certification, an ambassador's appointment, a payment's day.
 */
export const FIGURE_DATE_COLUMN: Readonly<Record<keyof NetworkFigures, string>> = {
  stations: 'approved_on',
  overseasTalents: 'e.started_on',
  returneeTalents: 'e.started_on',
  partnerOrganizations: 'p.since',
  projects: 'introduced_on',
  projectAmountCny: 'introduced_on',
  incubatedProjects: 'introduced_on',
  platforms: 'established_on',
  signedTopExperts: 'e.started_on',
  certifiedStationHeads: 'certified_on',
  ambassadors: 'appointed_on',
  fundingDisbursedCny: 'd.disbursed_on',
};

/** `AND <column> <= :asOf` when the figures are asked as of a day; nothing for today's. */
export function asOfCondition(column: string, dated: boolean): string {
  return dated ? ` AND ${column} <= :asOf` : '';
}

/**
 * Each figure's SQL, a single value; constants are spliced from the code above, never from input.
 * `dated`: only rows dated on or before the named parameter :asOf.
 */
export function figureSql(dated: boolean): Readonly<Record<keyof NetworkFigures, string>> {
  const on = (figure: keyof NetworkFigures) => asOfCondition(FIGURE_DATE_COLUMN[figure], dated);
  return {
    // Every station row is an approved station, whatever its later status.
    stations: `SELECT COUNT(*) FROM station${dated ? ' WHERE approved_on <= :asOf' : ''}`,
    overseasTalents: `SELECT COUNT(DISTINCT e.talent_id) FROM engagement e JOIN talent t ON t.id = e.talent_id
     WHERE ${OVERSEAS_STATION_TALENT}${on('overseasTalents')}`,
    returneeTalents: `SELECT COUNT(DISTINCT e.talent_id) FROM engagement e JOIN talent t ON t.id = e.talent_id
     WHERE e.offshore_base_id IS NOT NULL AND ${CONFIRMED_ENGAGEMENT} AND t.is_returnee = 1${on('returneeTalents')}`,
    partnerOrganizations: `SELECT COUNT(DISTINCT p.organization_id) FROM partnership p JOIN organization o ON o.id = p.organization_id
     WHERE o.country_code <> '${DOMESTIC_COUNTRY}'${on('partnerOrganizations')}`,
    projects: `SELECT COUNT(*) FROM project WHERE ${INTRODUCED_STATION_PROJECT}${on('projects')}`,
    projectAmountCny: `SELECT COALESCE(SUM(amount_cny), 0) FROM project WHERE ${INTRODUCED_STATION_PROJECT}${on('projectAmountCny')}`,
    incubatedProjects: `SELECT COUNT(*) FROM project WHERE offshore_base_id IS NOT NULL${on('incubatedProjects')}`,
    platforms: `SELECT COUNT(*) FROM platform WHERE offshore_base_id IS NOT NULL${on('platforms')}`,
    signedTopExperts: `SELECT COUNT(DISTINCT e.talent_id) FROM engagement e WHERE e.offshore_base_id IS NOT NULL AND ${CONFIRMED_ENGAGEMENT} AND e.role = '${EngagementRole.SIGNED_EXPERT}'${on('signedTopExperts')}`,
    certifiedStationHeads: `SELECT COUNT(*) FROM station_head WHERE certified_on IS NOT NULL${on('certifiedStationHeads')}`,
    ambassadors: `SELECT COUNT(DISTINCT talent_id) FROM ambassador_appointment${dated ? ' WHERE appointed_on <= :asOf' : ''}`,
    // "已累计拨付经费": the article ties it to CQAST's establishment funding for new stations and the
    // districts' matching funds. International academic-exchange grants are another programme, paid
    // to units that need not be stations or bases: not counted.
    fundingDisbursedCny: `SELECT COALESCE(SUM(d.amount_cny), 0) FROM disbursement d JOIN funding_grant g ON g.id = d.funding_grant_id
     WHERE g.kind IN (${STATION_FUNDING_KINDS_SQL})${on('fundingDisbursedCny')}`,
  };
}

/** The station funding kinds as an SQL list (the figure and byDisbursementYear). */
export const STATION_FUNDING_KINDS_SQL = STATION_FUNDING_KINDS.map((kind) => `'${kind}'`).join(', ');

/** Today's figures, each over every row. */
export const FIGURE_SQL = figureSql(false);

/** All figures in one statement; aliases equal NetworkFigures' keys. `dated`: as of the parameter :asOf. */
export function figuresStatement(dated: boolean): string {
  return `SELECT ${Object.entries(figureSql(dated))
    .map(([alias, sql]) => `(${sql}) AS ${alias}`)
    .join(',\n  ')}`;
}

export const FIGURES_STATEMENT = figuresStatement(false);
export const FIGURES_AS_OF_STATEMENT = figuresStatement(true);
