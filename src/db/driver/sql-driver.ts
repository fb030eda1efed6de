/** The adapter for a data source's driver, one per dialect (the contract is in contract.ts). */
import type { DataSource } from 'typeorm';
import type { SqlDriver } from './contract';
import { mysqlDriver } from './mysql';
import { sqliteDriver } from './sqlite';

export type { PoolUse, SqlDriver } from './contract';

const drivers = new WeakMap<DataSource, SqlDriver>();

/** The adapter for a data source's driver, made once per data source. */
export function sqlDriver(dataSource: DataSource): SqlDriver {
  let driver = drivers.get(dataSource);
  if (!driver) drivers.set(dataSource, (driver = make(dataSource)));
  return driver;
}

function make(dataSource: DataSource): SqlDriver {
  const type = dataSource.options.type;
  if (type === 'better-sqlite3') return sqliteDriver(dataSource);
  if (type === 'mysql' || type === 'mariadb') return mysqlDriver(dataSource, type);
  throw new Error(`no SQL driver adapter for TypeORM's ${type} (src/db/driver/)`);
}
