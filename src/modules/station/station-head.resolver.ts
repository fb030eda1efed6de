/** A station head (站长) and the stations they head. */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { StationHead } from './station-head.entity';
import { STATION_HEAD_STATIONS } from './station.loaders';
import { StationConnection } from './station.types';

@Resolver(() => StationHead)
export class StationHeadResolver {
  @FieldResolver(() => StationConnection, { description: 'Stations this person heads.' })
  stations(@Root() head: StationHead, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, STATION_HEAD_STATIONS, head.id, page, info);
  }
}
