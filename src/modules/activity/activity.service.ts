/** Reads of activities: the filtered, ordered list and its count share one set of conditions. */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countRows, fetchPage, Page, PageWindow, SortKey } from '../../db/keyset';
import type { Projection } from '../../db/rows';
import { whereFlag, whereIn } from '../../db/criteria';
import { containsPattern, LIKE_ESCAPE } from '../../db/like';
import { Activity, ActivityKind } from './activity.entity';

/** The filter in row ids (the resolver decodes global ids). */
export interface ActivityCriteria {
  kinds?: ActivityKind[] | null;
  startsOn?: { from?: string | null; to?: string | null } | null;
  stationIds?: number[];
  offshoreBaseIds?: number[];
  talentIds?: number[];
  organizationIds?: number[];
  funded?: boolean | null;
  isGenerated?: boolean | null;
  titleContains?: string | null;
}

const participating = (column: string, parameter: string) =>
  `EXISTS (SELECT 1 FROM activity_participant ap WHERE ap.activity_id = t.id AND ap.${column} IN (:...${parameter}))`;

export function applyActivityCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: ActivityCriteria): void {
  if (c.kinds) whereIn(qb, 't.kind IN (:...actKinds)', 'actKinds', c.kinds);
  if (c.startsOn) {
    // A range, even an open one, asks for dated activities.
    qb.andWhere('t.starts_on IS NOT NULL');
    if (c.startsOn.from != null) qb.andWhere('t.starts_on >= :actFrom', { actFrom: c.startsOn.from });
    if (c.startsOn.to != null) qb.andWhere('t.starts_on <= :actTo', { actTo: c.startsOn.to });
  }
  if (c.stationIds) {
    whereIn(qb, `(t.station_id IN (:...actStations) OR ${participating('station_id', 'actStations')})`, 'actStations', c.stationIds);
  }
  if (c.offshoreBaseIds) whereIn(qb, 't.offshore_base_id IN (:...actBases)', 'actBases', c.offshoreBaseIds);
  if (c.talentIds) whereIn(qb, participating('talent_id', 'actTalents'), 'actTalents', c.talentIds);
  if (c.organizationIds) whereIn(qb, participating('organization_id', 'actOrganizations'), 'actOrganizations', c.organizationIds);
  if (c.funded != null) qb.andWhere(c.funded ? 't.funding_grant_id IS NOT NULL' : 't.funding_grant_id IS NULL');
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'actGenerated', c.isGenerated);
  if (c.titleContains) {
    qb.andWhere(`(t.title_zh LIKE :actTitle ${LIKE_ESCAPE} OR t.title_en LIKE :actTitle ${LIKE_ESCAPE})`, { actTitle: containsPattern(c.titleContains) });
  }
}

export class ActivityService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: ActivityCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<Activity>> {
    return fetchPage<Activity>(this.dataSource, Activity, sort, window, (qb) => applyActivityCriteria(qb, criteria), projection);
  }

  count(criteria: ActivityCriteria): Promise<number> {
    return countRows(this.dataSource, Activity, (qb) => applyActivityCriteria(qb, criteria));
  }
}
