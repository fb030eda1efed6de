/** How clients narrow and order the host-units list. */
import { Field } from 'type-graphql';
import { ordering } from '../../graphql/ordering';
import { ContainsFilter, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
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
