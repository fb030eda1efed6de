/** Reads of host units: the list's conditions, shared by its pages and its count. */
import type { Filter } from '../../db/where';
import type { HostUnitKind } from './host-unit.entity';

/** The filter in row ids. */
export interface HostUnitCriteria {
  kinds?: HostUnitKind[] | null;
  districtIds?: number[];
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export const hostUnitFilter: Filter<HostUnitCriteria> = (w, c) => {
  w.in('t.kind', c.kinds).in('t.district_id', c.districtIds).flag('t.is_generated', c.isGenerated).contains(['t.name_zh', 't.name_en'], c.nameContains);
};
