/** How clients narrow and order the small reference lists (districts, research fields). */
import { Field } from 'type-graphql';
import { ContainsFilter, FilterInput, GeneratedFilter } from '../../graphql/filter-fields';
import { ordering } from '../../graphql/ordering';
import { DistrictKind } from './district.entity';

@FilterInput('Districts')
export class DistrictFilter {
  @Field(() => [DistrictKind], { nullable: true })
  kinds?: DistrictKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Stable codes, e.g. ["yubei"].' })
  codes?: string[] | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Chinese or English name')
  nameContains?: string | null;
}

export const DISTRICT_ORDER = ordering('District', { NAME: 'nameSort', CODE: 'code' });

@FilterInput('Research fields')
export class ResearchFieldFilter {
  @Field(() => [String], { nullable: true, description: 'Stable codes, e.g. ["new-materials"].' })
  codes?: string[] | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Chinese or English name')
  nameContains?: string | null;
}

export const RESEARCH_FIELD_ORDER = ordering('ResearchField', { NAME: 'nameSort', CODE: 'code' });
