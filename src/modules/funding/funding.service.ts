/** Reads of funding grants: the list's conditions, and what has been paid out per grant. */
import { toSafeInteger } from '../../db/columns';
import type { Loaders } from '../../db/loaders';
import type { Filter, Range } from '../../db/where';
import type { GrantKind } from './funding-grant.entity';

/** The filter in row ids. */
export interface FundingGrantCriteria {
  kinds?: GrantKind[] | null;
  years?: Range<number> | null;
  stationIds?: number[];
  offshoreBaseIds?: number[];
  funderDistrictIds?: number[];
  amountCny?: Range<number> | null;
  awardedOn?: Range<string> | null;
  isGenerated?: boolean | null;
  titleContains?: string | null;
}

export const fundingGrantFilter: Filter<FundingGrantCriteria> = (w, c) => {
  w.in('t.kind', c.kinds)
    .range('t.year', c.years)
    .in('t.station_id', c.stationIds)
    .in('t.offshore_base_id', c.offshoreBaseIds)
    .in('t.funder_district_id', c.funderDistrictIds)
    .range('t.amount_cny', c.amountCny)
    .range('t.awarded_on', c.awardedOn)
    .flag('t.is_generated', c.isGenerated)
    .contains(['t.title'], c.titleContains);
};

/** Whole yuan disbursed against each grant (0 where nothing was paid), in one GROUP BY. */
export function disbursedTotals(loaders: Loaders, grantIds: readonly number[]): Promise<number[]> {
  const [query, parameters] = loaders.dataSource.driver.escapeQueryWithParameters(
    'SELECT d.funding_grant_id AS grant_id, SUM(d.amount_cny) AS total FROM disbursement d WHERE d.funding_grant_id IN (:...ids) GROUP BY d.funding_grant_id',
    { ids: [...grantIds] },
  );
  return loaders.read<{ grant_id: number | string; total: number | string }, number[]>(query, parameters, (rows) => {
    // SUM comes back as a number on SQLite and as DECIMAL text on MySQL/MariaDB.
    const totals = new Map(rows.map((row) => [Number(row.grant_id), toSafeInteger(row.total)]));
    return grantIds.map((id) => totals.get(id) ?? 0);
  });
}
