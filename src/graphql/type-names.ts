/**
 * Which GraphQL type a table's row is shown as, and back: global ids, node(id) and audit rows name
 * records by type. Entities are their own types under the name their @ObjectType gives (Account is
 * `User`). A table whose rows are shown as several types says so itself, with a static `rowTypes`
 * (organisations: a CONSULATE row is a Consulate), so this kit reads it from the entity list and
 * imports no module.
 */
import { getMetadataStorage } from 'type-graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { entities } from '../db/entities';

/** Declared as a static on an entity whose rows are shown as one of several GraphQL types. */
export interface RowTypes {
  /** Every type a row may be shown as. */
  readonly names: readonly string[];
  /** The type `row` is shown as, or undefined when the row does not say (then the entity's own name). */
  of(row: object): string | undefined;
}

function rowTypesOf(entity: Function): RowTypes | undefined {
  return (entity as Function & { rowTypes?: RowTypes }).rowTypes;
}

let byEntity: Map<Function, string> | null = null;
let byType: Map<string, EntityTarget<ObjectLiteral>> | null = null;

function build(): void {
  const objectTypes = getMetadataStorage().objectTypes;
  byEntity = new Map();
  byType = new Map();
  for (const entity of entities) {
    for (const typeName of rowTypesOf(entity)?.names ?? []) byType.set(typeName, entity);
    const declared = objectTypes.find((type) => type.target === entity);
    if (!declared) continue;
    byEntity.set(entity, declared.name);
    byType.set(declared.name, entity);
  }
}

/** The GraphQL type a row of `entity` is shown as. */
export function typeNameOf(entity: Function, row?: object): string {
  const ofRow = row && rowTypesOf(entity)?.of(row);
  if (ofRow) return ofRow;
  if (!byEntity) build();
  return byEntity!.get(entity) ?? entity.name;
}

/** The table behind a GraphQL type name, or undefined when no table serves it. */
export function entityOfType(typeName: string): EntityTarget<ObjectLiteral> | undefined {
  if (!byType) build();
  return byType!.get(typeName);
}
