/**
 * Multi-row INSERTs that fit both databases. better-sqlite3 binds at most 32,766 parameters per
 * statement (and long VALUES lists gain little), MariaDB's limit is the packet size; full batches
 * share one SQL text, so better-sqlite3's statement cache prepares it once per table.
 */
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata, QueryRunner } from 'typeorm';
import { NAME_SORT_PROPERTY, nameSortFor } from '../../src/db/name-sort-column';
import { Ref, type SeedRow } from './seed-set';

interface Limits {
  maxParams: number;
  maxRows: number;
}

const LIMITS: Record<'sqlite' | 'mysql', Limits> = {
  sqlite: { maxParams: 32_766, maxRows: 500 },
  mysql: { maxParams: 65_535, maxRows: 1_000 },
};

export function limitsFor(qr: QueryRunner): Limits {
  return qr.connection.options.type === 'better-sqlite3' ? LIMITS.sqlite : LIMITS.mysql;
}

/** The columns a seed row fills: all but the generated id and the database-stamped created_at. */
export function writableColumns(meta: EntityMetadata): ColumnMetadata[] {
  return meta.columns.filter((c) => !c.isGenerated && !c.isCreateDate && !c.isUpdateDate && !c.isVersion && !c.isVirtual);
}

export type ResolveRef = (ref: Ref) => number;

/** One row's parameters, in column order. */
function rowParams(meta: EntityMetadata, columns: ColumnMetadata[], known: Set<string>, row: SeedRow, resolve: ResolveRef): unknown[] {
  for (const property in row.values) {
    if (!known.has(property)) throw new Error(`${meta.tableName}: seed row ${row.key} sets unknown column ${property}`);
  }
  return columns.map((c) => {
    if (c.propertyName === 'seedKey') return row.key;
    if (c.propertyName === 'isGenerated') return row.generated ? 1 : 0;
    // The name's sort key, made as every other write makes it (src/db/name-sort-column.ts).
    if (c.propertyName === NAME_SORT_PROPERTY) return row.values[NAME_SORT_PROPERTY] ?? nameSortFor(meta.target as Function, row.values) ?? null;
    // A column the row leaves out takes its declared default (a version, a running total), as an
    // INSERT that named fewer columns would.
    const given = row.values[c.propertyName];
    const value = given === undefined && typeof c.default !== 'function' ? c.default : given;
    if (value instanceof Ref) return resolve(value);
    // better-sqlite3 binds no booleans; 1/0 means the same to MariaDB's TINYINT(1).
    if (typeof value === 'boolean') return value ? 1 : 0;
    return value ?? null;
  });
}

/** Inserts rows in batches; `done(n)` is told after each batch. */
export async function insertRows(qr: QueryRunner, meta: EntityMetadata, rows: readonly SeedRow[], resolve: ResolveRef, done: (count: number) => void): Promise<void> {
  const columns = writableColumns(meta);
  const known = new Set(columns.map((c) => c.propertyName));
  const escape = (name: string) => qr.connection.driver.escape(name);
  const { maxParams, maxRows } = limitsFor(qr);
  const perBatch = Math.max(1, Math.min(maxRows, Math.floor(maxParams / columns.length)));
  const head = `INSERT INTO ${escape(meta.tableName)} (${columns.map((c) => escape(c.databaseName)).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    const params = batch.flatMap((row) => rowParams(meta, columns, known, row, resolve));
    await qr.query(head + Array(batch.length).fill(tuple).join(', '), params);
    done(batch.length);
  }
}

/** seed_key → id for every seeded row of a table. */
export async function loadSeedKeys(qr: QueryRunner, meta: EntityMetadata): Promise<Map<string, number>> {
  const escape = (name: string) => qr.connection.driver.escape(name);
  const rows: Array<{ id: number | string; seed_key: string }> = await qr.query(
    `SELECT ${escape('id')}, ${escape('seed_key')} FROM ${escape(meta.tableName)} WHERE ${escape('seed_key')} IS NOT NULL`,
  );
  return new Map(rows.map((r) => [r.seed_key, Number(r.id)]));
}
