/** How clients narrow and order the funding-grants list: the filter input, its SQL on alias t, and the ordering. */
import { AmountRange, DateRange, IntRange, ordering } from '../../graphql/ordering';
import { AnyOfFilter, ContainsFilter, FilterInput, filterOf, GeneratedFilter, IdsFilter, RangeFilter } from '../../graphql/filter-fields';
import { GrantKind } from './funding-grant.entity';

@FilterInput('Grants')
export class FundingGrantFilter {
  @AnyOfFilter(GrantKind, 't.kind')
  kinds?: GrantKind[] | null;

  @RangeFilter(IntRange, 'Grant years within this range.', 't.year')
  years?: IntRange | null;

  @IdsFilter('Station', 'Awarded to any of these stations.', 't.station_id')
  stationIds?: string[] | null;

  @IdsFilter('OffshoreBase', 'Awarded to any of these offshore bases.', 't.offshore_base_id')
  offshoreBaseIds?: string[] | null;

  @IdsFilter('District', 'Matching funds paid by any of these districts.', 't.funder_district_id')
  funderDistrictIds?: string[] | null;

  @RangeFilter(AmountRange, 'Amount awarded, whole yuan (CNY).', 't.amount_cny')
  amountCny?: AmountRange | null;

  @RangeFilter(DateRange, 'Awarded within these dates.', 't.awarded_on')
  awardedOn?: DateRange | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Title', ['t.title'])
  titleContains?: string | null;
}

export const FUNDING_GRANT_ORDER = ordering('FundingGrant', { AMOUNT: 'amountCny', AWARDED_ON: 'awardedOn', YEAR: 'year' });

export const fundingGrantFilter = filterOf(FundingGrantFilter);
