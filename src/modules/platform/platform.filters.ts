/** How clients narrow and order the platforms list: the filter input, its SQL on alias t, and the orderings. */
import { DateRange, ordering } from '../../graphql/ordering';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { AnyOfFilter, FilterInput, filterOf, GeneratedFilter, IdsFilter, NameContainsFilter, RangeFilter } from '../../graphql/filter-fields';
import { PlatformKind } from './platform.entity';

@FilterInput('Platforms')
export class PlatformFilter {
  @AnyOfFilter(PlatformKind, 't.kind')
  kinds?: PlatformKind[] | null;

  @IdsFilter('Station', 'Built by any of these stations.', 't.station_id')
  stationIds?: string[] | null;

  @IdsFilter('OffshoreBase', 'Built by any of these offshore bases.', 't.offshore_base_id')
  offshoreBaseIds?: string[] | null;

  @IdsFilter('ResearchField', 'In any of these research fields.', 't.research_field_id')
  researchFieldIds?: string[] | null;

  @IdsFilter(ORGANIZATION_TYPE_NAMES, 'Built with any of these partner organisations (ids of any organisation type).')
  partnerOrganizationIds?: string[] | null;

  @RangeFilter(DateRange, 'Established within these dates.', 't.established_on')
  establishedOn?: DateRange | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @NameContainsFilter()
  nameContains?: string | null;
}

export const PLATFORM_ORDER = ordering('Platform', { NAME: 'nameSort', ESTABLISHED_ON: 'establishedOn' });

export const platformFilter = filterOf(PlatformFilter, (w, c) => {
  w.existsIn(c.partnerOrganizationIds, (ids) => `SELECT 1 FROM platform_partner pp WHERE pp.platform_id = t.id AND pp.organization_id IN (${ids})`);
});
