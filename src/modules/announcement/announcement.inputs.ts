/** How clients (and subscribers) narrow and order the announcements list. */
import { Field, registerEnumType } from 'type-graphql';
import { IsDateString, IsOptional, ValidateNested } from 'class-validator';
import type { SortKey } from '../../db/keyset';
import { DateRange, ordering } from '../../graphql/ordering';
import { ContainsFilter, CountriesFilter, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { AnnouncementKind } from './announcement.entity';

export enum AnnouncementPublisherKind {
  STATION = 'STATION',
  OFFSHORE_BASE = 'OFFSHORE_BASE',
  ORGANIZATION = 'ORGANIZATION',
  OPERATOR = 'OPERATOR',
}
registerEnumType(AnnouncementPublisherKind, {
  name: 'AnnouncementPublisherKind',
  description: 'Who published an announcement: a station, an offshore base, a partner organisation, or the operator (CQAST) itself.',
});

@FilterInput('Announcements')
export class AnnouncementFilter {
  @Field(() => [AnnouncementKind], { nullable: true })
  kinds?: AnnouncementKind[] | null;

  @Field(() => [AnnouncementPublisherKind], { nullable: true, description: 'Published by a station, a base, a partner organisation or the operator; [OPERATOR] is the operator\'s own announcements only.' })
  publishedBy?: AnnouncementPublisherKind[] | null;

  @Field(() => [AnnouncementPublisherKind], {
    nullable: true,
    description: "publishedBy by the name announcementPublished's filter gives it, so that one filter object serves the subscription and the catch-up after a reconnect.",
  })
  publisherKinds?: AnnouncementPublisherKind[] | null;

  @IdsFilter('Station', 'Published by any of these stations.')
  stationIds?: string[] | null;

  @IdsFilter('OffshoreBase', 'Published by any of these offshore bases.')
  offshoreBaseIds?: string[] | null;

  @IdsFilter(ORGANIZATION_TYPE_NAMES, 'Published by any of these partner organisations (ids of any organisation type).')
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

  @Field(() => DateRange, { nullable: true, description: 'Published within these dates.' })
  @IsOptional()
  @ValidateNested()
  publishedOn?: DateRange | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;

  @ContainsFilter('Chinese or English title')
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
