/**
 * The network's headline figures, with the SQL the API uses, so the CLI can show that a seed hit
 * its targets. Aggregates are converted here because MariaDB returns SUM() as a string.
 */
import type { DataSource } from 'typeorm';
import { toSafeInteger } from '../src/db/columns';
import type { Targets } from './scale';

export const FIGURE_SQL = {
  stations: 'SELECT COUNT(*) AS v FROM station',
  overseasTalents: 'SELECT COUNT(DISTINCT talent_id) AS v FROM engagement WHERE station_id IS NOT NULL',
  returneeTalents:
    'SELECT COUNT(DISTINCT e.talent_id) AS v FROM engagement e JOIN talent t ON t.id = e.talent_id WHERE e.offshore_base_id IS NOT NULL AND t.is_returnee',
  partnerOrganizations: 'SELECT COUNT(DISTINCT organization_id) AS v FROM partnership',
  projects: 'SELECT COUNT(*) AS v FROM project WHERE station_id IS NOT NULL',
  projectAmountCny: 'SELECT SUM(amount_cny) AS v FROM project WHERE station_id IS NOT NULL',
  incubatedProjects: 'SELECT COUNT(*) AS v FROM project WHERE offshore_base_id IS NOT NULL',
  platforms: 'SELECT COUNT(*) AS v FROM platform WHERE offshore_base_id IS NOT NULL',
  signedTopExperts: "SELECT COUNT(DISTINCT talent_id) AS v FROM engagement WHERE offshore_base_id IS NOT NULL AND role = 'SIGNED_EXPERT'",
  certifiedStationHeads: 'SELECT COUNT(*) AS v FROM station_head WHERE certified_on IS NOT NULL',
  ambassadors: 'SELECT COUNT(DISTINCT talent_id) AS v FROM ambassador_appointment',
  fundingDisbursedCny: 'SELECT SUM(amount_cny) AS v FROM disbursement',
} as const satisfies Partial<Record<keyof Targets, string>>;

export type FigureName = keyof typeof FIGURE_SQL;

export async function readFigures(dataSource: DataSource): Promise<Record<FigureName, number>> {
  const result = {} as Record<FigureName, number>;
  for (const [name, sql] of Object.entries(FIGURE_SQL) as Array<[FigureName, string]>) {
    const [row] = await dataSource.query(sql);
    result[name] = toSafeInteger(row.v ?? 0);
  }
  return result;
}
