import { Arg, Ctx, FieldResolver, Query, Resolver, Root, Subscription } from 'type-graphql';
import { BadUserInputError } from '../../domain-errors';
import type { AppContext } from '../../context';
import type { Services } from '../../services';
import type { Breakdown } from './network-stats.breakdowns';
import type { NetworkStatsSnapshot } from './network-stats.feed';
import { NetworkStats, StatBucket } from './network-stats.type';

/** A breakdown: already computed when the figures come from the live feed, one GROUP BY otherwise, as of the parent's day. */
function breakdownOf(stats: NetworkStats | NetworkStatsSnapshot, name: Breakdown, services: Services): StatBucket[] | Promise<StatBucket[]> {
  return 'breakdowns' in stats ? stats.breakdowns[name] : services.networkStats.breakdown(name, stats.asOf ?? null);
}

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
function calendarDay(value: string): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) throw new BadUserInputError('asOf must be a date written YYYY-MM-DD');
  return value;
}

/** The scalar figures come in one statement with networkStats; each breakdown is its own GROUP BY, run only when asked. */
@Resolver(() => NetworkStats)
export class NetworkStatsResolver {
  @Query(() => NetworkStats, { description: "The network's headline figures (海智 statistics): today's, or as they stood at the end of `asOf`." })
  async networkStats(
    @Arg('asOf', () => String, {
      nullable: true,
      description:
        'A day (YYYY-MM-DD): the figures and every breakdown as they stood at the end of it, counting only rows dated on or before it (stations by approval, engagements by start, projects by introduction, payments by day, ...). The article\'s day, 2023-08-31, gives its published figures. Omitted: today\'s.',
    })
    asOf: string | null | undefined,
    @Ctx() { services }: AppContext,
  ): Promise<NetworkStats> {
    const day = asOf === null || asOf === undefined ? null : calendarDay(asOf);
    return Object.assign(new NetworkStats(), await services.networkStats.figures(day), { asOf: day });
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

  @FieldResolver(() => [StatBucket], { description: 'Yearly evaluations recorded per grade (key: EvaluationGrade), by the day each was recorded; evaluations are public.' })
  byEvaluationGrade(@Root() stats: NetworkStats, @Ctx() { services }: AppContext) {
    return breakdownOf(stats, 'byEvaluationGrade', services);
  }

  @FieldResolver(() => [StatBucket], { description: 'Projects introduced through stations (as projects) per year introduced (key: the year), with amountCny their sum; counts add up to projects, amounts to projectAmountCny.' })
  byProjectYear(@Root() stats: NetworkStats, @Ctx() { services }: AppContext) {
    return breakdownOf(stats, 'byProjectYear', services);
  }

  @FieldResolver(() => [StatBucket], { description: 'Station funding disbursed (as fundingDisbursedCny) per year paid (key: the year): count the payments, amountCny their sum, which adds up to fundingDisbursedCny.' })
  byDisbursementYear(@Root() stats: NetworkStats, @Ctx() { services }: AppContext) {
    return breakdownOf(stats, 'byDisbursementYear', services);
  }
}
