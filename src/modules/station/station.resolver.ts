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
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { PartnershipChildEdge } from '../partnership/partnership.types';
import { District } from '../reference/district.entity';
import { EngagementChildEdge } from '../talent/engagement.types';
import { StationHead } from './station-head.entity';
import { Station } from './station.entity';
import { STATION_SORT_FIELDS, StationFilter, StationOrder } from './station.inputs';
import * as lists from './station.loaders';
import { StationCriteria } from './station.service';
import * as types from './station.types';

export function stationCriteria(filter: StationFilter | null | undefined): StationCriteria {
  if (!filter) return {};
  return {
    ...filter,
    districtIds: rowIdsOf(filter.districtIds, 'District', 'filter.districtIds'),
    researchFieldIds: rowIdsOf(filter.researchFieldIds, 'ResearchField', 'filter.researchFieldIds'),
    offshoreBaseId: rowIdsOf(filter.offshoreBaseId ? [filter.offshoreBaseId] : null, 'OffshoreBase', 'filter.offshoreBaseId')?.[0],
  };
}

@Resolver(() => Station)
export class StationResolver {
  @Query(() => types.StationConnection, { description: 'HAIZHI stations (海智工作站).' })
  async stations(
    @Args() page: PageArgs,
    @Arg('filter', () => StationFilter, { nullable: true }) filter: StationFilter | null,
    @Arg('orderBy', () => StationOrder, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: StationOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(STATION_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = stationCriteria(filter);
    const rows = await services.stations.list(criteria, sort, toWindow(page, sort), rootProjection(info, Station, sort));
    return toConnection(rows, sort, () => services.stations.count(criteria));
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

  @FieldResolver(() => types.StationTalentConnection, { description: 'Talents engaged at the station; the edge carries the engagement.' })
  talents(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_TALENTS, station.id, page, EngagementChildEdge, info);
  }

  @FieldResolver(() => types.StationPartnerConnection, { description: 'Organisations the station partners with; the edge carries the partnership.' })
  partners(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_PARTNERS, station.id, page, PartnershipChildEdge, info);
  }

  @FieldResolver(() => types.ProjectConnection, { description: 'Overseas projects introduced through the station.' })
  projects(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_PROJECTS, station.id, page, undefined, info);
  }

  @FieldResolver(() => types.PlatformConnection, { description: 'Technology-cooperation platforms the station built.' })
  platforms(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_PLATFORMS, station.id, page, undefined, info);
  }

  @FieldResolver(() => types.ActivityConnection, { description: 'Activities the station took part in (hosted, visited, attended).' })
  activities(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_ACTIVITIES, station.id, page, undefined, info);
  }

  @FieldResolver(() => types.FundingGrantConnection, { description: 'Grants awarded to the station.' })
  grants(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_GRANTS, station.id, page, undefined, info);
  }

  @FieldResolver(() => types.EvaluationConnection, { description: 'Yearly evaluations, oldest first.' })
  evaluations(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_EVALUATIONS, station.id, page, undefined, info);
  }

  @FieldResolver(() => types.StationApplicationConnection, { description: 'The application that created the station.' })
  applications(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_APPLICATIONS, station.id, page, undefined, info);
  }

  @FieldResolver(() => types.StationStatusChangeConnection, { description: 'Status history, oldest first.' })
  statusHistory(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_STATUS_HISTORY, station.id, page, undefined, info);
  }

  @FieldResolver(() => types.ResearchFieldConnection)
  researchFields(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_RESEARCH_FIELDS, station.id, page, undefined, info);
  }
}
