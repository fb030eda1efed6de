/**
 * snake_case names for every column TypeORM derives, so hand-written SQL in loaders, migrations and
 * the database console all read the same names as the entities declare in camelCase.
 */
import { DefaultNamingStrategy, NamingStrategyInterface, Table } from 'typeorm';

export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName?: string): string {
    return customName ?? snakeCase(className);
  }

  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snakeCase([...prefixes, customName ?? propertyName].join('_'));
  }

  override relationName(propertyName: string): string {
    return snakeCase(propertyName);
  }

  /**
   * Readable, deterministic constraint names (instead of TypeORM's hashes): migrations build the
   * same names with constraintName(), so the entities and the migrated tables compare equal.
   */
  override uniqueConstraintName(table: Table | string, columns: string[]): string {
    return constraintName('uq', table, columns);
  }

  override indexName(table: Table | string, columns: string[]): string {
    return constraintName('idx', table, columns);
  }

  override foreignKeyName(table: Table | string, columns: string[]): string {
    return constraintName('fk', table, columns);
  }

  override relationConstraintName(table: Table | string, columns: string[]): string {
    return constraintName('rel', table, columns);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snakeCase(`${relationName}_${referencedColumnName}`);
  }
}

/** MySQL caps identifiers at 64 characters; the names here stay well below. */
export function constraintName(prefix: string, table: Table | string, columns: string[]): string {
  const tableName = typeof table === 'string' ? table : table.name;
  return [prefix, tableName.split('.').pop(), ...columns].join('_').slice(0, 64);
}
