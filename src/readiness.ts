/**
 * /readyz: whether this instance can do its work now, for load balancers and operators. /healthz
 * only says the process is up.
 *
 * - The database must answer: without it nothing is served, so the answer is 503 ("not ready").
 * - With REDIS_URL set, Redis carries events between instances. Without it this instance still
 *   answers queries and mutations; only subscribers miss other instances' events until it is back
 *   (they are then told to reconnect and catch up: docs/real-time.md, "When Redis is away"). So
 *   Redis down is 200 with "status": "degraded", naming Redis with a sentence: taking every
 *   instance out of the load balancer because the shared Redis is away would turn a gap in
 *   real-time events into an outage of the whole API.
 */
import type { DataSource } from 'typeorm';
import type { ChannelStatus, EventChannel } from './events/channel';

export interface Readiness {
  status: 'ready' | 'degraded' | 'not ready';
  database: 'up' | 'down';
  /** 'in-process' without Redis; 'up' or 'down' with it. */
  events: ChannelStatus;
  /** Only while Redis is away: 'down'. */
  redis?: 'down';
  /** Only while something is down: what it means, for the person reading it. */
  message?: string;
}

/** How long the database may take to answer before it counts as down. */
const DATABASE_TIMEOUT_MS = 2_000;

export async function checkReadiness(dataSource: DataSource, channel: EventChannel): Promise<Readiness> {
  const database = await Promise.race([
    dataSource.query('SELECT 1').then(
      () => 'up' as const,
      () => 'down' as const,
    ),
    new Promise<'down'>((resolve) => setTimeout(() => resolve('down'), DATABASE_TIMEOUT_MS).unref()),
  ]);
  const events = channel.status();
  if (events !== 'down') return { status: database === 'up' ? 'ready' : 'not ready', database, events };
  const unpublished = channel.unpublished();
  return {
    status: database === 'up' ? 'degraded' : 'not ready',
    database,
    events,
    redis: 'down',
    message:
      'Redis (REDIS_URL) does not answer: queries and mutations are still served, but subscribers on other instances miss what commits here, and subscribers here miss what commits there, until it is back; then their connections are closed so that they reconnect and catch up. ' +
      `${unpublished} event${unpublished === 1 ? '' : 's'} could not be sent to Redis since this instance started.`,
  };
}
