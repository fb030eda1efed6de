/** Reads of the reference lists: the filtered, ordered list and its count share one set of conditions. */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countRows, fetchPage, Page, PageWindow, SortKey } from '../../db/keyset';
import type { Projection } from '../../db/rows';
import { whereFlag, whereIn } from '../../db/criteria';
import { containsPattern, LIKE_ESCAPE } from '../../db/like';
import { District, DistrictKind } from './district.entity';
import { ResearchField } from './research-field.entity';

export interface DistrictCriteria {
  kinds?: DistrictKind[] | null;
  codes?: string[] | null;
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export function applyDistrictCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: DistrictCriteria): void {
  if (c.kinds) whereIn(qb, 't.kind IN (:...dKinds)', 'dKinds', c.kinds);
  if (c.codes) whereIn(qb, 't.code IN (:...dCodes)', 'dCodes', c.codes);
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'dGenerated', c.isGenerated);
  if (c.nameContains) {
    qb.andWhere(`(t.name_zh LIKE :dName ${LIKE_ESCAPE} OR t.name_en LIKE :dName ${LIKE_ESCAPE})`, { dName: containsPattern(c.nameContains) });
  }
}

export interface ResearchFieldCriteria {
  codes?: string[] | null;
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export function applyResearchFieldCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: ResearchFieldCriteria): void {
  if (c.codes) whereIn(qb, 't.code IN (:...rfCodes)', 'rfCodes', c.codes);
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'rfGenerated', c.isGenerated);
  if (c.nameContains) {
    qb.andWhere(`(t.name_zh LIKE :rfName ${LIKE_ESCAPE} OR t.name_en LIKE :rfName ${LIKE_ESCAPE})`, { rfName: containsPattern(c.nameContains) });
  }
}

export class DistrictService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: DistrictCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<District>> {
    return fetchPage<District>(this.dataSource, District, sort, window, (qb) => applyDistrictCriteria(qb, criteria), projection);
  }

  count(criteria: DistrictCriteria): Promise<number> {
    return countRows(this.dataSource, District, (qb) => applyDistrictCriteria(qb, criteria));
  }
}

export class ResearchFieldService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: ResearchFieldCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<ResearchField>> {
    return fetchPage<ResearchField>(this.dataSource, ResearchField, sort, window, (qb) => applyResearchFieldCriteria(qb, criteria), projection);
  }

  count(criteria: ResearchFieldCriteria): Promise<number> {
    return countRows(this.dataSource, ResearchField, (qb) => applyResearchFieldCriteria(qb, criteria));
  }
}
