/** Every list whose nodes are announcements, one class per parent type: on their publishers and on research fields (the lists are in announcement.loaders.ts). */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import * as lists from './announcement.loaders';
import { AnnouncementConnection } from './announcement.types';

@Resolver(() => Station)
export class StationAnnouncementListsResolver {
  @FieldResolver(() => AnnouncementConnection, { description: 'Collaboration announcements the station published.' })
  announcements(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_ANNOUNCEMENTS, station.id, page, info);
  }
}

@Resolver(() => OffshoreBase)
export class OffshoreBaseAnnouncementListsResolver {
  @FieldResolver(() => AnnouncementConnection, { description: 'Collaboration announcements the base published.' })
  announcements(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.OFFSHORE_BASE_ANNOUNCEMENTS, base.id, page, info);
  }
}

@Resolver(() => ResearchField)
export class ResearchFieldAnnouncementListsResolver {
  @FieldResolver(() => AnnouncementConnection, { description: 'Announcements seeking or offering work in the field.' })
  announcements(@Root() field: ResearchField, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.RESEARCH_FIELD_ANNOUNCEMENTS, field.id, page, info);
  }
}
