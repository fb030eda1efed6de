/** How clients narrow and order the funding-grants list: the filter input, its SQL on alias t, and the ordering. */
import { Field } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import type { Filter } from '../../db/where';
import { AmountRange, DateRange, IntRange, ordering } from '../../graphql/ordering';
import { ContainsFilter, CriteriaOf, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
import { GrantKind } from './funding-grant.entity';

@FilterInput('Grants')
export class FundingGrantFilter {
  @Field(() => [GrantKind], { nullable: true })
  kinds?: GrantKind[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Grant years within this range.' })
  @IsOptional()
  @ValidateNested()
  years?: IntRange | null;

  @IdsFilter('Station', 'Awarded to any of these stations.')
  stationIds?: string[] | null;

  @IdsFilter('OffshoreBase', 'Awarded to any of these offshore bases.')
  offshoreBaseIds?: string[] | null;

  @IdsFilter('District', 'Matching funds paid by any of these districts.')
  funderDistrictIds?: string[] | null;

  @Field(() => AmountRange, { nullable: true, description: 'Amount awarded, whole yuan (CNY).' })
  @IsOptional()
  @ValidateNested()
  amountCny?: AmountRange | null;

  @Field(() => DateRange, { nullable: true, description: 'Awarded within these dates.' })
  @IsOptional()
  @ValidateNested()
  awardedOn?: DateRange | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Title')
  titleContains?: string | null;
}

export const FUNDING_GRANT_ORDER = ordering('FundingGrant', { AMOUNT: 'amountCny', AWARDED_ON: 'awardedOn', YEAR: 'year' });

export const fundingGrantFilter: Filter<CriteriaOf<FundingGrantFilter>> = (w, c) => {
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
