/**
 * Writes the generated network into a migrated database. Idempotent: a row is inserted only if no
 * row of its table has its seed_key yet, so a second run inserts nothing and changes nothing.
 * Tables go in dependency order (src/db/entities.ts); references between rows are resolved from
 * seed_key to id once the referenced table is written. One transaction for the whole run, so a
 * failure leaves the database as it was; one connection, as SQLite requires.
 */
import type { DataSource, EntityMetadata } from 'typeorm';
import { entities } from '../src/db/entities';
import { rebuildSearchIndex } from '../src/modules/search/search-index';
import { Station } from '../src/modules/station/station.entity';
import { today } from '../src/time';
import { generateNetwork } from './generator';
import { insertRows, loadSeedKeys } from './lib/insert';
import { SeedProgress } from './lib/progress';
import type { EntityClass, Ref, SeedRow } from './lib/seed-set';
import type { Scale } from './scale';

export interface SeedOptions {
  /** Grow the network beyond the article's figures (benchmarks). Default: the article's. */
  scale?: Partial<Scale>;
  /**
   * The day (YYYY-MM-DD) the generated continuation runs to (seeds/gen/continuation.ts). Default:
   * today (src/time.ts), so a fresh demo's stations are ACTIVE; tests pin it. AS_OF gives the
   * network exactly as the article left it.
   */
  until?: string;
  /** Draw a progress bar on stderr. */
  progress?: boolean;
}

/** Rows inserted, per table name, in dependency order. */
export type SeedReport = Record<string, number>;

export async function seedNetwork(dataSource: DataSource, options: SeedOptions = {}): Promise<SeedReport> {
  const { rows } = generateNetwork(options.scale, { until: options.until ?? today() });
  const order = entities as EntityClass[];
  const unknown = rows.entities.filter((e) => !order.includes(e));
  if (unknown.length > 0) throw new Error(`seed rows for entities missing from src/db/entities.ts: ${unknown.map((e) => e.name).join(', ')}`);

  const referenced = new Set(order.flatMap((e) => dataSource.getMetadata(e).foreignKeys.map((fk) => fk.referencedEntityMetadata.target)));
  const progress = options.progress ? new SeedProgress() : null;
  const report: SeedReport = {};
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    await queryRunner.startTransaction();
    const ids = new Map<EntityClass, Map<string, number>>();
    const todo: Array<{ entity: EntityClass; meta: EntityMetadata; missing: SeedRow[] }> = [];
    for (const entity of order) {
      const meta = dataSource.getMetadata(entity);
      const existing = await loadSeedKeys(queryRunner, meta);
      ids.set(entity, existing);
      todo.push({ entity, meta, missing: rows.rows(entity).filter((row) => !existing.has(row.key)) });
    }

    const resolve = (ref: Ref): number => {
      const id = ids.get(ref.entity)?.get(ref.key);
      if (id === undefined) throw new Error(`seed row refers to ${ref.entity.name} "${ref.key}", which is neither seeded nor in the database`);
      return id;
    };
    progress?.start(todo.reduce((sum, t) => sum + t.missing.length, 0));
    for (const { entity, meta, missing } of todo) {
      report[meta.tableName] = missing.length;
      if (missing.length === 0) continue;
      await insertRows(queryRunner, meta, missing, resolve, (count) => progress?.advance(count, meta.tableName));
      // Later tables point at these rows: learn the ids the database gave them.
      if (referenced.has(entity)) ids.set(entity, await loadSeedKeys(queryRunner, meta));
    }
    await queryRunner.commitTransaction();
  } catch (error) {
    if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction();
    throw error;
  } finally {
    progress?.stop();
    await queryRunner.release();
  }
  // The records are in: index them for search, in a transaction of its own, once the seed's
  // connection is back in the pool (a pool of one would otherwise wait for itself).
  if (Object.values(report).some((count) => count > 0)) await rebuildSearchIndex(dataSource);
  return report;
}

/** True once any station exists: the network has been seeded (or entered) already. */
export async function hasNetwork(dataSource: DataSource): Promise<boolean> {
  const table = dataSource.driver.escape(dataSource.getMetadata(Station).tableName);
  const rows: unknown[] = await dataSource.query(`SELECT 1 AS present FROM ${table} LIMIT 1`);
  return rows.length > 0;
}
