/**
 * Plain-data types use type-graphql's `simpleResolvers` (no per-field wrapper; graphql-jit then
 * reads properties inline), which leaves a field without a resolver. A field whose schema name
 * differs from its property (`name` over `nameZh`) would then read the wrong property: this gives
 * exactly those fields a one-line resolver, per type, from type-graphql's own metadata.
 */
import { GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

function renamesOf(target: Function): Map<string, string> {
  const fields = getMetadataStorage().fields;
  const renames = new Map<string, string>();
  // The class and its ancestors: the nearest declaration of a field wins.
  for (let type: Function | null = target; type && type !== Function.prototype; type = Object.getPrototypeOf(type)) {
    for (const field of fields) {
      if (field.target === type && field.schemaName !== field.name && !renames.has(field.schemaName)) {
        renames.set(field.schemaName, field.name);
      }
    }
  }
  return renames;
}

export function installRenamedFieldResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const objectType of getMetadataStorage().objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const renames = renamesOf(objectType.target);
    for (const implemented of objectType.interfaceClasses ?? []) {
      for (const [schemaName, property] of renamesOf(implemented)) if (!renames.has(schemaName)) renames.set(schemaName, property);
    }
    const fields = type.getFields();
    for (const [schemaName, property] of renames) {
      const field = fields[schemaName];
      if (field && !field.resolve) field.resolve = (source: Record<string, unknown>) => source[property];
    }
  }
  return schema;
}
