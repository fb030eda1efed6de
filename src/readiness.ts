/**
 * /readyz: whether this instance can do its work now, for load balancers and operators. The
 * database must answer; with REDIS_URL set, the events channel must be connected too (while Redis
 * is down, subscribers on other instances would miss this one's events). /healthz only says the
 * process is up.
 */
import type { DataSource } from 'typeorm';
import type { ChannelStatus, EventChannel } from './events/channel';

export interface Readiness {
  status: 'ready' | 'not ready';
  database: 'up' | 'down';
  /** 'in-process' without Redis; 'up' or 'down' with it. */
  events: ChannelStatus;
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
  return { status: database === 'up' && events !== 'down' ? 'ready' : 'not ready', database, events };
}
