/** Reads of activities: the list's conditions, shared by its pages and its count. */
import type { Filter, Range } from '../../db/where';
import type { ActivityKind } from './activity.entity';

/** The filter in row ids. */
export interface ActivityCriteria {
  kinds?: ActivityKind[] | null;
  startsOn?: Range<string> | null;
  stationIds?: number[];
  offshoreBaseIds?: number[];
  talentIds?: number[];
  organizationIds?: number[];
  funded?: boolean | null;
  isGenerated?: boolean | null;
  titleContains?: string | null;
}

const participating = (column: string) => (ids: string) =>
  `SELECT 1 FROM activity_participant ap WHERE ap.activity_id = t.id AND ap.${column} IN (${ids})`;

export const activityFilter: Filter<ActivityCriteria> = (w, c) => {
  w.in('t.kind', c.kinds);
  // A range, even an open one, asks for dated activities.
  if (c.startsOn) w.add('t.starts_on IS NOT NULL').range('t.starts_on', c.startsOn);
  if (c.stationIds) {
    if (c.stationIds.length === 0) w.add('1 = 0');
    else {
      const ids = w.bind(c.stationIds);
      w.add(`(t.station_id IN (${ids}) OR EXISTS (${participating('station_id')(ids)}))`);
    }
  }
  w.in('t.offshore_base_id', c.offshoreBaseIds)
    .existsIn(c.talentIds, participating('talent_id'))
    .existsIn(c.organizationIds, participating('organization_id'));
  if (c.funded !== null && c.funded !== undefined) w.add(c.funded ? 't.funding_grant_id IS NOT NULL' : 't.funding_grant_id IS NULL');
  w.flag('t.is_generated', c.isGenerated).contains(['t.title_zh', 't.title_en'], c.titleContains);
};
