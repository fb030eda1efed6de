/**
 * Reads rows as plain objects shaped like the entity (camelCase properties), straight from raw SQL.
 * Hot read paths skip TypeORM's entity hydration (ARCHITECTURE.md, "Speed"); the few conversions
 * the drivers disagree on (booleans, BIGINT) are compiled once per entity.
 */
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { toSafeInteger } from './columns';
import { sqlDriver } from './driver/sql-driver';

type Conversion = 'boolean' | 'integer' | 'timestamp' | null;

interface ColumnShape {
  property: string;
  column: string;
  conversion: Conversion;
}

/** Which properties to read: a list, or null for all of them. */
export type Projection = readonly string[] | null;

export interface RowShape<T> {
  readonly table: string;
  /** Every property a row of this entity can have. */
  readonly properties: readonly string[];
  /** The properties a projection reads, in column order (all of them for null). */
  projected(projection: Projection): string[];
  /** `alias.column AS prefix+property` for each projected column, escaped for the driver. */
  select(alias: string, prefix?: string, projection?: Projection): string[];
  /** One raw row (as selected with the same prefix) to the entity-shaped object. */
  read(raw: Record<string, unknown>, prefix?: string): T;
  /** The reader for one prefix and projection, for loops over many rows. */
  reader(prefix?: string, projection?: Projection): (raw: Record<string, unknown>) => T;
}

const SKIPPED = new Set(['createdAt']);

/** A datetime column as a Date: mysql2 gives one already; SQLite gives TypeORM's UTC text, 'YYYY-MM-DD HH:MM:SS.SSS'. */
function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(`${String(value).replace(' ', 'T')}Z`);
}

function conversionOf(type: unknown): Conversion {
  if (type === 'boolean' || type === Boolean) return 'boolean';
  if (type === 'bigint') return 'integer';
  if (type === 'datetime') return 'timestamp';
  return null;
}

const rowPrototypes = new WeakMap<object, object>();

/**
 * The prototype of the rows the readers build for an entity: one of the readers' own, made once per
 * entity class and derived from the class's prototype. Rows are instances of the class (so
 * type-graphql hands them to field resolvers as they are), yet the class itself is never changed:
 * what declareRowAliases adds lives here, where only rows read by this module see it.
 */
function rowPrototypeOf(entityPrototype: object): object {
  let prototype = rowPrototypes.get(entityPrototype);
  if (!prototype) rowPrototypes.set(entityPrototype, (prototype = Object.create(entityPrototype) as object));
  return prototype;
}

/**
 * Makes every row read for `entity` answer to a second name for some of its properties (`name` for
 * `nameZh`): the names the GraphQL schema gives them (src/graphql/renamed-fields.ts), so a field
 * without a resolver reads the row directly. An accessor on the rows' own prototype, not a copy in
 * each row: a row's own keys stay its columns (the audit trail records exactly those), and a copy
 * of a row made with its prototype (node(), search) answers to the name too. Rows of any other
 * making (TypeORM's own entities) do not: a renamed field then needs its resolver. Readers already
 * compiled see the names too: they share the prototype.
 */
export function declareRowAliases(entity: Function, aliases: ReadonlyMap<string, string>): void {
  const prototype = rowPrototypeOf(entity.prototype as object);
  for (const [alias, property] of aliases) {
    if (Object.prototype.hasOwnProperty.call(prototype, alias)) continue;
    Object.defineProperty(prototype, alias, {
      get(this: Record<string, unknown>) {
        return this[property];
      },
      enumerable: false,
      configurable: true,
    });
  }
}

/**
 * Compiles the row reader for one prefix into straight-line code: every row comes out with the same
 * hidden class, and as an instance of the entity class, so type-graphql hands it to field
 * resolvers as is instead of copying it into a new instance per field.
 */
function compileReader<T>(columns: ColumnShape[], prototype: object, prefix: string): (raw: Record<string, unknown>) => T {
  const body = columns
    .map((c, i) => {
      const value = `raw[${JSON.stringify(prefix + c.property)}]`;
      const read =
        c.conversion === 'boolean'
          ? `(v${i} = ${value}, v${i} == null ? v${i} : v${i} === true || v${i} === 1 || v${i} === '1')`
          : c.conversion === 'integer'
            ? `(v${i} = ${value}, v${i} == null ? v${i} : toSafeInteger(v${i}))`
            : c.conversion === 'timestamp'
              ? `(v${i} = ${value}, v${i} == null ? v${i} : toDate(v${i}))`
              : value;
      return `row[${JSON.stringify(c.property)}] = ${read};`;
    })
    .join('\n');
  const locals = columns.map((_, i) => `v${i}`).join(', ');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from entity metadata, not from input
  return new Function('toSafeInteger', 'toDate', 'prototype', `return function read(raw) { let ${locals}; const row = Object.create(prototype);\n${body}\nreturn row; };`)(
    toSafeInteger,
    toDate,
    prototype,
  ) as (raw: Record<string, unknown>) => T;
}

function compile<T>(metadata: EntityMetadata, escape: (name: string) => string): RowShape<T> {
  const columns: ColumnShape[] = metadata.columns
    .filter((column) => !SKIPPED.has(column.propertyName))
    .map((column) => ({ property: column.propertyName, column: column.databaseName, conversion: conversionOf(column.type) }));
  const prototype = typeof metadata.target === 'function' ? rowPrototypeOf(metadata.target.prototype as object) : Object.prototype;
  const readers = new Map<string, (raw: Record<string, unknown>) => T>();
  const projected = (projection: Projection | undefined) =>
    projection ? columns.filter((c) => projection.includes(c.property)) : columns;
  return {
    table: metadata.tableName,
    properties: columns.map((c) => c.property),
    projected: (projection) => projected(projection).map((c) => c.property),
    select: (alias, prefix = '', projection = null) =>
      projected(projection).map((c) => `${escape(alias)}.${escape(c.column)} AS ${escape(prefix + c.property)}`),
    reader(prefix = '', projection = null) {
      const key = `${prefix}|${projection ? projection.join(',') : '*'}`;
      let reader = readers.get(key);
      if (!reader) readers.set(key, (reader = compileReader<T>(projected(projection), prototype, prefix)));
      return reader;
    },
    read(raw, prefix = '') {
      return this.reader(prefix)(raw);
    },
  };
}

const cache = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, RowShape<unknown>>>();

export function rowShape<T>(dataSource: DataSource, entity: EntityTarget<T & ObjectLiteral>): RowShape<T> {
  let shapes = cache.get(dataSource);
  if (!shapes) cache.set(dataSource, (shapes = new Map()));
  let shape = shapes.get(entity as EntityTarget<ObjectLiteral>);
  if (!shape) {
    shape = compile(dataSource.getMetadata(entity), (name) => sqlDriver(dataSource).escape(name));
    shapes.set(entity as EntityTarget<ObjectLiteral>, shape);
  }
  return shape as RowShape<T>;
}
