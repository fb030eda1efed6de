/** Reads of offshore bases: the filtered, ordered list and its count share one set of conditions. */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countRows, fetchPage, Page, PageWindow, SortKey } from '../../db/keyset';
import type { Projection } from '../../db/rows';
import { whereFlag, whereIn } from '../../db/criteria';
import { containsPattern, LIKE_ESCAPE } from '../../db/like';
import { BaseLevel, OffshoreBase, OffshoreBaseKind } from './offshore-base.entity';

/** The filter in row ids (the resolver decodes global ids). */
export interface OffshoreBaseCriteria {
  kinds?: OffshoreBaseKind[] | null;
  levels?: BaseLevel[] | null;
  districtIds?: number[];
  establishedYears?: { from?: number | null; to?: number | null } | null;
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export function applyOffshoreBaseCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: OffshoreBaseCriteria): void {
  if (c.kinds) whereIn(qb, 't.kind IN (:...obKinds)', 'obKinds', c.kinds);
  if (c.levels) whereIn(qb, 't.level IN (:...obLevels)', 'obLevels', c.levels);
  if (c.districtIds) whereIn(qb, 't.district_id IN (:...obDistricts)', 'obDistricts', c.districtIds);
  if (c.establishedYears?.from != null) qb.andWhere('t.established_year >= :obYearFrom', { obYearFrom: c.establishedYears.from });
  if (c.establishedYears?.to != null) qb.andWhere('t.established_year <= :obYearTo', { obYearTo: c.establishedYears.to });
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'obGenerated', c.isGenerated);
  if (c.nameContains) {
    qb.andWhere(`(t.name_zh LIKE :obName ${LIKE_ESCAPE} OR t.name_en LIKE :obName ${LIKE_ESCAPE})`, { obName: containsPattern(c.nameContains) });
  }
}

export class OffshoreBaseService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: OffshoreBaseCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<OffshoreBase>> {
    return fetchPage<OffshoreBase>(this.dataSource, OffshoreBase, sort, window, (qb) => applyOffshoreBaseCriteria(qb, criteria), projection);
  }

  count(criteria: OffshoreBaseCriteria): Promise<number> {
    return countRows(this.dataSource, OffshoreBase, (qb) => applyOffshoreBaseCriteria(qb, criteria));
  }
}
