/**
 * How clients (and subscribers) narrow and order the announcements list: the filter input, its SQL
 * on alias t, the orderings; and what the list's computed fields read (publisher kind, countries).
 */
import { Field } from 'type-graphql';
import { IsDateString, IsOptional } from 'class-validator';
import type { SortKey } from '../../db/keyset';
import { scopedBatch } from '../../db/scoped-batch';
import { ParameterBag } from '../../db/sql-params';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { DateRange, ordering } from '../../graphql/ordering';
import { AnyOfFilter, ContainsFilter, CountriesFilter, FilterInput, filterOf, GeneratedFilter, IdsFilter, RangeFilter } from '../../graphql/filter-fields';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { today } from '../../time';
import { AnnouncementCountry } from './announcement-country.entity';
import { AnnouncementKind } from './announcement.entity';

export const ANNOUNCEMENT_PUBLISHER_KIND_LABELS = {
  STATION: { zh: '工作站', en: 'published by a station' },
  OFFSHORE_BASE: { zh: '离岸基地', en: 'published by an offshore base' },
  ORGANIZATION: { zh: '合作团体', en: 'published for a partner organisation, by its PARTNER or by STAFF' },
  OPERATOR: { zh: '市科协', en: 'published by the operator (CQAST) itself, for no station, base or organisation' },
} as const satisfies EnumLabels;
export const AnnouncementPublisherKind = enumType('AnnouncementPublisherKind', ANNOUNCEMENT_PUBLISHER_KIND_LABELS, 'Who published an announcement: a station, an offshore base, a partner organisation, or the operator (CQAST) itself.');
export type AnnouncementPublisherKind = EnumValue<typeof AnnouncementPublisherKind>;

@FilterInput('Announcements')
export class AnnouncementFilter {
  @AnyOfFilter(AnnouncementKind, 't.kind')
  kinds?: AnnouncementKind[] | null;

  @Field(() => [AnnouncementPublisherKind], { nullable: true, description: 'Published by a station, a base, a partner organisation or the operator; [OPERATOR] is the operator\'s own announcements only.' })
  publishedBy?: AnnouncementPublisherKind[] | null;

  @Field(() => [AnnouncementPublisherKind], {
    nullable: true,
    description: "publishedBy by the name announcementPublished's filter gives it, so that one filter object serves the subscription and the catch-up after a reconnect.",
  })
  publisherKinds?: AnnouncementPublisherKind[] | null;

  @IdsFilter('Station', 'Published by any of these stations.', 't.station_id')
  stationIds?: string[] | null;

  @IdsFilter('OffshoreBase', 'Published by any of these offshore bases.', 't.offshore_base_id')
  offshoreBaseIds?: string[] | null;

  @IdsFilter(ORGANIZATION_TYPE_NAMES, 'Published by any of these partner organisations (ids of any organisation type).', 't.organization_id')
  organizationIds?: string[] | null;

  @IdsFilter('ResearchField', 'Naming any of these research fields.')
  researchFieldIds?: string[] | null;

  @CountriesFilter('Seeking any of these countries (ISO 3166-1 alpha-2 codes, e.g. ["DE", "GB"]).')
  countries?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: open today (not closed by its publisher, and no deadline or one not yet passed); false: closed or past its deadline. Left out, closed announcements are listed too.',
  })
  open?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Still open on this day (YYYY-MM-DD): not closed by then, and no deadline or a deadline on or after it.' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'openOn must be a date written YYYY-MM-DD' })
  openOn?: string | null;

  @RangeFilter(DateRange, 'Published within these dates.', 't.published_on')
  publishedOn?: DateRange | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Chinese or English title', ['t.title_zh', 't.title_en'])
  titleContains?: string | null;
}

/**
 * The default order of `announcements`: commit order (Announcement.publicationSeq), so the cursor of
 * an announcementPublished event is a place to catch up from that nothing committed later lies
 * before. It used to be by id; a cursor of that order still works: every row that existed then has
 * place 0 (migration 1796900000000), ordered by id among themselves, so "after id X" is "after (0, X)".
 */
export const PUBLICATION_SORT: SortKey = {
  name: 'PUBLICATION',
  column: 'publication_seq',
  property: 'publicationSeq',
  direction: 'ASC',
  fromIdCursor: (id) => ({ value: 0, id }),
};

export const ANNOUNCEMENT_ORDER = ordering('Announcement', { PUBLISHED_ON: 'publishedOn' }, PUBLICATION_SORT);

const PUBLISHER_CONDITION: Record<AnnouncementPublisherKind, string> = {
  STATION: 't.station_id IS NOT NULL',
  OFFSHORE_BASE: 't.offshore_base_id IS NOT NULL',
  ORGANIZATION: 't.organization_id IS NOT NULL',
  OPERATOR: '(t.station_id IS NULL AND t.offshore_base_id IS NULL AND t.organization_id IS NULL)',
};

/**
 * Open on a day (a bound placeholder): not closed by then (closing takes effect the day it is
 * done), and no deadline or one not yet passed. Never NULL, so NOT (...) is its exact opposite.
 */
const openOnSql = (day: string) => `((t.deadline IS NULL OR t.deadline >= ${day}) AND (t.closed_on IS NULL OR t.closed_on > ${day}))`;

/** Who published an announcement, from which of its publisher columns is set (none: the operator). */
export function publisherKindOf(announcement: { stationId: number | null; offshoreBaseId: number | null; organizationId: number | null }): AnnouncementPublisherKind {
  if (announcement.stationId !== null) return AnnouncementPublisherKind.STATION;
  if (announcement.offshoreBaseId !== null) return AnnouncementPublisherKind.OFFSHORE_BASE;
  return announcement.organizationId !== null ? AnnouncementPublisherKind.ORGANIZATION : AnnouncementPublisherKind.OPERATOR;
}

export const announcementFilter = filterOf(AnnouncementFilter, (w, c) => {
  // publisherKinds is publishedBy under announcementPublished's name for it: both given, both must hold.
  for (const kinds of [c.publishedBy, c.publisherKinds]) {
    if (!kinds) continue;
    const publishers = [...new Set(kinds)];
    w.add(publishers.length ? `(${publishers.map((p) => PUBLISHER_CONDITION[p]).join(' OR ')})` : '1 = 0');
  }
  w.existsIn(c.researchFieldIds, (ids) => `SELECT 1 FROM announcement_research_field arf WHERE arf.announcement_id = t.id AND arf.research_field_id IN (${ids})`)
    .existsIn(c.countries, (codes) => `SELECT 1 FROM announcement_country ac WHERE ac.announcement_id = t.id AND ac.country_code IN (${codes})`);
  if (c.open !== null && c.open !== undefined) {
    const open = openOnSql(w.bind(today()));
    w.add(c.open ? open : `NOT ${open}`);
  }
  if (c.openOn !== null && c.openOn !== undefined) w.add(openOnSql(w.bind(c.openOn)));
});

/** The country codes each announcement seeks, alphabetical, in one statement for all of them. */
export const ANNOUNCEMENT_COUNTRIES = scopedBatch<number, string[]>({
  name: 'announcement.countries',
  reads: [AnnouncementCountry],
  load(announcementIds, reader) {
    const params = new ParameterBag('s');
    const [query, parameters] = reader.dataSource.driver.escapeQueryWithParameters(
      `SELECT ac.announcement_id AS announcement_id, ac.country_code AS country_code FROM announcement_country ac
        WHERE ac.announcement_id IN (:...ids) AND ${reader.where(AnnouncementCountry, 'ac', params)} ORDER BY ac.announcement_id, ac.country_code`,
      { ids: [...announcementIds], ...params.values },
    );
    return reader.read<{ announcement_id: number | string; country_code: string }, string[][]>(query, parameters, (rows) => {
      const byAnnouncement = new Map<number, string[]>();
      for (const row of rows) {
        const id = Number(row.announcement_id);
        let codes = byAnnouncement.get(id);
        if (!codes) byAnnouncement.set(id, (codes = []));
        codes.push(row.country_code);
      }
      return announcementIds.map((id) => byAnnouncement.get(id) ?? []);
    });
  },
});
