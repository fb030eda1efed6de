/**
 * A batched read that the generic loaders (rows by id, pages, child lists) do not cover: a list of
 * codes per parent, a yes/no per row for a field rule. It is declared once, as a module constant,
 * naming the tables its statement reads; the loaders hand it the caller's scope for exactly those
 * tables, and key the per-request DataLoader by the declaration object itself, so no two batches
 * can share a cache by a clash of names and no batch reads a table it did not declare.
 */
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Binder } from './sql-params';

type AnyEntity = EntityTarget<ObjectLiteral>;

/** What a batch's statement is given: the caller's scope on its declared tables, and a way to run it. */
export interface BatchReader {
  readonly dataSource: DataSource;
  /** SQL the caller's rows of `entity` (aliased `alias`) meet; `1 = 1` when every row is visible. Only for declared tables. */
  where(entity: AnyEntity, alias: string, params: Binder): string;
  /** Runs the statement (in the request's transaction, if any); `read` turns its rows into the values. */
  read<Raw = Record<string, unknown>, R = Raw[]>(query: string, parameters: unknown[], read: (rows: Raw[]) => R): Promise<R>;
}

/**
 * One kind of batched read. `P` is what the caller fixes for the whole request (e.g. the viewer's
 * host unit): one DataLoader per batch and parameter, its keys batched into one statement.
 */
export interface ScopedBatch<K, V, P = undefined> {
  /** For messages: what the batch reads. */
  readonly name: string;
  /** Every table the statement reads; each gets the caller's scope through `reader.where`. */
  readonly reads: readonly AnyEntity[];
  load(keys: readonly K[], reader: BatchReader, param: P): Promise<V[]>;
}

/** Declares a batch (the returned object is its identity: keep it in a module constant). */
export function scopedBatch<K, V, P = undefined>(batch: ScopedBatch<K, V, P>): ScopedBatch<K, V, P> {
  return Object.freeze({ ...batch, reads: Object.freeze([...batch.reads]) });
}
