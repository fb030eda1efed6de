/** Reads of announcements: the list's conditions, and the countries each one seeks. */
import type { Loaders } from '../../db/loaders';
import type { Filter, Range } from '../../db/where';
import type { AnnouncementKind } from './announcement.entity';
import { AnnouncementPublisherKind } from './announcement.inputs';

/** The filter in row ids (the resolver decodes global ids). */
export interface AnnouncementCriteria {
  kinds?: AnnouncementKind[] | null;
  publishedBy?: AnnouncementPublisherKind[] | null;
  stationIds?: number[];
  offshoreBaseIds?: number[];
  researchFieldIds?: number[];
  countries?: string[] | null;
  openOn?: string | null;
  publishedOn?: Range<string> | null;
  isGenerated?: boolean | null;
  titleContains?: string | null;
}

const PUBLISHER_CONDITION: Record<AnnouncementPublisherKind, string> = {
  STATION: 't.station_id IS NOT NULL',
  OFFSHORE_BASE: 't.offshore_base_id IS NOT NULL',
  OPERATOR: '(t.station_id IS NULL AND t.offshore_base_id IS NULL)',
};

export const announcementFilter: Filter<AnnouncementCriteria> = (w, c) => {
  w.in('t.kind', c.kinds);
  if (c.publishedBy) {
    const publishers = [...new Set(c.publishedBy)];
    w.add(publishers.length ? `(${publishers.map((p) => PUBLISHER_CONDITION[p]).join(' OR ')})` : '1 = 0');
  }
  w.in('t.station_id', c.stationIds)
    .in('t.offshore_base_id', c.offshoreBaseIds)
    .existsIn(c.researchFieldIds, (ids) => `SELECT 1 FROM announcement_research_field arf WHERE arf.announcement_id = t.id AND arf.research_field_id IN (${ids})`)
    .existsIn(c.countries, (codes) => `SELECT 1 FROM announcement_country ac WHERE ac.announcement_id = t.id AND ac.country_code IN (${codes})`);
  if (c.openOn !== null && c.openOn !== undefined) w.add(`(t.deadline IS NULL OR t.deadline >= ${w.bind(c.openOn)})`);
  w.range('t.published_on', c.publishedOn).flag('t.is_generated', c.isGenerated).contains(['t.title_zh', 't.title_en'], c.titleContains);
};

/** The country codes each announcement seeks, alphabetical, in one statement for all of them. */
export function announcementCountries(loaders: Loaders, announcementIds: readonly number[]): Promise<string[][]> {
  const [query, parameters] = loaders.dataSource.driver.escapeQueryWithParameters(
    'SELECT ac.announcement_id AS announcement_id, ac.country_code AS country_code FROM announcement_country ac WHERE ac.announcement_id IN (:...ids) ORDER BY ac.announcement_id, ac.country_code',
    { ids: [...announcementIds] },
  );
  return loaders.read<{ announcement_id: number | string; country_code: string }, string[][]>(query, parameters, (rows) => {
    const byAnnouncement = new Map<number, string[]>();
    for (const row of rows) {
      const id = Number(row.announcement_id);
      let codes = byAnnouncement.get(id);
      if (!codes) byAnnouncement.set(id, (codes = []));
      codes.push(row.country_code);
    }
    return announcementIds.map((id) => byAnnouncement.get(id) ?? []);
  });
}
