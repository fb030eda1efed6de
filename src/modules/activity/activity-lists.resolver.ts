/**
 * Every list whose nodes are activities or their participants, one class per parent type: the
 * activities stations, bases, talents, organisations and grants organised, took part in or paid
 * for, and an activity's participants (the lists themselves are in activity.loaders.ts).
 */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { FundingGrant } from '../funding/funding-grant.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { Activity } from './activity.entity';
import * as lists from './activity.loaders';
import { ActivityConnection, ActivityParticipantConnection } from './activity.types';

@Resolver(() => Station)
export class StationActivityListsResolver {
  @FieldResolver(() => ActivityConnection, { description: 'Activities the station organised.' })
  organizedActivities(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_ORGANIZED_ACTIVITIES, station.id, page, info);
  }

  @FieldResolver(() => ActivityConnection, { description: 'Activities the station took part in (hosted, visited, attended).' })
  activities(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_ACTIVITIES, station.id, page, info);
  }
}

@Resolver(() => OffshoreBase)
export class OffshoreBaseActivityListsResolver {
  @FieldResolver(() => ActivityConnection, { description: 'Activities the base organised.' })
  activities(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.OFFSHORE_BASE_ACTIVITIES, base.id, page, info);
  }
}

@Resolver(() => Talent)
export class TalentActivityListsResolver {
  @FieldResolver(() => ActivityConnection, { description: 'Activities the talent took part in.' })
  activities(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.TALENT_ACTIVITIES, talent.id, page, info);
  }
}

@Resolver(() => OrganizationInterface)
export class OrganizationActivityListsResolver {
  @FieldResolver(() => ActivityConnection, { description: 'Activities the organisation took part in.' })
  activities(@Root() organization: OrganizationInterface, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.ORGANIZATION_ACTIVITIES, organization.id, page, info);
  }
}

@Resolver(() => FundingGrant)
export class FundingGrantActivityListsResolver {
  @FieldResolver(() => ActivityConnection, { description: 'Activities the grant paid for.' })
  activities(@Root() grant: FundingGrant, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.FUNDING_GRANT_ACTIVITIES, grant.id, page, info);
  }
}

@Resolver(() => Activity)
export class ActivityParticipantListsResolver {
  @FieldResolver(() => ActivityParticipantConnection, { description: 'Who took part: stations, talents and organisations, each with a role.' })
  participants(@Root() activity: Activity, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.ACTIVITY_PARTICIPANTS, activity.id, page, info);
  }
}
