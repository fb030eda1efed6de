/**
 * How busy the database connections are, read when /metrics is scraped (nothing is counted per
 * query). MySQL/MariaDB: mysql2's pool; SQLite: one connection, busy while a transaction holds it,
 * with the transactions waiting their turn as the queue. The driver adapter reads them
 * (src/db/driver/).
 */
import type { DataSource } from 'typeorm';
import { PoolUse, sqlDriver } from '../db/driver/sql-driver';

export type { PoolUse };

export function poolUse(dataSource: DataSource): PoolUse {
  return sqlDriver(dataSource).poolUse();
}
