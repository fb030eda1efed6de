/**
 * The generator's output: for each entity, rows identified by a stable seed key. Foreign keys are
 * written as references to another row's seed key; the seeder turns them into ids once the referenced
 * rows exist, so the data never depends on which ids a database hands out.
 */
import type { BaseRecord } from '../../src/db/base-record';

/** An entity class, as listed in src/db/entities.ts. */
export type EntityClass<E = object> = new () => E;

/** "The id of the `entity` row whose seed_key is `key`", resolved by the seeder. */
export class Ref {
  constructor(readonly entity: EntityClass, readonly key: string) {}
}

export function ref(entity: EntityClass, key: string): Ref {
  return new Ref(entity, key);
}

/**
 * Columns a seed row leaves out: an announcement's place in commit order is handed out when the API
 * publishes it, seeded ones take 0 (before every published one, by id among themselves); a name's
 * sort key is made from the name by the insert itself (seeds/lib/insert.ts).
 */
type LeftToDefault = 'publicationSeq' | 'nameSort';

/** The entity's own column properties: no base columns, no relation objects. */
type OwnColumns<E> = {
  [K in Exclude<keyof E, keyof BaseRecord | LeftToDefault> as NonNullable<E[K]> extends object ? never : K]: E[K];
};
type NullableKeys<T> = { [K in keyof T]-?: null extends T[K] ? K : never }[keyof T];
type Cell<T, K extends keyof T> = K extends `${string}Id` ? T[K] | Ref : T[K];

/** Values for one row, checked against the entity: required columns must be given, nullable ones may be left out. */
export type SeedValues<E, C = OwnColumns<E>> = { [K in Exclude<keyof C, NullableKeys<C>>]: Cell<C, K> } & {
  [K in NullableKeys<C>]?: Cell<C, K>;
};

export interface SeedRow {
  /** seed_key: unique within the table, at most 80 characters. */
  key: string;
  /** is_generated: false for records the article names, true for what the generator adds. */
  generated: boolean;
  values: Record<string, unknown>;
}

export const SEED_KEY_MAX = 80;

export class SeedSet {
  private readonly tables = new Map<EntityClass, { rows: SeedRow[]; keys: Set<string> }>();

  add<E extends object>(entity: EntityClass<E>, key: string, generated: boolean, values: SeedValues<E>): Ref {
    let table = this.tables.get(entity);
    if (!table) this.tables.set(entity, (table = { rows: [], keys: new Set() }));
    if (key.length > SEED_KEY_MAX) throw new RangeError(`seed key longer than ${SEED_KEY_MAX}: ${key}`);
    if (table.keys.has(key)) throw new Error(`duplicate seed key ${key} in ${entity.name}`);
    table.keys.add(key);
    table.rows.push({ key, generated, values: values as Record<string, unknown> });
    return new Ref(entity, key);
  }

  rows(entity: EntityClass): readonly SeedRow[] {
    return this.tables.get(entity)?.rows ?? [];
  }

  has(entity: EntityClass, key: string): boolean {
    return this.tables.get(entity)?.keys.has(key) ?? false;
  }

  get entities(): EntityClass[] {
    return [...this.tables.keys()];
  }
}
