/** Reads of station applications: the filtered, ordered list and its count share one set of conditions. */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countRows, fetchPage, Page, PageWindow, SortKey } from '../../db/keyset';
import type { Projection } from '../../db/rows';
import { whereFlag, whereIn } from '../../db/criteria';
import { ApplicationStatus, StationApplication } from './station-application.entity';

/** The filter in row ids (the resolver decodes global ids). */
export interface StationApplicationCriteria {
  statuses?: ApplicationStatus[] | null;
  roundYears?: { from?: number | null; to?: number | null } | null;
  hostUnitIds?: number[];
  districtIds?: number[];
  isGenerated?: boolean | null;
}

export function applyStationApplicationCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: StationApplicationCriteria): void {
  if (c.statuses) whereIn(qb, 't.status IN (:...saStatuses)', 'saStatuses', c.statuses);
  if (c.roundYears?.from != null) qb.andWhere('t.round_year >= :saYearFrom', { saYearFrom: c.roundYears.from });
  if (c.roundYears?.to != null) qb.andWhere('t.round_year <= :saYearTo', { saYearTo: c.roundYears.to });
  if (c.hostUnitIds) whereIn(qb, 't.host_unit_id IN (:...saUnits)', 'saUnits', c.hostUnitIds);
  if (c.districtIds) whereIn(qb, 't.district_id IN (:...saDistricts)', 'saDistricts', c.districtIds);
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'saGenerated', c.isGenerated);
}

export class StationApplicationService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: StationApplicationCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<StationApplication>> {
    return fetchPage<StationApplication>(this.dataSource, StationApplication, sort, window, (qb) => applyStationApplicationCriteria(qb, criteria), projection);
  }

  count(criteria: StationApplicationCriteria): Promise<number> {
    return countRows(this.dataSource, StationApplication, (qb) => applyStationApplicationCriteria(qb, criteria));
  }
}
