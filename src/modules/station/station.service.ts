/** Reads of stations: the list's conditions, shared by its pages and its count. */
import type { Range } from '../../db/where';
import type { Filter } from '../../db/where';
import type { HostUnitKind } from '../host-unit/host-unit.entity';
import type { StationStatus } from './station-status';

/** The filter in row ids. */
export interface StationCriteria {
  districtIds?: number[];
  statuses?: StationStatus[] | null;
  approvalYear?: number | null;
  approvalYears?: Range<number> | null;
  researchFieldIds?: number[];
  hostUnitKinds?: HostUnitKind[] | null;
  offshoreBaseId?: number;
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export const stationFilter: Filter<StationCriteria> = (w, c) => {
  w.in('t.district_id', c.districtIds)
    .in('t.status', c.statuses)
    .equals('t.approval_year', c.approvalYear)
    .range('t.approval_year', c.approvalYears)
    .existsIn(c.researchFieldIds, (ids) => `SELECT 1 FROM station_research_field srf WHERE srf.station_id = t.id AND srf.research_field_id IN (${ids})`)
    .existsIn(c.hostUnitKinds, (kinds) => `SELECT 1 FROM host_unit hu WHERE hu.id = t.host_unit_id AND hu.kind IN (${kinds})`)
    .equals('t.offshore_base_id', c.offshoreBaseId)
    .flag('t.is_generated', c.isGenerated)
    .contains(['t.name_zh', 't.name_en'], c.nameContains);
};
