import { Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { NetworkStats } from './network-stats.type';

@Resolver()
export class NetworkStatsResolver {
  @Query(() => NetworkStats, { description: "The network's headline figures (海智 statistics)." })
  networkStats(@Ctx() { services }: AppContext): Promise<NetworkStats> {
    return services.networkStats.figures();
  }
}
