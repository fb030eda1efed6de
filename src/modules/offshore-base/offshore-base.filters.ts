/** How clients narrow and order the offshore-bases list: the filter input, its SQL on alias t, and the orderings. */
import { Field } from 'type-graphql';
import type { Filter } from '../../db/where';
import { IntRange, ordering } from '../../graphql/ordering';
import { ContainsFilter, CriteriaOf, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
import { BaseLevel, OffshoreBaseKind } from './offshore-base.entity';

@FilterInput('Offshore bases')
export class OffshoreBaseFilter {
  @Field(() => [OffshoreBaseKind], { nullable: true })
  kinds?: OffshoreBaseKind[] | null;

  @Field(() => [BaseLevel], { nullable: true })
  levels?: BaseLevel[] | null;

  @IdsFilter('District', 'District ids.')
  districtIds?: string[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Established within these years.' })
  establishedYears?: IntRange | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Chinese or English name')
  nameContains?: string | null;
}

export const OFFSHORE_BASE_ORDER = ordering('OffshoreBase', { NAME: 'nameSort', ESTABLISHED_YEAR: 'establishedYear' });

export const offshoreBaseFilter: Filter<CriteriaOf<OffshoreBaseFilter>> = (w, c) => {
  w.in('t.kind', c.kinds)
    .in('t.level', c.levels)
    .in('t.district_id', c.districtIds)
    .range('t.established_year', c.establishedYears)
    .flag('t.is_generated', c.isGenerated)
    .contains(['t.name_zh', 't.name_en'], c.nameContains);
};
