/**
 * stationStatusChanged: each change of a station's status (approval, suspension, restoration,
 * expiry, revocation) as its transaction commits, with the history entry it made. Delivered only
 * where the subscriber could read the station and the entry; the entry's guarded fields (changedBy)
 * are guarded here as in queries.
 */
import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { AppContext } from '../../context';
import type { Published, StationStatusChanged } from '../../events/domain-events';
import { inputIds } from '../../graphql/input-ids';
import { Payload } from '../../graphql/payload';
import { committedEvents } from '../../realtime/committed-events';
import { StationStatusChange } from './station-status-change.entity';
import { Station } from './station.entity';

export const StationStatusEvent = Payload<{ station: Station; change: StationStatusChange; committedAt: Date }>(
  'StationStatusEvent',
  {
    station: [() => Station, { description: 'The station, as it is after the change.' }],
    change: [() => StationStatusChange, { description: "The entry the change made in the station's status history: from, to, reason." }],
    committedAt: [() => Date, { description: 'When the transaction that changed it committed.' }],
  },
  "A station's status, as it changed.",
);
export type StationStatusEvent = InstanceType<typeof StationStatusEvent>;

type PublishedChange = Published<StationStatusChanged>;

@Resolver()
export class StationSubscriptionsResolver {
  @Subscription(() => StationStatusEvent, {
    description: 'Stations changing status, as the changes commit. stationIds narrows it to those stations (an empty list matches none).',
    subscribe: ({ args, context }) => {
      const only = args.stationIds ? new Set(inputIds(args.stationIds as string[], 'Station', 'stationIds')) : null;
      return committedEvents(context as AppContext, 'StationStatusChanged', {
        matches: (event) => !only || only.has(event.stationId),
        readable: async (event, { loaders }) =>
          (await loaders.byId(Station).load(event.stationId)) !== null && (await loaders.byId(StationStatusChange).load(event.changeId)) !== null,
      });
    },
  })
  async stationStatusChanged(
    @Root() event: PublishedChange,
    @Arg('stationIds', () => [ID], { nullable: true, description: 'Follow these stations only (global ids; an empty list matches none); omitted: every station.' }) _stationIds: string[] | null,
    @Ctx() { loaders }: AppContext,
  ): Promise<StationStatusEvent> {
    const [station, change] = await Promise.all([loaders.byId(Station).load(event.stationId), loaders.byId(StationStatusChange).load(event.changeId)]);
    return { station: station!, change: change!, committedAt: new Date(event.committedAt) };
  }
}
