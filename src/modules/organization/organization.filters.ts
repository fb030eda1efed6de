/** How clients narrow and order the organisations list: the filter input, its SQL on alias t, and the orderings. */
import { Field } from 'type-graphql';
import { ordering } from '../../graphql/ordering';
import { AnyOfFilter, CountriesFilter, FilterInput, filterOf, GeneratedFilter, IdsFilter, NameContainsFilter } from '../../graphql/filter-fields';
import { OrganizationKind } from './organization.entity';

@FilterInput('Organisations')
export class OrganizationFilter {
  @AnyOfFilter(OrganizationKind, 't.kind')
  kinds?: OrganizationKind[] | null;

  @CountriesFilter('ISO 3166-1 alpha-2 country codes, e.g. ["NZ", "US"].')
  countries?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Holding at least one partnership (true) or none (false), with any holder.' })
  hasPartnership?: boolean | null;

  @IdsFilter('Station', 'Partner of any of these stations.')
  partnerOfStationIds?: string[] | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @NameContainsFilter()
  nameContains?: string | null;
}

export const ORGANIZATION_ORDER = ordering('Organization', { NAME: 'nameSort', COUNTRY: 'countryCode' });

export const organizationFilter = filterOf(OrganizationFilter, (w, c) => {
  w.in('t.country_code', c.countries)
    .exists(c.hasPartnership, 'SELECT 1 FROM partnership op WHERE op.organization_id = t.id')
    .existsIn(c.partnerOfStationIds, (ids) => `SELECT 1 FROM partnership osp WHERE osp.organization_id = t.id AND osp.station_id IN (${ids})`);
});
