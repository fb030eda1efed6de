/**
 * Where the write side hands its committed events: this instance's listeners (tests, the stats
 * coalescer) hear them at once, and the channel (src/events/channel.ts: in-process, or Redis across
 * instances) carries them to every instance's subscribers. Small on purpose: publish, subscribe,
 * unsubscribe. A listener that throws is reported and does not stop the others.
 */
import type { DomainEvent, Published } from './domain-events';

export type EventListener = (event: Published) => void;

export class EventBus {
  private readonly listeners = new Set<EventListener>();

  constructor(
    private readonly onListenerError: (error: unknown, event: Published) => void = () => {},
    /** Where events go beyond this process's listeners (the subscribers' channel). */
    private readonly forward: (event: Published) => void = () => {},
  ) {}

  /** Called by a transaction's after-commit effect, never before the commit. */
  publish(event: DomainEvent, committedAt = new Date()): void {
    const published = Object.freeze({ ...event, committedAt: committedAt.toISOString() }) as Published;
    for (const listener of this.listeners) {
      try {
        listener(published);
      } catch (error) {
        this.onListenerError(error, published);
      }
    }
    try {
      this.forward(published);
    } catch (error) {
      this.onListenerError(error, published);
    }
  }

  /** Returns the function that unsubscribes. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}
