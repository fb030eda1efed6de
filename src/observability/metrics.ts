/**
 * GET /metrics in Prometheus text format (prom-client). Per operation only two cheap updates
 * happen (a counter and a histogram, src/observability/operation-log.ts); everything else, the open
 * connections and subscriptions and the database pool, is read when Prometheus scrapes.
 *
 * Label values stay few, so a scrape stays small whatever clients send: the operation name is the
 * client's own word, so only the first MAX_OPERATION_NAMES distinct names get a series of their
 * own, and later ones are counted as "(other)" (a restart starts the list again).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import { poolUse } from './database-pool';

/** Distinct operation names with a series of their own; partner apps send a handful. */
export const MAX_OPERATION_NAMES = 100;
export const OTHER_OPERATION = '(other)';
export const ANONYMOUS_OPERATION = '(anonymous)';

export type Transport = 'http' | 'websocket' | 'sse';
export type OperationType = 'query' | 'mutation' | 'subscription' | 'unknown';
export type Outcome = 'success' | 'partial' | 'error';

/** What the real-time transports count (src/realtime/operations.ts keeps them); declared here, where they are read. */
export interface RealtimeStats {
  /** WebSocket connections and SSE streams open now. */
  connections: number;
  /** Subscriptions whose event streams are open now, and how many ever opened. */
  streams: number;
  streamsStarted: number;
  /** Connections closed because they fell behind. */
  slowConsumersClosed: number;
}

export interface MetricSources {
  dataSource: DataSource;
  /** Connections and subscriptions open now (src/realtime/realtime.ts). */
  realtime: () => Readonly<RealtimeStats>;
}

export function createMetrics(sources: MetricSources) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const operations = new Counter({
    name: 'haizhi_graphql_operations_total',
    help: 'GraphQL operations answered, by transport, type, operation name and outcome (success, partial: data and errors, error: no data).',
    labelNames: ['transport', 'type', 'operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'haizhi_graphql_operation_duration_seconds',
    help: 'Time from receiving an operation to its answer (for a subscription: until its stream is set up), by type and operation name.',
    labelNames: ['type', 'operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'haizhi_graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'haizhi_realtime_connections',
    help: 'WebSocket connections and Server-Sent Event streams open now.',
    registers: [registry],
    collect() {
      this.set(sources.realtime().connections);
    },
  });
  new Gauge({
    name: 'haizhi_realtime_subscriptions',
    help: 'Subscriptions whose event streams are open now (WebSocket and SSE).',
    registers: [registry],
    collect() {
      this.set(sources.realtime().streams);
    },
  });
  new Gauge({
    name: 'haizhi_db_pool_connections',
    help: 'Database connections by state: all (open), free (idle), used, limit (most the pool may open). SQLite: one connection, used while a transaction holds it.',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const use = poolUse(sources.dataSource);
      this.set({ state: 'all' }, use.all);
      this.set({ state: 'free' }, use.free);
      this.set({ state: 'used' }, use.all - use.free);
      this.set({ state: 'limit' }, use.limit);
    },
  });
  new Gauge({
    name: 'haizhi_db_pool_queued',
    help: 'Requests waiting for a database connection (SQLite: transactions waiting their turn).',
    registers: [registry],
    collect() {
      this.set(poolUse(sources.dataSource).queued);
    },
  });

  const names = new Set<string>();
  /** The operation's label: its name while fewer than MAX_OPERATION_NAMES are known, "(other)" after. */
  const operationLabel = (name: string | null): string => {
    if (!name) return ANONYMOUS_OPERATION;
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return OTHER_OPERATION;
    names.add(name);
    return name;
  };

  return {
    registry,
    /** Counts one answered operation. */
    record(transport: Transport, type: OperationType, name: string | null, outcome: Outcome, seconds: number, codes: readonly string[]): void {
      const operation = operationLabel(name);
      operations.inc({ transport, type, operation, outcome });
      duration.observe({ type, operation }, seconds);
      for (const code of codes) errors.inc({ code });
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
