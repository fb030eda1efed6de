/** Reads of offshore bases: the list's conditions, shared by its pages and its count. */
import type { Filter, Range } from '../../db/where';
import type { BaseLevel, OffshoreBaseKind } from './offshore-base.entity';

/** The filter in row ids. */
export interface OffshoreBaseCriteria {
  kinds?: OffshoreBaseKind[] | null;
  levels?: BaseLevel[] | null;
  districtIds?: number[];
  establishedYears?: Range<number> | null;
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export const offshoreBaseFilter: Filter<OffshoreBaseCriteria> = (w, c) => {
  w.in('t.kind', c.kinds)
    .in('t.level', c.levels)
    .in('t.district_id', c.districtIds)
    .range('t.established_year', c.establishedYears)
    .flag('t.is_generated', c.isGenerated)
    .contains(['t.name_zh', 't.name_en'], c.nameContains);
};
