/** How clients narrow and order the funding-grants list. */
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { AmountRange, DateRange, IntRange, OrderDirection, SortField } from '../../graphql/ordering';
import { GrantKind } from './funding-grant.entity';

@InputType({ description: 'Grants matching every given condition (a list matches any of its values).' })
export class FundingGrantFilter {
  @Field(() => [GrantKind], { nullable: true })
  kinds?: GrantKind[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Grant years within this range.' })
  @IsOptional()
  @ValidateNested()
  years?: IntRange | null;

  @Field(() => [ID], { nullable: true, description: 'Awarded to any of these stations.' })
  stationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Awarded to any of these offshore bases.' })
  offshoreBaseIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Matching funds paid by any of these districts.' })
  funderDistrictIds?: string[] | null;

  @Field(() => AmountRange, { nullable: true, description: 'Amount awarded, whole yuan (CNY).' })
  @IsOptional()
  @ValidateNested()
  amountCny?: AmountRange | null;

  @Field(() => DateRange, { nullable: true, description: 'Awarded within these dates.' })
  @IsOptional()
  @ValidateNested()
  awardedOn?: DateRange | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Title contains this text.' })
  @IsOptional()
  @MaxLength(100, { message: 'titleContains must be at most 100 characters' })
  titleContains?: string | null;
}

export enum FundingGrantOrderField {
  ID = 'ID',
  AMOUNT = 'AMOUNT',
  AWARDED_ON = 'AWARDED_ON',
  YEAR = 'YEAR',
}
registerEnumType(FundingGrantOrderField, { name: 'FundingGrantOrderField' });

export const FUNDING_GRANT_SORT_FIELDS: Record<FundingGrantOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  AMOUNT: { column: 'amount_cny', property: 'amountCny' },
  AWARDED_ON: { column: 'awarded_on', property: 'awardedOn' },
  YEAR: { column: 'year', property: 'year' },
};

@InputType()
export class FundingGrantOrder {
  @Field(() => FundingGrantOrderField)
  field: FundingGrantOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}
