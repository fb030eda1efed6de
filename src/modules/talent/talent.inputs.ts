/** How clients narrow and order the talents list. */
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { OrderDirection, SortField } from '../../graphql/ordering';
import { Degree } from './talent.entity';

@InputType({ description: 'Talents matching every given condition (a list matches any of its values).' })
export class TalentFilter {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 country codes, e.g. ["NZ", "US"].' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes in capitals, e.g. "NZ"' })
  countries?: string[] | null;

  @Field(() => [Degree], { nullable: true })
  degrees?: Degree[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Returnee talents (海归) only (true) or none of them (false).' })
  isReturnee?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'On post (在岗) at a station or base now (true), or not (false).' })
  onPost?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Engaged (ever) at any of these stations.' })
  stationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Working in any of these research fields.' })
  researchFieldIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Affiliated with any of these organisations.' })
  affiliationIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Appointed HAIZHI ambassador (true) or not (false).' })
  isAmbassador?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Name (either script) contains this text.' })
  @IsOptional()
  @MaxLength(100, { message: 'nameContains must be at most 100 characters' })
  nameContains?: string | null;
}

export enum TalentOrderField {
  ID = 'ID',
  NAME = 'NAME',
  COUNTRY = 'COUNTRY',
}
registerEnumType(TalentOrderField, { name: 'TalentOrderField' });

export const TALENT_SORT_FIELDS: Record<TalentOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  NAME: { column: 'name', property: 'name' },
  COUNTRY: { column: 'country_code', property: 'countryCode' },
};

@InputType()
export class TalentOrder {
  @Field(() => TalentOrderField)
  field: TalentOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}
