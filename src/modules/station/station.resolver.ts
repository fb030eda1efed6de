import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { Connection, ConnectionType, decodeCursor, ForwardPageArgs, toConnection } from '../../graphql/connection';
import { parseRecordId } from '../../graphql/ids';
import { HostUnit } from '../host-unit/host-unit.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { District } from '../reference/district.entity';
import { StationHead } from './station-head.entity';
import { Station } from './station.entity';

@ObjectType()
export class StationConnection extends ConnectionType(Station, 'Station') {}

@Resolver(() => Station)
export class StationResolver {
  @Query(() => StationConnection, { description: 'Stations, oldest first.' })
  async stations(@Args() { first, after }: ForwardPageArgs, @Ctx() { services }: AppContext): Promise<Connection<Station>> {
    const afterId = decodeCursor(after);
    const page = await services.stations.page(afterId, first);
    return toConnection(page, afterId !== null, () => services.stations.count());
  }

  @Query(() => Station, { nullable: true, description: 'One station by id; null when there is none.' })
  station(@Arg('id', () => ID) id: string, @Ctx() { services }: AppContext): Promise<Station | null> {
    return services.stations.findById(parseRecordId(id));
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

  @FieldResolver(() => OffshoreBase, { nullable: true, description: "The offshore base whose coordination group (协作组) the station belongs to." })
  offshoreBase(@Root() station: Station, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(OffshoreBase, station.offshoreBaseId);
  }
}
