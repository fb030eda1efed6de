/** Reads of funding grants: the list's conditions, shared by its pages and its count. */
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
