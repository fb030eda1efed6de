import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { fromGlobalId } from '../../graphql/global-id';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { ActivityConnection } from '../activity/activity.types';
import { StationApplicationConnection } from '../application/application.types';
import { EvaluationConnection } from '../evaluation/evaluation.types';
import { FundingGrantConnection } from '../funding/funding.types';
import { HostUnit } from '../host-unit/host-unit.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { StationPartnerConnection } from '../organization/organization.types';
import { PartnershipChildEdge } from '../partnership/partnership.types';
import { PlatformConnection } from '../platform/platform.types';
import { ProjectConnection } from '../project/project.types';
import { District } from '../reference/district.entity';
import { ResearchFieldConnection } from '../reference/reference.types';
import { EngagementChildEdge } from '../talent/engagement.types';
import { StationTalentConnection } from '../talent/talent.types';
import { StationHead } from './station-head.entity';
import { Station } from './station.entity';
import { STATION_ORDER, StationFilter } from './station.inputs';
import { stationFilter } from './station.service';
import * as types from './station.types';
import { STATION_ACTIVITIES } from '../activity/activity.loaders';
import { STATION_APPLICATIONS } from '../application/application.loaders';
import { STATION_EVALUATIONS } from '../evaluation/evaluation.loaders';
import { STATION_GRANTS } from '../funding/funding.loaders';
import { STATION_PARTNERS } from '../organization/organization.loaders';
import { STATION_PLATFORMS } from '../platform/platform.loaders';
import { STATION_PROJECTS } from '../project/project.loaders';
import { STATION_RESEARCH_FIELDS } from '../reference/reference.loaders';
import { STATION_TALENTS } from '../talent/talent.loaders';
import { STATION_STATUS_HISTORY } from './station.loaders';

const STATIONS = rootList(Station, STATION_ORDER, stationFilter);

@Resolver(() => Station)
export class StationResolver {
  @Query(() => types.StationConnection, { description: 'HAIZHI stations (海智工作站).' })
  stations(
    @Args() page: PageArgs,
    @Arg('filter', () => StationFilter, { nullable: true }) filter: StationFilter | null,
    @Arg('orderBy', () => STATION_ORDER.input, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, STATIONS, page, filter, orderBy, info);
  }

  @Query(() => Station, { nullable: true, description: 'One station by its global id; null when there is none.' })
  station(@Arg('id', () => ID) id: string, @Ctx() { loaders }: AppContext) {
    return loaders.byId(Station).load(fromGlobalId(id, 'id', ['Station']).id);
  }

  @FieldResolver(() => District)
  district(@Root() station: Station, @Ctx() { loaders }: AppContext) {
    return loaders.byId(District).load(station.districtId);
  }

  @FieldResolver(() => HostUnit)
  hostUnit(@Root() station: Station, @Ctx() { loaders }: AppContext) {
    return loaders.byId(HostUnit).load(station.hostUnitId);
  }

  @FieldResolver(() => StationHead, { nullable: true })
  head(@Root() station: Station, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(StationHead, station.headId);
  }

  @FieldResolver(() => OffshoreBase, { nullable: true, description: 'The offshore base whose coordination group (协作组) the station belongs to.' })
  offshoreBase(@Root() station: Station, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(OffshoreBase, station.offshoreBaseId);
  }

  @FieldResolver(() => StationTalentConnection, { description: 'Talents engaged at the station; the edge carries the engagement.' })
  talents(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, STATION_TALENTS, station.id, page, info, EngagementChildEdge);
  }

  @FieldResolver(() => StationPartnerConnection, { description: 'Organisations the station partners with; the edge carries the partnership.' })
  partners(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, STATION_PARTNERS, station.id, page, info, PartnershipChildEdge);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Overseas projects introduced through the station.' })
  projects(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, STATION_PROJECTS, station.id, page, info);
  }

  @FieldResolver(() => PlatformConnection, { description: 'Technology-cooperation platforms the station built.' })
  platforms(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, STATION_PLATFORMS, station.id, page, info);
  }

  @FieldResolver(() => ActivityConnection, { description: 'Activities the station took part in (hosted, visited, attended).' })
  activities(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, STATION_ACTIVITIES, station.id, page, info);
  }

  @FieldResolver(() => FundingGrantConnection, { description: 'Grants awarded to the station.' })
  grants(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, STATION_GRANTS, station.id, page, info);
  }

  @FieldResolver(() => EvaluationConnection, { description: 'Yearly evaluations, oldest first.' })
  evaluations(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, STATION_EVALUATIONS, station.id, page, info);
  }

  @FieldResolver(() => StationApplicationConnection, { description: 'The application that created the station.' })
  applications(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, STATION_APPLICATIONS, station.id, page, info);
  }

  @FieldResolver(() => types.StationStatusChangeConnection, { description: 'Status history, oldest first.' })
  statusHistory(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, STATION_STATUS_HISTORY, station.id, page, info);
  }

  @FieldResolver(() => ResearchFieldConnection)
  researchFields(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, STATION_RESEARCH_FIELDS, station.id, page, info);
  }
}
