/**
 * Column builders for migrations, one per column decorator in src/db/columns.ts, so a migration
 * produces exactly the columns the entities declare, on SQLite and on MariaDB alike
 * (see STACK.md, "One model on SQLite and MariaDB: portability traps").
 *
 * Only QueryRunner-level types appear here: no dialect SQL. The two places where the dialects differ
 * (enum type, creation timestamp) are read from the running driver.
 */
import type { QueryRunner, TableColumnOptions } from 'typeorm';

export interface ColumnFlags {
  nullable?: boolean;
  comment?: string;
}

/** A literal for `default`: migrations pass SQL expressions, written the way both drivers normalise them. */
export function sqlLiteral(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

function flags(options: ColumnFlags): Pick<TableColumnOptions, 'isNullable' | 'comment'> {
  return {
    isNullable: options.nullable ?? false,
    ...(options.comment !== undefined ? { comment: options.comment } : {}),
  };
}

/** The surrogate key: `integer` (never `int`) so SQLite accepts AUTOINCREMENT on it. */
export function id(): TableColumnOptions {
  return { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
}

/** @CreateDateColumn: type, precision and default differ per driver, so they come from the driver. */
export function createdAt(queryRunner: QueryRunner): TableColumnOptions {
  const mapped = queryRunner.connection.driver.mappedDataTypes;
  return {
    name: 'created_at',
    type: String(mapped.createDate),
    ...(mapped.createDatePrecision !== undefined ? { precision: mapped.createDatePrecision } : {}),
    default: mapped.createDateDefault,
    isNullable: false,
  };
}

/** The four columns of BaseRecord: id, seed_key (unique, see recordTable), is_generated, created_at. */
export function recordColumns(queryRunner: QueryRunner): TableColumnOptions[] {
  return [
    id(),
    varcharColumn('seed_key', 80, { nullable: true }),
    booleanColumn('is_generated', { default: false }),
    createdAt(queryRunner),
  ];
}

/** A reference to another table's id (the constraint itself is declared with references()). */
export function fkColumn(name: string, options: ColumnFlags = {}): TableColumnOptions {
  return { name, type: 'integer', ...flags(options) };
}

export function intColumn(name: string, options: ColumnFlags = {}): TableColumnOptions {
  return { name, type: 'integer', ...flags(options) };
}

/** @NameColumn / @CountryColumn / @SeedKeyColumn: varchar of a given length. */
export function varcharColumn(name: string, length: number, options: ColumnFlags = {}): TableColumnOptions {
  return { name, type: 'varchar', length: String(length), ...flags(options) };
}

/** @NameColumn (default length 200). */
export function nameColumn(name: string, length = 200, options: ColumnFlags = {}): TableColumnOptions {
  return varcharColumn(name, length, options);
}

/** @CountryColumn: ISO 3166-1 alpha-2. */
export function countryColumn(name: string, options: ColumnFlags = {}): TableColumnOptions {
  return varcharColumn(name, 2, options);
}

/** @TextColumn. */
export function textColumn(name: string, options: ColumnFlags = {}): TableColumnOptions {
  return { name, type: 'text', ...flags(options) };
}

/** @DateOnlyColumn: a calendar date. */
export function dateColumn(name: string, options: ColumnFlags = {}): TableColumnOptions {
  return { name, type: 'date', ...flags(options) };
}

/** @MoneyColumn: whole units in BIGINT. */
export function moneyColumn(name: string, options: ColumnFlags = {}): TableColumnOptions {
  return { name, type: 'bigint', ...flags(options) };
}

export function booleanColumn(name: string, options: ColumnFlags & { default?: boolean } = {}): TableColumnOptions {
  return {
    name,
    type: 'boolean',
    ...flags(options),
    ...(options.default !== undefined ? { default: sqlLiteral(options.default) } : {}),
  };
}

/** An enum's values written out in a migration, `{ A: 'A', B: 'B' }`, in the order given. */
export function enumValues<K extends string>(...values: K[]): { readonly [V in K]: V } {
  return Object.fromEntries(values.map((value) => [value, value])) as { readonly [V in K]: V };
}

/**
 * The database type behind `simple-enum`: ENUM on MariaDB/MySQL, text with a CHECK on SQLite.
 * (`simple-enum` itself is only understood by TypeORM's entity layer; a QueryRunner on MariaDB would
 * send it verbatim and fail with "Unknown data type: 'simple'".)
 */
export function enumType(queryRunner: QueryRunner): string {
  const driver = queryRunner.connection.driver;
  return driver.supportedDataTypes.includes('enum') ? 'enum' : 'simple-enum';
}

/** @EnumColumn: the values come from the TypeScript enum the entity uses, so they cannot drift. */
export function enumColumn(
  queryRunner: QueryRunner,
  name: string,
  values: Record<string, string>,
  options: ColumnFlags & { default?: string } = {},
): TableColumnOptions {
  return {
    name,
    type: enumType(queryRunner),
    enum: Object.values(values),
    ...flags(options),
    ...(options.default !== undefined ? { default: sqlLiteral(options.default) } : {}),
  };
}
