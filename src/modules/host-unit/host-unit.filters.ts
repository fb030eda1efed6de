/** How clients narrow and order the host-units list: the filter input, its SQL on alias t, and the orderings. */
import { Field } from 'type-graphql';
import type { Filter } from '../../db/where';
import { ordering } from '../../graphql/ordering';
import { ContainsFilter, CriteriaOf, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
import { HostUnitKind } from './host-unit.entity';

@FilterInput('Host units')
export class HostUnitFilter {
  @Field(() => [HostUnitKind], { nullable: true })
  kinds?: HostUnitKind[] | null;

  @IdsFilter('District', 'District ids.')
  districtIds?: string[] | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Chinese or English name')
  nameContains?: string | null;
}

export const HOST_UNIT_ORDER = ordering('HostUnit', { NAME: 'nameSort' });

export const hostUnitFilter: Filter<CriteriaOf<HostUnitFilter>> = (w, c) => {
  w.in('t.kind', c.kinds).in('t.district_id', c.districtIds).flag('t.is_generated', c.isGenerated).contains(['t.name_zh', 't.name_en'], c.nameContains);
};
