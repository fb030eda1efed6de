/**
 * What the real-time transports need of a request context. The app's context (src/context.ts) has
 * all of it and more; declaring only this here keeps src/context.ts, which builds the services and
 * so reaches every module, out of this kit's imports (it imports ./fan-out, so importing it back
 * made a circle).
 */
import type { EventChannel } from '../events/channel';
import type { RateLimitStatus } from '../rate-limit/rate-limits';
import type { ScopedContext } from './fan-out';

/** One operation's context: whose it is, its loaders (released when it ends), its rate-limit charge. */
export interface RealtimeContext extends ScopedContext {
  /** The caller's budget after this operation's charge; null when rate limits are off. */
  client: { rateLimit: RateLimitStatus | null };
}

/** What a subscription's source stream reads: committed events, and the context its scope group shares for one. */
export interface EventSourceContext<C> {
  channel: EventChannel;
  forEvent(event: object): C;
}
