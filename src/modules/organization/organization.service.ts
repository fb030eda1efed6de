/** Reads of organisations: the filtered, ordered list and its count share one set of conditions. */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countRows, fetchPage, Page, PageWindow, SortKey } from '../../db/keyset';
import type { Projection } from '../../db/rows';
import { whereFlag, whereIn } from '../../db/criteria';
import { containsPattern, LIKE_ESCAPE } from '../../db/like';
import { Organization, OrganizationKind } from './organization.entity';

/** The filter in row ids (the resolver decodes global ids). */
export interface OrganizationCriteria {
  kinds?: OrganizationKind[] | null;
  countries?: string[] | null;
  hasPartnership?: boolean | null;
  partnerOfStationIds?: number[];
  isGenerated?: boolean | null;
  nameContains?: string | null;
}

export function applyOrganizationCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: OrganizationCriteria): void {
  if (c.kinds) whereIn(qb, 't.kind IN (:...oKinds)', 'oKinds', c.kinds);
  if (c.countries) whereIn(qb, 't.country_code IN (:...oCountries)', 'oCountries', c.countries);
  if (c.hasPartnership != null) {
    const exists = 'EXISTS (SELECT 1 FROM partnership op WHERE op.organization_id = t.id)';
    qb.andWhere(c.hasPartnership ? exists : `NOT ${exists}`);
  }
  if (c.partnerOfStationIds) {
    const sql = 'EXISTS (SELECT 1 FROM partnership osp WHERE osp.organization_id = t.id AND osp.station_id IN (:...oStations))';
    whereIn(qb, sql, 'oStations', c.partnerOfStationIds);
  }
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'oGenerated', c.isGenerated);
  if (c.nameContains) {
    qb.andWhere(`(t.name_zh LIKE :oName ${LIKE_ESCAPE} OR t.name_en LIKE :oName ${LIKE_ESCAPE})`, { oName: containsPattern(c.nameContains) });
  }
}

export class OrganizationService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: OrganizationCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<Organization>> {
    return fetchPage<Organization>(this.dataSource, Organization, sort, window, (qb) => applyOrganizationCriteria(qb, criteria), projection);
  }

  count(criteria: OrganizationCriteria): Promise<number> {
    return countRows(this.dataSource, Organization, (qb) => applyOrganizationCriteria(qb, criteria));
  }
}
