/**
 * networkStatsChanged's source: the network's figures, sent again when a committed write moved
 * them, at most once per `intervalMs` (a second), and not at all when they end up as they were.
 *
 * Writes that move a headline figure say so (NetworkFiguresChanged, from any instance). Each one
 * marks the figures dirty; a dirty feed recomputes them (today's figures and every breakdown: ten
 * aggregate statements) once the interval since the last send has passed, and sends only if they
 * differ from what it sent last. One computation serves every subscriber on this instance. With no
 * subscriber the feed does not listen, and computes nothing.
 */
import { Repeater } from '@graphql-yoga/subscription';
import type { EventChannel } from '../../events/channel';
import { BREAKDOWN_NAMES, Breakdown } from './network-stats.breakdowns';
import type { NetworkStatsService } from './network-stats.service';
import type { StatBucket } from './network-stats.type';
import type { NetworkFigures } from './network-stats.definitions';

/** The figures with every breakdown already computed (the breakdown fields read these instead of asking the database). */
export type NetworkStatsSnapshot = NetworkFigures & { breakdowns: Record<Breakdown, StatBucket[]> };

export class NetworkStatsFeed {
  private readonly listeners = new Set<(snapshot: NetworkStatsSnapshot) => void>();
  private events: AsyncIterator<unknown> | null = null;
  private sent: string | null = null;
  private sentAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private flushing = false;
  private dirtyAgain = false;

  constructor(
    private readonly channel: EventChannel,
    private readonly stats: NetworkStatsService,
    private readonly intervalMs = 1000,
  ) {}

  /** The figures each time they change, from now on. */
  changes(): AsyncIterable<NetworkStatsSnapshot> {
    return new Repeater<NetworkStatsSnapshot>(async (push, stop) => {
      const listener = (snapshot: NetworkStatsSnapshot) => void push(snapshot);
      this.listeners.add(listener);
      if (this.listeners.size === 1) await this.listen();
      await stop;
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.pause();
    });
  }

  async snapshot(): Promise<NetworkStatsSnapshot> {
    const [figures, ...buckets] = await Promise.all([this.stats.figures(), ...BREAKDOWN_NAMES.map((name) => this.stats.breakdown(name))]);
    return { ...figures, breakdowns: Object.fromEntries(BREAKDOWN_NAMES.map((name, index) => [name, buckets[index]])) as Record<Breakdown, StatBucket[]> };
  }

  private async listen(): Promise<void> {
    // What subscribers already know: a change is measured against the figures as they stand now.
    this.sent = JSON.stringify(await this.snapshot());
    const events = this.channel.subscribe('NetworkFiguresChanged')[Symbol.asyncIterator]();
    this.events = events;
    void (async () => {
      for (let next = await events.next(); !next.done; next = await events.next()) this.dirty();
    })();
  }

  private pause(): void {
    void this.events?.return?.();
    this.events = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.sent = null;
  }

  private dirty(): void {
    if (!this.events) return;
    if (this.flushing) {
      this.dirtyAgain = true;
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), Math.max(0, this.sentAt + this.intervalMs - Date.now()));
  }

  private async flush(): Promise<void> {
    this.timer = null;
    this.flushing = true;
    try {
      const snapshot = await this.snapshot();
      const text = JSON.stringify(snapshot);
      if (text !== this.sent && this.listeners.size > 0) {
        this.sent = text;
        this.sentAt = Date.now();
        for (const listener of this.listeners) listener(snapshot);
      }
    } catch {
      // The database is away: try again after an interval (the figures are still dirty).
      this.sentAt = Date.now();
      this.dirtyAgain = true;
    } finally {
      this.flushing = false;
      if (this.dirtyAgain) {
        this.dirtyAgain = false;
        this.dirty();
      }
    }
  }
}
