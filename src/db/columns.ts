/**
 * Column shapes that must behave the same on SQLite and MariaDB (see STACK.md, "portability traps").
 * Entities use these decorators; migrations use the matching builders in migrations/lib/columns.ts.
 */
import { Column, ColumnOptions, getMetadataArgsStorage, JoinColumn, ManyToOne, ValueTransformer } from 'typeorm';
import type { OnDeleteType } from 'typeorm/metadata/types/OnDeleteType';
import { snakeCase } from './naming';

/** Whole-yuan money: BIGINT in the database, a JS number in the app (exact below 2^53). */
export const wholeNumberTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => toSafeInteger(value),
};

/** Converts a BIGINT or SUM() read from either driver (number on SQLite, string on MySQL) to a number. */
export function toSafeInteger(value: string | number | bigint | null | undefined): number {
  if (value === null || value === undefined) return value as unknown as number;
  const result = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(result)) {
    throw new RangeError(`integer ${String(value)} is beyond 2^53 - 1 and would lose precision`);
  }
  return result;
}

export function MoneyColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'bigint', transformer: wholeNumberTransformer, ...options });
}

/** A calendar date kept as 'YYYY-MM-DD' text in JS, never as a Date (no time-zone shifts). */
export function DateOnlyColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'date', ...options });
}

/** An enum stored as ENUM on MariaDB and as text with a CHECK on SQLite. */
export function EnumColumn(values: Record<string, string>, options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'simple-enum', enum: Object.values(values), ...options });
}

/** A moment, to the millisecond, in UTC (plain `datetime` would drop the milliseconds on MariaDB). */
export function TimestampColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'datetime', precision: 3, ...options });
}

/**
 * A moment as a timestamp column holds it, 'YYYY-MM-DD HH:MM:SS.SSS' in UTC: the text SQLite stores
 * and compares, and a literal MariaDB reads as the same DATETIME(3). Bind this, never a Date, in raw
 * SQL (better-sqlite3 refuses Dates; an ISO string's 'T' and 'Z' would not compare as text).
 */
export function timestampText(moment: Date): string {
  return moment.toISOString().replace('T', ' ').replace('Z', '');
}

/** Short human text: names, titles. */
export function NameColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 200, ...options });
}

/** Long human text: descriptions, opinions, bodies. */
export function TextColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'text', ...options });
}

/** The stable key a seeded record is found by, so seeding twice inserts nothing twice. */
export function SeedKeyColumn(): PropertyDecorator {
  return Column({ type: 'varchar', length: 80, nullable: true, unique: true });
}

/** True for records the deterministic generator made up to reach the article's figures. */
export function GeneratedFlagColumn(): PropertyDecorator {
  return Column({ type: 'boolean', default: false });
}

/** ISO 3166-1 alpha-2 country code. */
export function CountryColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 2, ...options });
}

export interface ForeignKeyOptions {
  onDelete: OnDeleteType;
  nullable?: boolean;
  unique?: boolean;
  comment?: string;
}

/**
 * An integer column referencing another table's id, with its foreign-key constraint. Put it on the
 * `<relation>Id` property; it declares a `<relation>` many-to-one for TypeORM's schema (constraint,
 * index, migration diff) without a class property, because relations are read through loaders and
 * never through TypeORM's relation loading. The target is the entity class, or its class name where
 * the referencing entity may not import it (the write kit's audit rows name the account tables).
 */
export function ForeignKey(target: (() => Function) | string, options: ForeignKeyOptions): PropertyDecorator {
  return (prototype, propertyKey) => {
    const idProperty = String(propertyKey);
    if (!idProperty.endsWith('Id')) throw new Error(`@ForeignKey goes on a property named <relation>Id, not ${idProperty}`);
    const relationProperty = idProperty.slice(0, -'Id'.length);
    Column({ type: 'integer', nullable: options.nullable, unique: options.unique, comment: options.comment })(prototype, idProperty);
    ManyToOne(target, { onDelete: options.onDelete })(prototype, relationProperty);
    JoinColumn({ name: snakeCase(idProperty) })(prototype, relationProperty);
  };
}

/** The column properties of an entity class, inherited ones included (from the decorators, no DataSource needed). */
export function columnProperties(entity: Function): Set<string> {
  const columns = getMetadataArgsStorage().columns;
  const properties = new Set<string>();
  for (let type: Function | null = entity; type && type !== Function.prototype; type = Object.getPrototypeOf(type)) {
    for (const column of columns) if (column.target === type) properties.add(column.propertyName);
  }
  return properties;
}
