/**
 * Conflict of interest (DOMAIN.md), defined once: an expert has one for an application when they
 * work at the applicant unit (expert.host_unit_id), or when their talent record (expert.talent_id)
 * is engaged at one of that unit's stations. Any engagement counts, ended or not: a past adviser of
 * the unit still has ties to it, and a review must be above doubt. assignReviewers refuses such an
 * expert, naming the reason; the experts list's `assignableTo` leaves them out.
 */
import type { Mutation } from '../../write/mutation';

export enum ConflictReason {
  WORKS_AT_APPLICANT_UNIT = 'WORKS_AT_APPLICANT_UNIT',
  ENGAGED_AT_APPLICANT_STATION = 'ENGAGED_AT_APPLICANT_STATION',
}

/** SQL: expert row `x` works at the unit `unit` (an SQL expression, never null). */
export function worksAtUnitSql(x: string, unit: string): string {
  return `(${x}.host_unit_id IS NOT NULL AND ${x}.host_unit_id = ${unit})`;
}

/** SQL: expert row `x`'s talent record is engaged (now or before) at a station of the unit `unit`. */
export function engagedAtUnitSql(x: string, unit: string): string {
  return `EXISTS (SELECT 1 FROM engagement coi_e JOIN station coi_s ON coi_s.id = coi_e.station_id
    WHERE coi_e.talent_id = ${x}.talent_id AND coi_s.host_unit_id = ${unit})`;
}

/** SQL: expert row `x` has a conflict of interest with the applications of unit `unit`. */
export function conflictSql(x: string, unit: string): string {
  return `(${worksAtUnitSql(x, unit)} OR ${engagedAtUnitSql(x, unit)})`;
}

export interface ExpertConflict {
  expertId: number;
  reasons: ConflictReason[];
}

/** Of `expertIds`, those with a conflict of interest with the unit `hostUnitId`, and why (read in the mutation's transaction). */
export async function conflictsWith(m: Mutation, hostUnitId: number, expertIds: readonly number[]): Promise<ExpertConflict[]> {
  if (!expertIds.length) return [];
  const [query, parameters] = m.tx.dataSource.driver.escapeQueryWithParameters(
    `SELECT x.id AS id,
       CASE WHEN ${worksAtUnitSql('x', ':unit')} THEN 1 ELSE 0 END AS works,
       CASE WHEN ${engagedAtUnitSql('x', ':unit')} THEN 1 ELSE 0 END AS engaged
     FROM expert x WHERE x.id IN (:...ids) ORDER BY x.id`,
    { unit: hostUnitId, ids: [...expertIds] },
  );
  return m.loaders.read<{ id: number | string; works: number | string; engaged: number | string }, ExpertConflict[]>(query, parameters, (rows) =>
    rows
      .map((row) => ({
        expertId: Number(row.id),
        reasons: [
          ...(Number(row.works) ? [ConflictReason.WORKS_AT_APPLICANT_UNIT] : []),
          ...(Number(row.engaged) ? [ConflictReason.ENGAGED_AT_APPLICANT_STATION] : []),
        ],
      }))
      .filter((conflict) => conflict.reasons.length > 0),
  );
}
