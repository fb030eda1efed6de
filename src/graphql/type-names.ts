/**
 * Which GraphQL type a table's row is shown as, and back: global ids, node(id) and audit rows name
 * records by type. Entities are their own types under the name their @ObjectType gives (Account is
 * `User`); organisations share one table and take their kind's type (a CONSULATE row is a Consulate).
 */
import { getMetadataStorage } from 'type-graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { entities } from '../db/entities';
import { Organization, OrganizationKind } from '../modules/organization/organization.entity';
import { ORGANIZATION_TYPE_BY_KIND } from '../modules/organization/organization.types';

let byEntity: Map<Function, string> | null = null;
let byType: Map<string, EntityTarget<ObjectLiteral>> | null = null;

function build(): void {
  const objectTypes = getMetadataStorage().objectTypes;
  byEntity = new Map();
  byType = new Map();
  for (const entity of entities) {
    const declared = objectTypes.find((type) => type.target === entity);
    if (!declared) continue;
    byEntity.set(entity, declared.name);
    byType.set(declared.name, entity);
  }
  for (const typeName of Object.values(ORGANIZATION_TYPE_BY_KIND)) byType.set(typeName, Organization);
}

/** The GraphQL type a row of `entity` is shown as. */
export function typeNameOf(entity: Function, row?: { kind?: unknown }): string {
  if (entity === Organization) return ORGANIZATION_TYPE_BY_KIND[row?.kind as OrganizationKind] ?? 'Organization';
  if (!byEntity) build();
  return byEntity!.get(entity) ?? entity.name;
}

/** The table behind a GraphQL type name, or undefined when no table serves it. */
export function entityOfType(typeName: string): EntityTarget<ObjectLiteral> | undefined {
  if (!byType) build();
  return byType!.get(typeName);
}
