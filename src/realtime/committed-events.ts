/**
 * The source stream of a subscription: committed events of one topic, from every instance, that
 * pass `accept` for this subscriber. `accept` gets the context the subscriber's scope group shares
 * for the event (src/realtime/fan-out.ts), so its scope checks read through the same loaders, and
 * the same row scope, that serve queries, once per group rather than once per subscriber.
 */
import { filter, pipe } from '@graphql-yoga/subscription';
import type { AppContext } from '../context';
import type { Topics } from '../events/channel';

export type TopicEvent<K extends keyof Topics> = Topics[K][0];

export function committedEvents<K extends keyof Topics>(
  context: AppContext,
  topic: K,
  accept: (event: TopicEvent<K>, eventContext: AppContext) => boolean | Promise<boolean>,
): AsyncIterable<TopicEvent<K>> {
  return pipe(
    context.channel.subscribe(topic),
    filter((event: TopicEvent<K>) => accept(event, context.forEvent(event))),
  );
}
