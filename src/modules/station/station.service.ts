/** Reads of stations: the filtered, ordered list and its count share one set of conditions. */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countRows, fetchPage, Page, PageWindow, SortKey } from '../../db/keyset';
import type { Projection } from '../../db/rows';
import { whereFlag, whereIn } from '../../db/criteria';
import { containsPattern, LIKE_ESCAPE } from '../../db/like';
import type { HostUnitKind } from '../host-unit/host-unit.entity';
import { Station } from './station.entity';
import type { StationStatus } from './station-status';

/** The filter in row ids (the resolver decodes global ids). */
export interface StationCriteria {
  districtIds?: number[];
  statuses?: StationStatus[] | null;
  approvalYear?: number | null;
  approvalYears?: { from?: number | null; to?: number | null } | null;
  researchFieldIds?: number[];
  hostUnitKinds?: HostUnitKind[] | null;
  offshoreBaseId?: number;
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export function applyStationCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: StationCriteria): void {
  if (c.districtIds) whereIn(qb, 't.district_id IN (:...sDistricts)', 'sDistricts', c.districtIds);
  if (c.statuses) whereIn(qb, 't.status IN (:...sStatuses)', 'sStatuses', c.statuses);
  if (c.approvalYear != null) qb.andWhere('t.approval_year = :sYear', { sYear: c.approvalYear });
  if (c.approvalYears?.from != null) qb.andWhere('t.approval_year >= :sYearFrom', { sYearFrom: c.approvalYears.from });
  if (c.approvalYears?.to != null) qb.andWhere('t.approval_year <= :sYearTo', { sYearTo: c.approvalYears.to });
  if (c.researchFieldIds) {
    const sql = 'EXISTS (SELECT 1 FROM station_research_field srf WHERE srf.station_id = t.id AND srf.research_field_id IN (:...sFields))';
    whereIn(qb, sql, 'sFields', c.researchFieldIds);
  }
  if (c.hostUnitKinds) whereIn(qb, 't.host_unit_id IN (SELECT hu.id FROM host_unit hu WHERE hu.kind IN (:...sKinds))', 'sKinds', c.hostUnitKinds);
  if (c.offshoreBaseId !== undefined) qb.andWhere('t.offshore_base_id = :sBase', { sBase: c.offshoreBaseId });
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'sGenerated', c.isGenerated);
  if (c.nameContains) {
    qb.andWhere(`(t.name_zh LIKE :sName ${LIKE_ESCAPE} OR t.name_en LIKE :sName ${LIKE_ESCAPE})`, { sName: containsPattern(c.nameContains) });
  }
}

export class StationService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: StationCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<Station>> {
    return fetchPage<Station>(this.dataSource, Station, sort, window, (qb) => applyStationCriteria(qb, criteria), projection);
  }

  count(criteria: StationCriteria): Promise<number> {
    return countRows(this.dataSource, Station, (qb) => applyStationCriteria(qb, criteria));
  }
}
