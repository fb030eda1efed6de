/** Announcements: the root list, the publisher (station, base or organisation) and the countries sought. The fields an announcement names are listed by the reference module. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { Station } from '../station/station.entity';
import { Announcement } from './announcement.entity';
import { ANNOUNCEMENT_COUNTRIES, ANNOUNCEMENT_ORDER, AnnouncementFilter, announcementFilter, AnnouncementPublisherKind, publisherKindOf } from './announcement.filters';
import { AnnouncementConnection } from './announcement.types';

export const AnnouncementResolver = ReadResolver(Announcement, {
  list: {
    name: 'announcements',
    connection: AnnouncementConnection,
    filter: AnnouncementFilter,
    where: announcementFilter,
    ordering: ANNOUNCEMENT_ORDER,
    description: 'Collaboration announcements (合作公告): needs, offers, calls and notices.',
    defaultOrder: 'in the order they were published (the order their transactions committed), oldest first',
  },
  links: {
    station: toOne(() => Station, 'stationId', { nullable: true, description: 'The publishing station; null when a base, an organisation or the operator published it.' }),
    offshoreBase: toOne(() => OffshoreBase, 'offshoreBaseId', {
      nullable: true,
      description: 'The publishing offshore base; null when a station, an organisation or the operator published it.',
    }),
    organization: toOne(() => OrganizationInterface, 'organizationId', {
      entity: () => Organization,
      nullable: true,
      description: 'The publishing partner organisation; null when a station, a base or the operator published it.',
    }),
  },
});

/** Computed from the row (publisher kind) or read in one batch per page (countries). */
@Resolver(() => Announcement)
export class AnnouncementFieldsResolver {
  @FieldResolver(() => AnnouncementPublisherKind, { description: 'Who published it: a station, an offshore base, a partner organisation, or the operator (CQAST).' })
  publisherKind(@Root() announcement: Announcement): AnnouncementPublisherKind {
    return publisherKindOf(announcement);
  }

  @FieldResolver(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the countries sought, alphabetical; empty when none are named.' })
  countries(@Root() announcement: Announcement, @Ctx() { loaders }: AppContext) {
    return loaders.batch(ANNOUNCEMENT_COUNTRIES).load(announcement.id);
  }
}
