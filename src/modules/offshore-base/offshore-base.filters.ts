/** How clients narrow and order the offshore-bases list: the filter input, its SQL on alias t, and the orderings. */
import { IntRange, ordering } from '../../graphql/ordering';
import { AnyOfFilter, FilterInput, filterOf, GeneratedFilter, IdsFilter, NameContainsFilter, RangeFilter } from '../../graphql/filter-fields';
import { BaseLevel, OffshoreBaseKind } from './offshore-base.entity';

@FilterInput('Offshore bases')
export class OffshoreBaseFilter {
  @AnyOfFilter(OffshoreBaseKind, 't.kind')
  kinds?: OffshoreBaseKind[] | null;

  @AnyOfFilter(BaseLevel, 't.level')
  levels?: BaseLevel[] | null;

  @IdsFilter('District', 'District ids.', 't.district_id')
  districtIds?: string[] | null;

  @RangeFilter(IntRange, 'Established within these years.', 't.established_year')
  establishedYears?: IntRange | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @NameContainsFilter()
  nameContains?: string | null;
}

export const OFFSHORE_BASE_ORDER = ordering('OffshoreBase', { NAME: 'nameSort', ESTABLISHED_YEAR: 'establishedYear' });

export const offshoreBaseFilter = filterOf(OffshoreBaseFilter);
