import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { NetworkStats, StatBucket } from './network-stats.type';

/** The scalar figures come in one statement with networkStats; each breakdown is its own GROUP BY, run only when asked. */
@Resolver(() => NetworkStats)
export class NetworkStatsResolver {
  @Query(() => NetworkStats, { description: "The network's headline figures (海智 statistics)." })
  networkStats(@Ctx() { services }: AppContext): Promise<NetworkStats> {
    return services.networkStats.figures();
  }

  @FieldResolver(() => [StatBucket], { description: 'Stations per district (key: district code, label: its Chinese name); the counts add up to stations.' })
  byDistrict(@Ctx() { services }: AppContext) {
    return services.networkStats.breakdown('byDistrict');
  }

  @FieldResolver(() => [StatBucket], { description: 'Overseas talents engaged at stations per country they work in (key: ISO code); the counts add up to overseasTalents.' })
  byCountry(@Ctx() { services }: AppContext) {
    return services.networkStats.breakdown('byCountry');
  }

  @FieldResolver(() => [StatBucket], { description: 'Stations per research field (key: field code); a station in several fields counts in each.' })
  byResearchField(@Ctx() { services }: AppContext) {
    return services.networkStats.breakdown('byResearchField');
  }

  @FieldResolver(() => [StatBucket], { description: 'Stations per approval year (key: the year); the counts add up to stations.' })
  byApprovalYear(@Ctx() { services }: AppContext) {
    return services.networkStats.breakdown('byApprovalYear');
  }

  @FieldResolver(() => [StatBucket], { description: 'Stations per kind of host unit (key: HostUnitKind); the counts add up to stations.' })
  byHostUnitKind(@Ctx() { services }: AppContext) {
    return services.networkStats.breakdown('byHostUnitKind');
  }

  @FieldResolver(() => [StatBucket], { description: 'Projects introduced through stations per status (key: ProjectStatus; negotiations not counted), with amountCny their sum; counts add up to projects, amounts to projectAmountCny.' })
  byProjectStatus(@Ctx() { services }: AppContext) {
    return services.networkStats.breakdown('byProjectStatus');
  }
}
