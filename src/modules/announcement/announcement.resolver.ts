/** Announcements: the root list, the publisher (station, base or organisation) and the countries sought. The fields an announcement names are listed by the reference module. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { Station } from '../station/station.entity';
import { Announcement } from './announcement.entity';
import { ANNOUNCEMENT_ORDER, AnnouncementFilter, AnnouncementPublisherKind } from './announcement.inputs';
import { ANNOUNCEMENT_COUNTRIES, announcementFilter, publisherKindOf } from './announcement.service';
import { AnnouncementConnection } from './announcement.types';

const ANNOUNCEMENTS = rootList(Announcement, ANNOUNCEMENT_ORDER, announcementFilter);

@Resolver(() => Announcement)
export class AnnouncementResolver {
  @Query(() => AnnouncementConnection, { description: 'Collaboration announcements (合作公告): needs, offers, calls and notices.' })
  announcements(
    @Args() page: PageArgs,
    @Arg('filter', () => AnnouncementFilter, { nullable: true }) filter: AnnouncementFilter | null,
    @Arg('orderBy', () => ANNOUNCEMENT_ORDER.input, { nullable: true, description: 'Default: in the order they were published (the order their transactions committed), oldest first.' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, ANNOUNCEMENTS, page, filter, orderBy, info);
  }

  @FieldResolver(() => Station, { nullable: true, description: 'The publishing station; null when a base, an organisation or the operator published it.' })
  station(@Root() announcement: Announcement, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Station, announcement.stationId);
  }

  @FieldResolver(() => OffshoreBase, { nullable: true, description: 'The publishing offshore base; null when a station, an organisation or the operator published it.' })
  offshoreBase(@Root() announcement: Announcement, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(OffshoreBase, announcement.offshoreBaseId);
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true, description: 'The publishing partner organisation; null when a station, a base or the operator published it.' })
  organization(@Root() announcement: Announcement, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Organization, announcement.organizationId);
  }

  @FieldResolver(() => AnnouncementPublisherKind, { description: 'Who published it: a station, an offshore base, a partner organisation, or the operator (CQAST).' })
  publisherKind(@Root() announcement: Announcement): AnnouncementPublisherKind {
    return publisherKindOf(announcement);
  }

  @FieldResolver(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the countries sought, alphabetical; empty when none are named.' })
  countries(@Root() announcement: Announcement, @Ctx() { loaders }: AppContext) {
    return loaders.batch(ANNOUNCEMENT_COUNTRIES).load(announcement.id);
  }
}
