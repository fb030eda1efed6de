/** How clients narrow and order the small reference lists (districts, research fields): the filter inputs, their SQL on alias t, and the orderings. */
import { Field } from 'type-graphql';
import type { Filter } from '../../db/where';
import { ContainsFilter, CriteriaOf, FilterInput, GeneratedFilter } from '../../graphql/filter-fields';
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

export const districtFilter: Filter<CriteriaOf<DistrictFilter>> = (w, c) => {
  w.in('t.kind', c.kinds).in('t.code', c.codes).flag('t.is_generated', c.isGenerated).contains(['t.name_zh', 't.name_en'], c.nameContains);
};

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

export const researchFieldFilter: Filter<CriteriaOf<ResearchFieldFilter>> = (w, c) => {
  w.in('t.code', c.codes).flag('t.is_generated', c.isGenerated).contains(['t.name_zh', 't.name_en'], c.nameContains);
};
