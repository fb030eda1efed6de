/** How clients narrow and order the funding-grants list. */
import { Field } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { AmountRange, DateRange, IntRange, ordering } from '../../graphql/ordering';
import { ContainsFilter, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
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
