/**
 * Every list whose nodes are talents, one class per parent type: those engaged at stations and
 * bases (the engagement on the edge), affiliated with an organisation, working in a research field.
 * The lists are in talent.loaders.ts.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { EngagementChildEdge } from './engagement.types';
import * as lists from './talent.loaders';
import { OffshoreBaseTalentConnection, StationTalentConnection, TalentConnection } from './talent.types';

@Resolver(() => Station)
export class StationTalentListsResolver {
  @FieldResolver(() => StationTalentConnection, { description: 'Talents engaged at the station; the edge carries the engagement.' })
  talents(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_TALENTS, station.id, page, info, EngagementChildEdge);
  }
}

@Resolver(() => OffshoreBase)
export class OffshoreBaseTalentListsResolver {
  @FieldResolver(() => OffshoreBaseTalentConnection, { description: 'Talents engaged at the base (returnees absorbed, top experts signed); the edge carries the engagement.' })
  talents(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.OFFSHORE_BASE_TALENTS, base.id, page, info, EngagementChildEdge);
  }
}

@Resolver(() => OrganizationInterface)
export class OrganizationTalentListsResolver {
  @FieldResolver(() => TalentConnection, { description: 'Talents affiliated with the organisation.' })
  affiliatedTalents(@Root() organization: OrganizationInterface, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.ORGANIZATION_TALENTS, organization.id, page, info);
  }
}

@Resolver(() => ResearchField)
export class ResearchFieldTalentListsResolver {
  @FieldResolver(() => TalentConnection, { description: 'Talents working in the field.' })
  talents(@Root() field: ResearchField, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.RESEARCH_FIELD_TALENTS, field.id, page, info);
  }
}
