/** How clients narrow and order the offshore-bases list. */
import { Field } from 'type-graphql';
import { IntRange, ordering } from '../../graphql/ordering';
import { ContainsFilter, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
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
