/**
 * The `name_sort` column: the pinyin sort key of a row's name (src/text/name-sort.ts),
 * stored beside it so `orderBy: NAME` is a plain indexed keyset on both databases. The entity says
 * once which property the key follows (`@NameSortColumn('nameZh')`, or `sorted` in `@BilingualName`,
 * bilingual-name.ts), and every write fills it from there:
 * - TypeORM writes (the write side's `Mutation.insert/update`, repository `save`, `manager.insert`
 *   with plain objects) through `NameSortSubscriber`, which TypeORM calls before each INSERT and
 *   UPDATE with the values being written;
 * - the seed's own batched INSERTs (seeds/lib/insert.ts) through `nameSortFor`.
 * A raw SQL INSERT that forgets it fails: the column is NOT NULL without a default, on purpose.
 */
import { EntitySubscriberInterface, EventSubscriber, Index, InsertEvent, UpdateEvent } from 'typeorm';
import { nameSortKey, NAME_SORT_LENGTH, NameSortOptions } from '../text/name-sort';
import { NameColumn } from './columns';

export const NAME_SORT_PROPERTY = 'nameSort';

interface NameSortSource extends NameSortOptions {
  /** The property holding the name the key is made from. */
  property: string;
}

const sources = new Map<Function, NameSortSource>();

/**
 * Declares `nameSort` on an entity: the sort key of `property`, compared byte for byte (utf8mb4_bin
 * on MariaDB, migration 1797000100000; SQLite's default comparison is binary already), indexed for
 * lists ordered by NAME.
 */
export function NameSortColumn(property: string, options: NameSortOptions = {}): PropertyDecorator {
  return (target, propertyKey) => {
    if (propertyKey !== NAME_SORT_PROPERTY) throw new Error(`@NameSortColumn belongs on a property named ${NAME_SORT_PROPERTY}`);
    sources.set(target.constructor, { property, ...options });
    NameColumn({ length: NAME_SORT_LENGTH, charset: 'utf8mb4', collation: 'utf8mb4_bin' })(target, propertyKey);
    Index()(target, propertyKey);
  };
}

/** The key for a row about to be written with `values`, or undefined when the entity has none or the name is not among them. */
export function nameSortFor(entity: Function, values: Record<string, unknown>): string | undefined {
  const source = sources.get(entity);
  const name = source ? values[source.property] : undefined;
  return typeof name === 'string' ? nameSortKey(name, source) : undefined;
}

/** Keeps `nameSort` in step with the name on every TypeORM insert and update (see the file's header). */
@EventSubscriber()
export class NameSortSubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<Record<string, unknown>>): void {
    fill(event.metadata.target, event.entity);
  }

  beforeUpdate(event: UpdateEvent<Record<string, unknown>>): void {
    if (event.entity) fill(event.metadata.target, event.entity as Record<string, unknown>);
  }
}

function fill(target: Function | string, values: Record<string, unknown> | undefined): void {
  if (typeof target !== 'function' || !values) return;
  const key = nameSortFor(target, values);
  if (key !== undefined) values[NAME_SORT_PROPERTY] = key;
}
