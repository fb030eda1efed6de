/**
 * Table builder for migrations: every table of the model extends BaseRecord, so recordTable() adds the
 * four base columns and the seed_key unique, and names every constraint with constraintName() — the
 * same names SnakeNamingStrategy gives the entities, so the schema builder sees no difference.
 *
 * One dialect difference lives here: TypeORM keeps `unique: true` as a UNIQUE constraint on SQLite
 * (named by uniqueConstraintName: uq_<table>_<cols>) but turns it into a UNIQUE INDEX on MySQL and
 * MariaDB (named by indexName: idx_<table>_<cols>). uniqueKey() reproduces both.
 */
import { QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex, TableUnique } from 'typeorm';
import { recordColumns } from './columns';

export type OnDelete = 'CASCADE' | 'SET NULL' | 'RESTRICT';

/**
 * `<prefix>_<table>_<columns>`, capped at MySQL's 64 characters: the names SnakeNamingStrategy
 * (src/db/naming.ts) gives the entities' constraints. A copy, not an import: migrations are
 * history and must not change when application code does (test/migrations.test.ts compares both).
 */
export function constraintName(prefix: string, table: string, columns: string[]): string {
  return [prefix, table, ...columns].join('_').slice(0, 64);
}

export interface Reference {
  column: string;
  table: string;
  onDelete: OnDelete;
}

/** A foreign key from `column` to `table`.id, as a @ManyToOne with `onDelete` declares it. */
export function references(column: string, table: string, onDelete: OnDelete): Reference {
  return { column, table, onDelete };
}

export interface RecordTableSpec {
  /** The table's own columns (the BaseRecord columns are added in front). */
  columns: TableColumnOptions[];
  /** Unique constraints: `unique: true` on a column (uq_<table>_<cols>). */
  uniques?: string[][];
  /** Plain indices: @Index([...]) (idx_<table>_<cols>). */
  indices?: string[][];
  /** Unique indices: @Index([...], { unique: true }) (idx_<table>_<cols>). */
  uniqueIndices?: string[][];
  /** Foreign keys: @ManyToOne + @JoinColumn (fk_<table>_<col>). */
  foreignKeys?: Reference[];
}

/**
 * Drivers whose entity metadata stores unique constraints as unique indices
 * (mirrors TypeORM's EntityMetadataBuilder; DriverUtils is not part of TypeORM's public API).
 */
export function storesUniquesAsIndices(queryRunner: QueryRunner): boolean {
  return ['mysql', 'mariadb', 'aurora-mysql', 'sap', 'spanner'].includes(queryRunner.connection.driver.options.type);
}

export function recordTable(queryRunner: QueryRunner, name: string, spec: RecordTableSpec): Table {
  const uniqueKeys = [['seed_key'], ...(spec.uniques ?? [])];
  const uniquesAsIndices = storesUniquesAsIndices(queryRunner);
  return new Table({
    name,
    columns: [...recordColumns(queryRunner), ...spec.columns],
    uniques: uniquesAsIndices
      ? []
      : uniqueKeys.map((columnNames) => new TableUnique({ name: constraintName('uq', name, columnNames), columnNames })),
    indices: [
      ...(uniquesAsIndices
        ? uniqueKeys.map(
            (columnNames) => new TableIndex({ name: constraintName('idx', name, columnNames), columnNames, isUnique: true }),
          )
        : []),
      ...(spec.indices ?? []).map(
        (columnNames) => new TableIndex({ name: constraintName('idx', name, columnNames), columnNames }),
      ),
      ...(spec.uniqueIndices ?? []).map(
        (columnNames) => new TableIndex({ name: constraintName('idx', name, columnNames), columnNames, isUnique: true }),
      ),
    ],
    foreignKeys: (spec.foreignKeys ?? []).map(
      (fk) =>
        new TableForeignKey({
          name: constraintName('fk', name, [fk.column]),
          columnNames: [fk.column],
          referencedTableName: fk.table,
          referencedColumnNames: ['id'],
          onDelete: fk.onDelete,
          onUpdate: 'NO ACTION',
        }),
    ),
  });
}
