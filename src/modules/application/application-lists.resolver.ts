/**
 * Every list whose nodes are the application workflow's, one class per parent type: a station's
 * and a host unit's applications, an application's reviews and inspections, an expert's reviews
 * (the lists are in application.loaders.ts).
 */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { HostUnit } from '../host-unit/host-unit.entity';
import { Station } from '../station/station.entity';
import { Expert } from './expert.entity';
import * as lists from './application.loaders';
import { ApplicationReviewConnection, SiteInspectionConnection, StationApplicationConnection } from './application.types';
import { StationApplication } from './station-application.entity';

@Resolver(() => Station)
export class StationApplicationListsResolver {
  @FieldResolver(() => StationApplicationConnection, { description: 'The application that created the station.' })
  applications(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_APPLICATIONS, station.id, page, info);
  }
}

@Resolver(() => HostUnit)
export class HostUnitApplicationListsResolver {
  @FieldResolver(() => StationApplicationConnection, { description: 'Applications the unit filed, oldest first.' })
  applications(@Root() unit: HostUnit, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.HOST_UNIT_APPLICATIONS, unit.id, page, info);
  }
}

/** An application's reviews and site inspections. */
@Resolver(() => StationApplication)
export class StationApplicationReviewListsResolver {
  @FieldResolver(() => ApplicationReviewConnection, { description: "The assigned experts' reviews (专家评审)." })
  reviews(@Root() application: StationApplication, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.APPLICATION_REVIEWS, application.id, page, info);
  }

  @FieldResolver(() => SiteInspectionConnection, { description: 'Site inspections (实地考察), oldest first.' })
  inspections(@Root() application: StationApplication, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.APPLICATION_INSPECTIONS, application.id, page, info);
  }
}

@Resolver(() => Expert)
export class ExpertReviewListsResolver {
  @FieldResolver(() => ApplicationReviewConnection, { description: 'Reviews the expert wrote, oldest first.' })
  reviews(@Root() expert: Expert, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.EXPERT_REVIEWS, expert.id, page, info);
  }
}
