/** How clients narrow and order the small reference lists (districts, research fields): the filter inputs, their SQL on alias t, and the orderings. */
import { AnyOfFilter, FilterInput, filterOf, GeneratedFilter, NameContainsFilter } from '../../graphql/filter-fields';
import { ordering } from '../../graphql/ordering';
import { DistrictKind } from './district.entity';

@FilterInput('Districts')
export class DistrictFilter {
  @AnyOfFilter(DistrictKind, 't.kind')
  kinds?: DistrictKind[] | null;

  @AnyOfFilter(String, 't.code', 'Stable codes, e.g. ["yubei"].')
  codes?: string[] | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @NameContainsFilter()
  nameContains?: string | null;
}

export const DISTRICT_ORDER = ordering('District', { NAME: 'nameSort', CODE: 'code' });

export const districtFilter = filterOf(DistrictFilter);

@FilterInput('Research fields')
export class ResearchFieldFilter {
  @AnyOfFilter(String, 't.code', 'Stable codes, e.g. ["new-materials"].')
  codes?: string[] | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @NameContainsFilter()
  nameContains?: string | null;
}

export const RESEARCH_FIELD_ORDER = ordering('ResearchField', { NAME: 'nameSort', CODE: 'code' });

export const researchFieldFilter = filterOf(ResearchFieldFilter);
