/** How clients narrow and order the host-units list: the filter input, its SQL on alias t, and the orderings. */
import { ordering } from '../../graphql/ordering';
import { AnyOfFilter, FilterInput, filterOf, GeneratedFilter, IdsFilter, NameContainsFilter } from '../../graphql/filter-fields';
import { HostUnitKind } from './host-unit.entity';

@FilterInput('Host units')
export class HostUnitFilter {
  @AnyOfFilter(HostUnitKind, 't.kind')
  kinds?: HostUnitKind[] | null;

  @IdsFilter('District', 'District ids.', 't.district_id')
  districtIds?: string[] | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @NameContainsFilter()
  nameContains?: string | null;
}

export const HOST_UNIT_ORDER = ordering('HostUnit', { NAME: 'nameSort' });

export const hostUnitFilter = filterOf(HostUnitFilter);
