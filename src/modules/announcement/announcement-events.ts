/** What a subscriber to announcementPublished asks for, and whether a published announcement matches it. */
import { Field } from 'type-graphql';
import type { AnnouncementPublished } from '../../events/domain-events';
import { CountriesFilter, CriteriaOf, FilterInput, IdsFilter } from '../../graphql/filter-fields';
import { AnnouncementKind } from './announcement.entity';
import { AnnouncementPublisherKind, publisherKindOf } from './announcement.filters';

@FilterInput('Announcements')
export class AnnouncementEventFilter {
  @IdsFilter('ResearchField', 'Naming any of these research fields.')
  researchFieldIds?: string[] | null;

  @CountriesFilter('Seeking any of these countries (ISO 3166-1 alpha-2 codes, e.g. ["DE", "GB"]).')
  countries?: string[] | null;

  @IdsFilter('Station', 'Published by any of these stations.')
  stationIds?: string[] | null;

  @Field(() => [AnnouncementKind], { nullable: true, description: 'Of any of these kinds.' })
  kinds?: AnnouncementKind[] | null;

  @Field(() => [AnnouncementPublisherKind], { nullable: true, description: 'Published by a station, a base, a partner organisation or the operator.' })
  publisherKinds?: AnnouncementPublisherKind[] | null;
}

/** The filter in row ids. */
export type AnnouncementEventCriteria = CriteriaOf<AnnouncementEventFilter>;

/** AND across the criteria given, OR within one; an empty list matches nothing, as in the list's filter. */
export function matchesAnnouncementEvent(event: AnnouncementPublished, c: AnnouncementEventCriteria): boolean {
  const any = <T>(wanted: readonly T[] | null | undefined, has: (value: T) => boolean) => !wanted || wanted.some(has);
  return (
    any(c.researchFieldIds, (id) => event.researchFieldIds.includes(id)) &&
    any(c.countries, (code) => event.countries.includes(code)) &&
    any(c.stationIds, (id) => event.stationId === id) &&
    any(c.kinds, (kind) => event.kind === kind) &&
    any(c.publisherKinds, (kind) => publisherKindOf(event) === kind)
  );
}
