/**
 * The network's headline figures, each an aggregate over the rows (nothing stored, nothing typed in),
 * in one round trip. The definitions here are the ones DOMAIN.md's figures are checked against.
 */
import type { DataSource } from 'typeorm';
import { toSafeInteger } from '../../db/columns';
import { EngagementRole } from '../talent/engagement.entity';
import { Breakdown, breakdown } from './network-stats.breakdowns';
import type { StatBucket } from './network-stats.type';

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

/** Each figure's SQL; aliases equal NetworkFigures' keys. Parameters are bound, never spliced. */
const FIGURES: Record<keyof NetworkFigures, string> = {
  // Every station row is an approved station, whatever its later status.
  stations: 'SELECT COUNT(*) FROM station',
  overseasTalents: 'SELECT COUNT(DISTINCT talent_id) FROM engagement WHERE station_id IS NOT NULL',
  returneeTalents: `SELECT COUNT(DISTINCT e.talent_id) FROM engagement e JOIN talent t ON t.id = e.talent_id
     WHERE e.offshore_base_id IS NOT NULL AND t.is_returnee = 1`,
  partnerOrganizations: 'SELECT COUNT(DISTINCT organization_id) FROM partnership',
  projects: 'SELECT COUNT(*) FROM project WHERE station_id IS NOT NULL',
  projectAmountCny: 'SELECT COALESCE(SUM(amount_cny), 0) FROM project WHERE station_id IS NOT NULL',
  incubatedProjects: 'SELECT COUNT(*) FROM project WHERE offshore_base_id IS NOT NULL',
  platforms: 'SELECT COUNT(*) FROM platform WHERE offshore_base_id IS NOT NULL',
  signedTopExperts: `SELECT COUNT(DISTINCT talent_id) FROM engagement WHERE offshore_base_id IS NOT NULL AND role = '${EngagementRole.SIGNED_EXPERT}'`,
  certifiedStationHeads: 'SELECT COUNT(*) FROM station_head WHERE certified_on IS NOT NULL',
  ambassadors: 'SELECT COUNT(DISTINCT talent_id) FROM ambassador_appointment',
  // Every payment, whatever the grant: establishment funding, district matching funds, exchange grants.
  fundingDisbursedCny: 'SELECT COALESCE(SUM(amount_cny), 0) FROM disbursement',
};

const FIGURES_SQL = `SELECT ${Object.entries(FIGURES)
  .map(([alias, sql]) => `(${sql}) AS ${alias}`)
  .join(',\n  ')}`;

export class NetworkStatsService {
  constructor(private readonly dataSource: DataSource) {}

  async figures(): Promise<NetworkFigures> {
    const [row] = await this.dataSource.query<Record<keyof NetworkFigures, string | number>[]>(FIGURES_SQL);
    // SUM() arrives as a DECIMAL string from MySQL and a number from SQLite: one conversion for both.
    return Object.fromEntries(
      Object.keys(FIGURES).map((key) => [key, toSafeInteger(row[key as keyof NetworkFigures])]),
    ) as unknown as NetworkFigures;
  }

  /** One breakdown (stations per district, ...), one GROUP BY statement. */
  breakdown(name: Breakdown): Promise<StatBucket[]> {
    return breakdown(this.dataSource, name);
  }
}
