/** Reads of the reference lists: each list's conditions, shared by its pages and its count. */
import type { Filter } from '../../db/where';
import type { DistrictKind } from './district.entity';

export interface DistrictCriteria {
  kinds?: DistrictKind[] | null;
  codes?: string[] | null;
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export const districtFilter: Filter<DistrictCriteria> = (w, c) => {
  w.in('t.kind', c.kinds).in('t.code', c.codes).flag('t.is_generated', c.isGenerated).contains(['t.name_zh', 't.name_en'], c.nameContains);
};

export interface ResearchFieldCriteria {
  codes?: string[] | null;
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export const researchFieldFilter: Filter<ResearchFieldCriteria> = (w, c) => {
  w.in('t.code', c.codes).flag('t.is_generated', c.isGenerated).contains(['t.name_zh', 't.name_en'], c.nameContains);
};
