/** Activity lists on the types that take part in activities (the lists themselves are in activity.loaders.ts). */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { ActivityConnection } from './activity.types';
import { OFFSHORE_BASE_ACTIVITIES, ORGANIZATION_ACTIVITIES, STATION_ORGANIZED_ACTIVITIES, TALENT_ACTIVITIES } from './activity.loaders';

@Resolver(() => Station)
export class StationActivityListsResolver {
  @FieldResolver(() => ActivityConnection, { description: 'Activities the station organised.' })
  organizedActivities(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, STATION_ORGANIZED_ACTIVITIES, station.id, page, info);
  }
}

@Resolver(() => OffshoreBase)
export class OffshoreBaseActivityListsResolver {
  @FieldResolver(() => ActivityConnection, { description: 'Activities the base organised.' })
  activities(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, OFFSHORE_BASE_ACTIVITIES, base.id, page, info);
  }
}

@Resolver(() => Talent)
export class TalentActivityListsResolver {
  @FieldResolver(() => ActivityConnection, { description: 'Activities the talent took part in.' })
  activities(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, TALENT_ACTIVITIES, talent.id, page, info);
  }
}

@Resolver(() => OrganizationInterface)
export class OrganizationActivityListsResolver {
  @FieldResolver(() => ActivityConnection, { description: 'Activities the organisation took part in.' })
  activities(@Root() organization: OrganizationInterface, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, ORGANIZATION_ACTIVITIES, organization.id, page, info);
  }
}
