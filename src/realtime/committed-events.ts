/**
 * The source stream of a subscription: committed events of one topic, from every instance, that
 * this subscriber wants and may read.
 *
 * - `matches` looks at the event alone (ids, kinds, the subscriber's own arguments and role). It runs
 *   as the event arrives, for every subscriber of the topic on this instance, so it must be cheap and
 *   synchronous; an event it refuses is never queued for this subscriber.
 * - `readable` is the scope check. It gets the context the subscriber's scope group shares for the
 *   event (src/realtime/fan-out.ts), so it reads through the same loaders, and the same row scope,
 *   that serve queries, once per group rather than once per subscriber.
 */
import { filter, pipe } from '@graphql-yoga/subscription';
import type { Topics } from '../events/channel';
import type { EventSourceContext } from './realtime-context';

export type TopicEvent<K extends keyof Topics> = Topics[K][0];

export interface EventChecks<K extends keyof Topics, C> {
  matches(event: TopicEvent<K>): boolean;
  readable(event: TopicEvent<K>, eventContext: C): Promise<boolean>;
}

/** `context` is the subscriber's (the app's AppContext); `readable` gets the one its scope group shares for the event. */
export function committedEvents<K extends keyof Topics, C>(context: EventSourceContext<C>, topic: K, { matches, readable }: EventChecks<K, C>): AsyncIterable<TopicEvent<K>> {
  return pipe(
    context.channel.subscribe(topic, matches),
    filter((event: TopicEvent<K>) => readable(event, context.forEvent(event))),
  );
}
