/**
 * announcementPublished: each collaboration announcement as its transaction commits, on any
 * instance, to the subscribers whose filter it matches and whose scope lets them read it (checked
 * with the same loaders and row scope that serve queries). Its cursor continues the
 * `announcements` list in its default order, commit order: a client that reconnects pages on from
 * the last one and misses nothing, whichever of two concurrent publishes committed first.
 */
import { Arg, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { AppContext } from '../../context';
import type { AnnouncementPublished, Published } from '../../events/domain-events';
import { encodeCursor } from '../../graphql/connection';
import { Payload } from '../../graphql/payload';
import { committedEvents } from '../../realtime/committed-events';
import { decodeRawFilter } from '../../graphql/filter-fields';
import { Announcement } from './announcement.entity';
import { PUBLICATION_SORT } from './announcement.filters';
import { AnnouncementEventFilter, AnnouncementEventCriteria, matchesAnnouncementEvent } from './announcement-events';

export const AnnouncementEvent = Payload<{ announcement: Announcement; cursor: string; committedAt: Date }>(
  'AnnouncementEvent',
  {
    announcement: [() => Announcement, { description: 'The announcement published.' }],
    cursor: [() => String, { description: "Where the announcement stands in `announcements`' default order: pass it as `after` to catch up on what was published since." }],
    committedAt: [() => Date, { description: 'When the transaction that published it committed.' }],
  },
  'A collaboration announcement, as it was published.',
);
export type AnnouncementEvent = InstanceType<typeof AnnouncementEvent>;

type PublishedAnnouncement = Published<AnnouncementPublished>;

@Resolver()
export class AnnouncementSubscriptionsResolver {
  @Subscription(() => AnnouncementEvent, {
    description:
      'Collaboration announcements as they are published (only committed ones). The filter is AND across its fields and OR within one. After a reconnect, page `announcements(after: <last cursor>, filter: <the same conditions>)` to catch up.',
    subscribe: ({ args, context }) => {
      const criteria = decodeRawFilter<AnnouncementEventCriteria>(AnnouncementEventFilter, args.filter as object | null);
      return committedEvents(context as AppContext, 'AnnouncementPublished', {
        matches: (event) => matchesAnnouncementEvent(event, criteria),
        readable: async (event, { loaders }) => (await loaders.byId(Announcement).load(event.announcementId)) !== null,
      });
    },
  })
  async announcementPublished(
    @Root() event: PublishedAnnouncement,
    @Arg('filter', () => AnnouncementEventFilter, { nullable: true, description: 'Only announcements matching every condition given; omitted: every announcement.' }) _filter: AnnouncementEventFilter | null,
    @Ctx() { loaders }: AppContext,
  ): Promise<AnnouncementEvent> {
    const announcement = (await loaders.byId(Announcement).load(event.announcementId))!;
    return { announcement, cursor: encodeCursor(PUBLICATION_SORT, { id: event.announcementId, publicationSeq: event.publicationSeq }), committedAt: new Date(event.committedAt) };
  }
}
