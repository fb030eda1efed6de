/** Reads of host units: the filtered, ordered list and its count share one set of conditions. */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countRows, fetchPage, Page, PageWindow, SortKey } from '../../db/keyset';
import type { Projection } from '../../db/rows';
import { whereFlag, whereIn } from '../../db/criteria';
import { containsPattern, LIKE_ESCAPE } from '../../db/like';
import { HostUnit, HostUnitKind } from './host-unit.entity';

/** The filter in row ids (the resolver decodes global ids). */
export interface HostUnitCriteria {
  kinds?: HostUnitKind[] | null;
  districtIds?: number[];
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export function applyHostUnitCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: HostUnitCriteria): void {
  if (c.kinds) whereIn(qb, 't.kind IN (:...huKinds)', 'huKinds', c.kinds);
  if (c.districtIds) whereIn(qb, 't.district_id IN (:...huDistricts)', 'huDistricts', c.districtIds);
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'huGenerated', c.isGenerated);
  if (c.nameContains) {
    qb.andWhere(`(t.name_zh LIKE :huName ${LIKE_ESCAPE} OR t.name_en LIKE :huName ${LIKE_ESCAPE})`, { huName: containsPattern(c.nameContains) });
  }
}

export class HostUnitService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: HostUnitCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<HostUnit>> {
    return fetchPage<HostUnit>(this.dataSource, HostUnit, sort, window, (qb) => applyHostUnitCriteria(qb, criteria), projection);
  }

  count(criteria: HostUnitCriteria): Promise<number> {
    return countRows(this.dataSource, HostUnit, (qb) => applyHostUnitCriteria(qb, criteria));
  }
}
