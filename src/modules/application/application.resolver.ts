/** The station-application workflow as a graph: applications, their reviews and inspections, and the reviewing experts. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { ID_SORT } from '../../db/keyset';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs, toConnection, toWindow } from '../../graphql/connection';
import { rootProjection } from '../../graphql/projection';
import { fromGlobalId, rowIdsOf } from '../../graphql/global-id';
import { sortKey } from '../../graphql/ordering';
import { HostUnit } from '../host-unit/host-unit.entity';
import { District } from '../reference/district.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { StationApplicationConnection } from '../station/station.types';
import { STATION_APPLICATION_SORT_FIELDS, StationApplicationFilter, StationApplicationOrder } from './application.inputs';
import * as lists from './application.loaders';
import { StationApplicationCriteria } from './application.service';
import * as types from './application.types';
import { ApplicationReview } from './application-review.entity';
import { Expert } from './expert.entity';
import { SiteInspection } from './site-inspection.entity';
import { StationApplication } from './station-application.entity';

export function stationApplicationCriteria(filter: StationApplicationFilter | null | undefined): StationApplicationCriteria {
  if (!filter) return {};
  return {
    ...filter,
    hostUnitIds: rowIdsOf(filter.hostUnitIds, 'HostUnit', 'filter.hostUnitIds'),
    districtIds: rowIdsOf(filter.districtIds, 'District', 'filter.districtIds'),
  };
}

@Resolver(() => StationApplication)
export class StationApplicationResolver {
  @Query(() => StationApplicationConnection, { description: 'Applications to set up a station (申报), every round.' })
  async stationApplications(
    @Args() page: PageArgs,
    @Arg('filter', () => StationApplicationFilter, { nullable: true }) filter: StationApplicationFilter | null,
    @Arg('orderBy', () => StationApplicationOrder, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: StationApplicationOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(STATION_APPLICATION_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = stationApplicationCriteria(filter);
    const rows = await services.stationApplications.list(criteria, sort, toWindow(page, sort), rootProjection(info, StationApplication, sort));
    return toConnection(rows, sort, () => services.stationApplications.count(criteria));
  }

  @Query(() => StationApplication, { nullable: true, description: 'One application by its global id; null when there is none.' })
  stationApplication(@Arg('id', () => ID) id: string, @Ctx() { loaders }: AppContext) {
    return loaders.byId(StationApplication).load(fromGlobalId(id, 'id', ['StationApplication']).id);
  }

  @FieldResolver(() => HostUnit, { description: 'The unit that filed the application.' })
  hostUnit(@Root() application: StationApplication, @Ctx() { loaders }: AppContext) {
    return loaders.byId(HostUnit).load(application.hostUnitId);
  }

  @FieldResolver(() => District)
  district(@Root() application: StationApplication, @Ctx() { loaders }: AppContext) {
    return loaders.byId(District).load(application.districtId);
  }

  @FieldResolver(() => Station, { nullable: true, description: 'The station its approval created; null until approved.' })
  station(@Root() application: StationApplication, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Station, application.stationId);
  }

  @FieldResolver(() => types.ApplicationReviewConnection, { description: "The assigned experts' reviews (专家评审)." })
  reviews(@Root() application: StationApplication, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.APPLICATION_REVIEWS, application.id, page);
  }

  @FieldResolver(() => types.SiteInspectionConnection, { description: 'Site inspections (实地考察), oldest first.' })
  inspections(@Root() application: StationApplication, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.APPLICATION_INSPECTIONS, application.id, page);
  }
}

@Resolver(() => ApplicationReview)
export class ApplicationReviewResolver {
  @FieldResolver(() => StationApplication)
  application(@Root() review: ApplicationReview, @Ctx() { loaders }: AppContext) {
    return loaders.byId(StationApplication).load(review.applicationId);
  }

  @FieldResolver(() => Expert)
  expert(@Root() review: ApplicationReview, @Ctx() { loaders }: AppContext) {
    return loaders.byId(Expert).load(review.expertId);
  }
}

@Resolver(() => Expert)
export class ExpertResolver {
  @FieldResolver(() => ResearchField, { nullable: true })
  researchField(@Root() expert: Expert, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(ResearchField, expert.researchFieldId);
  }

  @FieldResolver(() => types.ApplicationReviewConnection, { description: 'Reviews the expert wrote, oldest first.' })
  reviews(@Root() expert: Expert, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.EXPERT_REVIEWS, expert.id, page);
  }
}

@Resolver(() => SiteInspection)
export class SiteInspectionResolver {
  @FieldResolver(() => StationApplication)
  application(@Root() inspection: SiteInspection, @Ctx() { loaders }: AppContext) {
    return loaders.byId(StationApplication).load(inspection.applicationId);
  }
}
