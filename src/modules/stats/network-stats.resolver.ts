import { Ctx, FieldResolver, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { AppContext } from '../../context';
import type { Services } from '../../services';
import type { Breakdown } from './network-stats.breakdowns';
import type { NetworkStatsSnapshot } from './network-stats.feed';
import { NetworkStats, StatBucket } from './network-stats.type';

/** A breakdown: already computed when the figures come from the live feed, one GROUP BY otherwise. */
function breakdownOf(stats: NetworkStats | NetworkStatsSnapshot, name: Breakdown, services: Services): StatBucket[] | Promise<StatBucket[]> {
  return 'breakdowns' in stats ? stats.breakdowns[name] : services.networkStats.breakdown(name);
}

/** The scalar figures come in one statement with networkStats; each breakdown is its own GROUP BY, run only when asked. */
@Resolver(() => NetworkStats)
export class NetworkStatsResolver {
  @Query(() => NetworkStats, { description: "The network's headline figures (海智 statistics)." })
  networkStats(@Ctx() { services }: AppContext): Promise<NetworkStats> {
    return services.networkStats.figures();
  }

  @Subscription(() => NetworkStats, {
    description: 'The figures again each time committed writes change them: at most one event a second, and none when they end up as they were.',
    subscribe: ({ context }) => (context as AppContext).services.networkStatsFeed.changes(),
  })
  networkStatsChanged(@Root() stats: NetworkStatsSnapshot): NetworkStatsSnapshot {
    return stats;
  }

  @FieldResolver(() => [StatBucket], { description: 'Stations per district (key: district code, label: its Chinese name); the counts add up to stations.' })
  byDistrict(@Root() stats: NetworkStats, @Ctx() { services }: AppContext) {
    return breakdownOf(stats, 'byDistrict', services);
  }

  @FieldResolver(() => [StatBucket], { description: 'Overseas talents engaged at stations per country they work in (key: ISO code); the counts add up to overseasTalents.' })
  byCountry(@Root() stats: NetworkStats, @Ctx() { services }: AppContext) {
    return breakdownOf(stats, 'byCountry', services);
  }

  @FieldResolver(() => [StatBucket], { description: 'Stations per research field (key: field code); a station in several fields counts in each.' })
  byResearchField(@Root() stats: NetworkStats, @Ctx() { services }: AppContext) {
    return breakdownOf(stats, 'byResearchField', services);
  }

  @FieldResolver(() => [StatBucket], { description: 'Stations per approval year (key: the year); the counts add up to stations.' })
  byApprovalYear(@Root() stats: NetworkStats, @Ctx() { services }: AppContext) {
    return breakdownOf(stats, 'byApprovalYear', services);
  }

  @FieldResolver(() => [StatBucket], { description: 'Stations per kind of host unit (key: HostUnitKind); the counts add up to stations.' })
  byHostUnitKind(@Root() stats: NetworkStats, @Ctx() { services }: AppContext) {
    return breakdownOf(stats, 'byHostUnitKind', services);
  }

  @FieldResolver(() => [StatBucket], { description: 'Projects introduced through stations per status (key: ProjectStatus; negotiations not counted), with amountCny their sum; counts add up to projects, amounts to projectAmountCny.' })
  byProjectStatus(@Root() stats: NetworkStats, @Ctx() { services }: AppContext) {
    return breakdownOf(stats, 'byProjectStatus', services);
  }
}
