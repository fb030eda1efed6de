/** How clients narrow and order the organisations list. */
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { OrderDirection, SortField } from '../../graphql/ordering';
import { OrganizationKind } from './organization.entity';

@InputType({ description: 'Organisations matching every given condition (a list matches any of its values).' })
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: OrganizationKind[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 country codes, e.g. ["NZ", "US"].' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes in capitals, e.g. "NZ"' })
  countries?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Holding at least one partnership (true) or none (false), with any holder.' })
  hasPartnership?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Partner of any of these stations.' })
  partnerOfStationIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Chinese or English name contains this text.' })
  @IsOptional()
  @MaxLength(100, { message: 'nameContains must be at most 100 characters' })
  nameContains?: string | null;
}

export enum OrganizationOrderField {
  ID = 'ID',
  NAME = 'NAME',
  COUNTRY = 'COUNTRY',
}
registerEnumType(OrganizationOrderField, { name: 'OrganizationOrderField' });

export const ORGANIZATION_SORT_FIELDS: Record<OrganizationOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  NAME: { column: 'name_zh', property: 'nameZh' },
  COUNTRY: { column: 'country_code', property: 'countryCode' },
};

@InputType()
export class OrganizationOrder {
  @Field(() => OrganizationOrderField)
  field: OrganizationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}
