/** How clients narrow and order the organisations list. */
import { Field } from 'type-graphql';
import { ordering } from '../../graphql/ordering';
import { ContainsFilter, CountriesFilter, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
import { OrganizationKind } from './organization.entity';

@FilterInput('Organisations')
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: OrganizationKind[] | null;

  @CountriesFilter('ISO 3166-1 alpha-2 country codes, e.g. ["NZ", "US"].')
  countries?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Holding at least one partnership (true) or none (false), with any holder.' })
  hasPartnership?: boolean | null;

  @IdsFilter('Station', 'Partner of any of these stations.')
  partnerOfStationIds?: string[] | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Chinese or English name')
  nameContains?: string | null;
}

export const ORGANIZATION_ORDER = ordering('Organization', { NAME: 'nameSort', COUNTRY: 'countryCode' });
