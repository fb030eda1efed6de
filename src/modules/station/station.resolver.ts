/** Stations: the root list, one by id, and the relations a station holds the key of. Lists hanging off a station live with what they list (docs/read-api.md). */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import { fromGlobalId } from '../../graphql/global-id';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { HostUnit } from '../host-unit/host-unit.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { District } from '../reference/district.entity';
import { StationHead } from './station-head.entity';
import { Station } from './station.entity';
import { STATION_ORDER, StationFilter } from './station.inputs';
import { stationFilter } from './station.service';
import * as types from './station.types';

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
}
