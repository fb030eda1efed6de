/** The station-application workflow: applications (root list, one by id) and the to-one ends of reviews, inspections and experts. Its lists are in application-lists.resolver.ts. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import { fromGlobalId } from '../../graphql/global-id';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { HostUnit } from '../host-unit/host-unit.entity';
import { District } from '../reference/district.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { EXPERT_ORDER, ExpertFilter, STATION_APPLICATION_ORDER, StationApplicationFilter } from './application.inputs';
import { expertFilter, stationApplicationFilter } from './application.service';
import * as types from './application.types';
import { ApplicationReview } from './application-review.entity';
import { Expert } from './expert.entity';
import { SiteInspection } from './site-inspection.entity';
import { StationApplication } from './station-application.entity';

const STATION_APPLICATIONS = rootList(StationApplication, STATION_APPLICATION_ORDER, stationApplicationFilter);
const EXPERTS = rootList(Expert, EXPERT_ORDER, expertFilter);

@Resolver(() => StationApplication)
export class StationApplicationResolver {
  @Query(() => types.StationApplicationConnection, { description: 'Applications to set up a station (申报), every round.' })
  stationApplications(
    @Args() page: PageArgs,
    @Arg('filter', () => StationApplicationFilter, { nullable: true }) filter: StationApplicationFilter | null,
    @Arg('orderBy', () => STATION_APPLICATION_ORDER.input, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, STATION_APPLICATIONS, page, filter, orderBy, info);
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

  @FieldResolver(() => Talent, { nullable: true, description: 'The talent proposed to head the station; approval makes them its head.' })
  proposedHead(@Root() application: StationApplication, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Talent, application.proposedHeadTalentId);
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
  @Authorized(Role.STAFF)
  @Query(() => types.ExpertConnection, { description: 'The expert review pool (专家评审委员会), for choosing reviewers: `filter.assignableTo` leaves out those who may not review an application. STAFF only.' })
  experts(
    @Args() page: PageArgs,
    @Arg('filter', () => ExpertFilter, { nullable: true }) filter: ExpertFilter | null,
    @Arg('orderBy', () => EXPERT_ORDER.input, { nullable: true, description: 'Default: by id.' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, EXPERTS, page, filter, orderBy, info);
  }

  @FieldResolver(() => ResearchField, { nullable: true })
  researchField(@Root() expert: Expert, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(ResearchField, expert.researchFieldId);
  }
}

@Resolver(() => SiteInspection)
export class SiteInspectionResolver {
  @FieldResolver(() => StationApplication)
  application(@Root() inspection: SiteInspection, @Ctx() { loaders }: AppContext) {
    return loaders.byId(StationApplication).load(inspection.applicationId);
  }
}
