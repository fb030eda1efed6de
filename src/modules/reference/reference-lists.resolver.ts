/** Every list whose nodes are research fields, one class per parent type: the fields of stations, talents and announcements (the lists are in reference.loaders.ts). */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { Announcement } from '../announcement/announcement.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import * as lists from './reference.loaders';
import { ResearchFieldConnection } from './reference.types';

@Resolver(() => Station)
export class StationResearchFieldListsResolver {
  @FieldResolver(() => ResearchFieldConnection)
  researchFields(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_RESEARCH_FIELDS, station.id, page, info);
  }
}

@Resolver(() => Talent)
export class TalentResearchFieldListsResolver {
  @FieldResolver(() => ResearchFieldConnection)
  researchFields(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.TALENT_RESEARCH_FIELDS, talent.id, page, info);
  }
}

@Resolver(() => Announcement)
export class AnnouncementResearchFieldListsResolver {
  @FieldResolver(() => ResearchFieldConnection, { description: 'The research fields the announcement names.' })
  researchFields(@Root() announcement: Announcement, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.ANNOUNCEMENT_RESEARCH_FIELDS, announcement.id, page, info);
  }
}
