import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { ID_SORT } from '../../db/keyset';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs, toConnection, toWindow } from '../../graphql/connection';
import { rootProjection } from '../../graphql/projection';
import { rowIdsOf } from '../../graphql/global-id';
import { sortKey } from '../../graphql/ordering';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Station } from '../station/station.entity';
import { ResearchFieldConnection } from '../station/station.types';
import { Announcement } from './announcement.entity';
import { ANNOUNCEMENT_SORT_FIELDS, AnnouncementFilter, AnnouncementOrder, AnnouncementPublisherKind } from './announcement.inputs';
import { ANNOUNCEMENT_RESEARCH_FIELDS } from './announcement.loaders';
import { AnnouncementCriteria } from './announcement.service';
import { AnnouncementConnection } from './announcement.types';

export function announcementCriteria(filter: AnnouncementFilter | null | undefined): AnnouncementCriteria {
  if (!filter) return {};
  return {
    ...filter,
    stationIds: rowIdsOf(filter.stationIds, 'Station', 'filter.stationIds'),
    offshoreBaseIds: rowIdsOf(filter.offshoreBaseIds, 'OffshoreBase', 'filter.offshoreBaseIds'),
    researchFieldIds: rowIdsOf(filter.researchFieldIds, 'ResearchField', 'filter.researchFieldIds'),
  };
}

@Resolver(() => Announcement)
export class AnnouncementResolver {
  @Query(() => AnnouncementConnection, { description: 'Collaboration announcements (合作公告): needs, offers, calls and notices.' })
  async announcements(
    @Args() page: PageArgs,
    @Arg('filter', () => AnnouncementFilter, { nullable: true }) filter: AnnouncementFilter | null,
    @Arg('orderBy', () => AnnouncementOrder, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: AnnouncementOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(ANNOUNCEMENT_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = announcementCriteria(filter);
    const rows = await services.announcements.list(criteria, sort, toWindow(page, sort), rootProjection(info, Announcement, sort));
    return toConnection(rows, sort, () => services.announcements.count(criteria));
  }

  @FieldResolver(() => Station, { nullable: true, description: 'The publishing station; null when a base or the operator published it.' })
  station(@Root() announcement: Announcement, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Station, announcement.stationId);
  }

  @FieldResolver(() => OffshoreBase, { nullable: true, description: 'The publishing offshore base; null when a station or the operator published it.' })
  offshoreBase(@Root() announcement: Announcement, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(OffshoreBase, announcement.offshoreBaseId);
  }

  @FieldResolver(() => AnnouncementPublisherKind, { description: 'Who published it: a station, an offshore base, or the operator (CQAST).' })
  publisherKind(@Root() announcement: Announcement): AnnouncementPublisherKind {
    if (announcement.stationId !== null) return AnnouncementPublisherKind.STATION;
    return announcement.offshoreBaseId !== null ? AnnouncementPublisherKind.OFFSHORE_BASE : AnnouncementPublisherKind.OPERATOR;
  }

  @FieldResolver(() => ResearchFieldConnection, { description: 'The research fields the announcement names.' })
  researchFields(@Root() announcement: Announcement, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, ANNOUNCEMENT_RESEARCH_FIELDS, announcement.id, page);
  }

  @FieldResolver(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the countries sought, alphabetical; empty when none are named.' })
  countries(@Root() announcement: Announcement, @Ctx() { loaders, services }: AppContext) {
    return loaders.batch('announcement.countries', (ids: readonly number[]) => services.announcements.countriesOf(ids)).load(announcement.id);
  }
}
