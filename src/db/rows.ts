/**
 * Reads rows as plain objects shaped like the entity (camelCase properties), straight from raw SQL.
 * Hot read paths skip TypeORM's entity hydration (ARCHITECTURE.md, "Speed"); the few conversions
 * the drivers disagree on (booleans, BIGINT) are compiled once per entity.
 */
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { toSafeInteger } from './columns';

type Conversion = 'boolean' | 'integer' | null;

interface ColumnShape {
  property: string;
  column: string;
  conversion: Conversion;
}

export interface RowShape<T> {
  readonly table: string;
  /** `alias.column AS prefix+property` for every column, escaped for the driver. */
  select(alias: string, prefix?: string): string[];
  /** One raw row (as selected with the same prefix) to the entity-shaped object. */
  read(raw: Record<string, unknown>, prefix?: string): T;
}

const SKIPPED = new Set(['createdAt']);

function conversionOf(type: unknown): Conversion {
  if (type === 'boolean' || type === Boolean) return 'boolean';
  if (type === 'bigint') return 'integer';
  return null;
}

function compile<T>(metadata: EntityMetadata, escape: (name: string) => string): RowShape<T> {
  const columns: ColumnShape[] = metadata.columns
    .filter((column) => !SKIPPED.has(column.propertyName))
    .map((column) => ({ property: column.propertyName, column: column.databaseName, conversion: conversionOf(column.type) }));
  return {
    table: metadata.tableName,
    select: (alias, prefix = '') =>
      columns.map((c) => `${escape(alias)}.${escape(c.column)} AS ${escape(prefix + c.property)}`),
    read(raw, prefix = '') {
      const row: Record<string, unknown> = {};
      for (const c of columns) {
        const value = raw[prefix + c.property];
        row[c.property] =
          value === null || value === undefined || c.conversion === null
            ? value
            : c.conversion === 'boolean'
              ? value === true || value === 1 || value === '1'
              : toSafeInteger(value as string | number);
      }
      return row as T;
    },
  };
}

const cache = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, RowShape<unknown>>>();

export function rowShape<T>(dataSource: DataSource, entity: EntityTarget<T & ObjectLiteral>): RowShape<T> {
  let shapes = cache.get(dataSource);
  if (!shapes) cache.set(dataSource, (shapes = new Map()));
  let shape = shapes.get(entity as EntityTarget<ObjectLiteral>);
  if (!shape) {
    shape = compile(dataSource.getMetadata(entity), (name) => dataSource.driver.escape(name));
    shapes.set(entity as EntityTarget<ObjectLiteral>, shape);
  }
  return shape as RowShape<T>;
}
