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

/** Each figure's SQL, a single value; constants are spliced from the code above, never from input. */
export const FIGURE_SQL: Readonly<Record<keyof NetworkFigures, string>> = {
  // Every station row is an approved station, whatever its later status.
  stations: 'SELECT COUNT(*) FROM station',
  overseasTalents: `SELECT COUNT(DISTINCT e.talent_id) FROM engagement e JOIN talent t ON t.id = e.talent_id
     WHERE ${OVERSEAS_STATION_TALENT}`,
  returneeTalents: `SELECT COUNT(DISTINCT e.talent_id) FROM engagement e JOIN talent t ON t.id = e.talent_id
     WHERE e.offshore_base_id IS NOT NULL AND ${CONFIRMED_ENGAGEMENT} AND t.is_returnee = 1`,
  partnerOrganizations: `SELECT COUNT(DISTINCT p.organization_id) FROM partnership p JOIN organization o ON o.id = p.organization_id
     WHERE o.country_code <> '${DOMESTIC_COUNTRY}'`,
  projects: `SELECT COUNT(*) FROM project WHERE ${INTRODUCED_STATION_PROJECT}`,
  projectAmountCny: `SELECT COALESCE(SUM(amount_cny), 0) FROM project WHERE ${INTRODUCED_STATION_PROJECT}`,
  incubatedProjects: 'SELECT COUNT(*) FROM project WHERE offshore_base_id IS NOT NULL',
  platforms: 'SELECT COUNT(*) FROM platform WHERE offshore_base_id IS NOT NULL',
  signedTopExperts: `SELECT COUNT(DISTINCT e.talent_id) FROM engagement e WHERE e.offshore_base_id IS NOT NULL AND ${CONFIRMED_ENGAGEMENT} AND e.role = '${EngagementRole.SIGNED_EXPERT}'`,
  certifiedStationHeads: 'SELECT COUNT(*) FROM station_head WHERE certified_on IS NOT NULL',
  ambassadors: 'SELECT COUNT(DISTINCT talent_id) FROM ambassador_appointment',
  // "已累计拨付经费": the article ties it to CQAST's establishment funding for new stations and the
  // districts' matching funds. International academic-exchange grants are another programme, paid
  // to units that need not be stations or bases: not counted.
  fundingDisbursedCny: `SELECT COALESCE(SUM(d.amount_cny), 0) FROM disbursement d JOIN funding_grant g ON g.id = d.funding_grant_id
     WHERE g.kind IN (${STATION_FUNDING_KINDS.map((kind) => `'${kind}'`).join(', ')})`,
};

/** All figures in one statement; aliases equal NetworkFigures' keys. */
export const FIGURES_STATEMENT = `SELECT ${Object.entries(FIGURE_SQL)
  .map(([alias, sql]) => `(${sql}) AS ${alias}`)
  .join(',\n  ')}`;
