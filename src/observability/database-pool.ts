/**
 * How busy the database connections are, read when /metrics is scraped (nothing is counted per
 * query). MySQL/MariaDB: mysql2's pool, whose counts are only in its private queues (`_allConnections`,
 * `_freeConnections`, `_connectionQueue`: stable across mysql2 3.x; read defensively, so a change
 * there shows as zeros, never as a crash). SQLite: one connection, busy while a transaction holds
 * it, with the transactions waiting their turn as the queue (src/db/transaction.ts).
 */
import type { DataSource } from 'typeorm';
import { sqliteGate } from '../db/transaction';

export interface PoolUse {
  /** Connections open (or 1 for SQLite's single one). */
  all: number;
  /** Of those, idle. */
  free: number;
  /** Requests waiting for a connection. */
  queued: number;
  /** The most the pool may open. */
  limit: number;
}

interface Mysql2Pool {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
  config?: { connectionLimit?: number };
}

export function poolUse(dataSource: DataSource): PoolUse {
  const gate = sqliteGate(dataSource);
  if (gate) {
    const busy = gate.busy ? 1 : 0;
    return { all: 1, free: 1 - busy, queued: gate.waiting, limit: 1 };
  }
  const pool = (dataSource.driver as unknown as { pool?: Mysql2Pool }).pool;
  return {
    all: pool?._allConnections?.length ?? 0,
    free: pool?._freeConnections?.length ?? 0,
    queued: pool?._connectionQueue?.length ?? 0,
    limit: pool?.config?.connectionLimit ?? 0,
  };
}
