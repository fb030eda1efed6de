/** Reads of platforms: the filtered, ordered list and its count share one set of conditions. */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countRows, fetchPage, Page, PageWindow, SortKey } from '../../db/keyset';
import type { Projection } from '../../db/rows';
import { whereFlag, whereIn } from '../../db/criteria';
import { containsPattern, LIKE_ESCAPE } from '../../db/like';
import { Platform, PlatformKind } from './platform.entity';

/** The filter in row ids (the resolver decodes global ids). */
export interface PlatformCriteria {
  kinds?: PlatformKind[] | null;
  stationIds?: number[];
  offshoreBaseIds?: number[];
  researchFieldIds?: number[];
  partnerOrganizationIds?: number[];
  establishedOn?: { from?: string | null; to?: string | null } | null;
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export function applyPlatformCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: PlatformCriteria): void {
  if (c.kinds) whereIn(qb, 't.kind IN (:...plfKinds)', 'plfKinds', c.kinds);
  if (c.stationIds) whereIn(qb, 't.station_id IN (:...plfStations)', 'plfStations', c.stationIds);
  if (c.offshoreBaseIds) whereIn(qb, 't.offshore_base_id IN (:...plfBases)', 'plfBases', c.offshoreBaseIds);
  if (c.researchFieldIds) whereIn(qb, 't.research_field_id IN (:...plfFields)', 'plfFields', c.researchFieldIds);
  if (c.partnerOrganizationIds) {
    const sql = 'EXISTS (SELECT 1 FROM platform_partner pp WHERE pp.platform_id = t.id AND pp.organization_id IN (:...plfPartners))';
    whereIn(qb, sql, 'plfPartners', c.partnerOrganizationIds);
  }
  if (c.establishedOn?.from != null) qb.andWhere('t.established_on >= :plfFrom', { plfFrom: c.establishedOn.from });
  if (c.establishedOn?.to != null) qb.andWhere('t.established_on <= :plfTo', { plfTo: c.establishedOn.to });
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'plfGenerated', c.isGenerated);
  if (c.nameContains) {
    qb.andWhere(`(t.name_zh LIKE :plfName ${LIKE_ESCAPE} OR t.name_en LIKE :plfName ${LIKE_ESCAPE})`, { plfName: containsPattern(c.nameContains) });
  }
}

export class PlatformService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: PlatformCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<Platform>> {
    return fetchPage<Platform>(this.dataSource, Platform, sort, window, (qb) => applyPlatformCriteria(qb, criteria), projection);
  }

  count(criteria: PlatformCriteria): Promise<number> {
    return countRows(this.dataSource, Platform, (qb) => applyPlatformCriteria(qb, criteria));
  }
}
