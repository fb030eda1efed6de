/** Reads of station applications: the list's conditions, shared by its pages and its count. */
import type { Filter, Range } from '../../db/where';
import type { ApplicationStatus } from './station-application.entity';

/** The filter in row ids. */
export interface StationApplicationCriteria {
  statuses?: ApplicationStatus[] | null;
  roundYears?: Range<number> | null;
  hostUnitIds?: number[];
  districtIds?: number[];
  isGenerated?: boolean | null;
}

export const stationApplicationFilter: Filter<StationApplicationCriteria> = (w, c) => {
  w.in('t.status', c.statuses)
    .range('t.round_year', c.roundYears)
    .in('t.host_unit_id', c.hostUnitIds)
    .in('t.district_id', c.districtIds)
    .flag('t.is_generated', c.isGenerated);
};
