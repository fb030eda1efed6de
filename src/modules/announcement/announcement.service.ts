/** Reads of announcements: the filtered, ordered list and its count, and the countries each one seeks. */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countRows, fetchPage, Page, PageWindow, SortKey } from '../../db/keyset';
import type { Projection } from '../../db/rows';
import { whereFlag, whereIn } from '../../db/criteria';
import { containsPattern, LIKE_ESCAPE } from '../../db/like';
import { Announcement, AnnouncementKind } from './announcement.entity';
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
  publishedOn?: { from?: string | null; to?: string | null } | null;
  isGenerated?: boolean | null;
  titleContains?: string | null;
}

const PUBLISHER_CONDITION: Record<AnnouncementPublisherKind, string> = {
  STATION: 't.station_id IS NOT NULL',
  OFFSHORE_BASE: 't.offshore_base_id IS NOT NULL',
  OPERATOR: '(t.station_id IS NULL AND t.offshore_base_id IS NULL)',
};

export function applyAnnouncementCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: AnnouncementCriteria): void {
  if (c.kinds) whereIn(qb, 't.kind IN (:...annKinds)', 'annKinds', c.kinds);
  if (c.publishedBy) {
    const publishers = [...new Set(c.publishedBy)];
    qb.andWhere(publishers.length ? `(${publishers.map((p) => PUBLISHER_CONDITION[p]).join(' OR ')})` : '1 = 0');
  }
  if (c.stationIds) whereIn(qb, 't.station_id IN (:...annStations)', 'annStations', c.stationIds);
  if (c.offshoreBaseIds) whereIn(qb, 't.offshore_base_id IN (:...annBases)', 'annBases', c.offshoreBaseIds);
  if (c.researchFieldIds) {
    const sql = 'EXISTS (SELECT 1 FROM announcement_research_field arf WHERE arf.announcement_id = t.id AND arf.research_field_id IN (:...annFields))';
    whereIn(qb, sql, 'annFields', c.researchFieldIds);
  }
  if (c.countries) {
    const sql = 'EXISTS (SELECT 1 FROM announcement_country ac WHERE ac.announcement_id = t.id AND ac.country_code IN (:...annCountries))';
    whereIn(qb, sql, 'annCountries', c.countries);
  }
  if (c.openOn != null) qb.andWhere('(t.deadline IS NULL OR t.deadline >= :annOpenOn)', { annOpenOn: c.openOn });
  if (c.publishedOn?.from != null) qb.andWhere('t.published_on >= :annFrom', { annFrom: c.publishedOn.from });
  if (c.publishedOn?.to != null) qb.andWhere('t.published_on <= :annTo', { annTo: c.publishedOn.to });
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'annGenerated', c.isGenerated);
  if (c.titleContains) {
    qb.andWhere(`(t.title_zh LIKE :annTitle ${LIKE_ESCAPE} OR t.title_en LIKE :annTitle ${LIKE_ESCAPE})`, { annTitle: containsPattern(c.titleContains) });
  }
}

export class AnnouncementService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: AnnouncementCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<Announcement>> {
    return fetchPage<Announcement>(this.dataSource, Announcement, sort, window, (qb) => applyAnnouncementCriteria(qb, criteria), projection);
  }

  count(criteria: AnnouncementCriteria): Promise<number> {
    return countRows(this.dataSource, Announcement, (qb) => applyAnnouncementCriteria(qb, criteria));
  }

  /** The country codes each announcement seeks, alphabetical, in one statement for all of them. */
  async countriesOf(announcementIds: readonly number[]): Promise<string[][]> {
    if (announcementIds.length === 0) return [];
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('ac.announcement_id', 'announcement_id')
      .addSelect('ac.country_code', 'country_code')
      .from('announcement_country', 'ac')
      .where('ac.announcement_id IN (:...annIds)', { annIds: [...announcementIds] })
      .orderBy('ac.announcement_id')
      .addOrderBy('ac.country_code')
      .getRawMany<{ announcement_id: number | string; country_code: string }>();
    const byAnnouncement = new Map<number, string[]>();
    for (const row of rows) {
      const id = Number(row.announcement_id);
      let codes = byAnnouncement.get(id);
      if (!codes) byAnnouncement.set(id, (codes = []));
      codes.push(row.country_code);
    }
    return announcementIds.map((id) => byAnnouncement.get(id) ?? []);
  }
}
