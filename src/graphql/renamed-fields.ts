/**
 * Fields whose schema name differs from the property behind them (`name` over `nameZh`,
 * `country` over `countryCode`).
 *
 * Plain-data types use type-graphql's `simpleResolvers`, so their fields have no resolver and
 * graphql-jit reads `row[field]` inline; a renamed field would read the wrong property. The plain
 * path gives each such field a one-line resolver, `row => row[property]`: it serves a row of any
 * making, but costs a call with a fresh resolve-info object per row (~700 on the peer query, every
 * partner's `name`). The speed lever (INLINE_RENAMED_FIELDS, on by default) instead has the
 * compiled row reader answer to the schema's names (declareRowAliases, src/db/rows.ts): the field
 * needs no resolver, and jit reads it inline. It relies on every row of those types coming from the
 * row readers, as every read of the API does. A renamed field no entity's rows answer to (a type
 * that is no entity) keeps the one-line resolver either way. Entity classes are never changed.
 */
import { GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { columnProperties } from '../db/columns';
import { declareRowAliases } from '../db/rows';

/** schema name → property, for one type-graphql class and its ancestors (nearest declaration wins). */
function renamesOf(target: Function): Map<string, string> {
  const fields = getMetadataStorage().fields;
  const renames = new Map<string, string>();
  for (let type: Function | null = target; type && type !== Function.prototype; type = Object.getPrototypeOf(type)) {
    for (const field of fields) {
      if (field.target === type && field.schemaName !== field.name && !renames.has(field.schemaName)) {
        renames.set(field.schemaName, field.name);
      }
    }
  }
  return renames;
}

/**
 * Has every entity's rows answer to each schema name the schema uses over one of its columns, unless
 * the entity has a property of that name itself. Returns "schemaName←property" pairs declared.
 */
function declareAliases(entities: readonly Function[], renames: Map<string, string>[]): Set<string> {
  const declared = new Set<string>();
  for (const entity of entities) {
    const columns = columnProperties(entity);
    const aliases = new Map<string, string>();
    for (const perType of renames) {
      for (const [schemaName, property] of perType) {
        if (!columns.has(property) || columns.has(schemaName) || schemaName in entity.prototype) continue;
        aliases.set(schemaName, property);
        declared.add(`${schemaName}←${property}`);
      }
    }
    if (aliases.size > 0) declareRowAliases(entity, aliases);
  }
  return declared;
}

export interface RenamedFieldOptions {
  /** The speed lever: rows answer to the schema's names, and the fields need no resolver (default on). */
  inline?: boolean;
}

export function installRenamedFields(schema: GraphQLSchema, entities: readonly Function[], { inline = true }: RenamedFieldOptions = {}): GraphQLSchema {
  const types = getMetadataStorage()
    .objectTypes.map((objectType) => {
      const renames = renamesOf(objectType.target);
      for (const implemented of objectType.interfaceClasses ?? []) {
        for (const [schemaName, property] of renamesOf(implemented)) if (!renames.has(schemaName)) renames.set(schemaName, property);
      }
      return { type: schema.getType(objectType.name), renames };
    })
    .filter(({ type, renames }) => isObjectType(type) && renames.size > 0);
  const served = inline
    ? declareAliases(
        entities,
        types.map(({ renames }) => renames),
      )
    : new Set<string>();
  for (const { type, renames } of types) {
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const [schemaName, property] of renames) {
      const field = fields[schemaName];
      if (field && !field.resolve && !served.has(`${schemaName}←${property}`)) {
        field.resolve = (source: Record<string, unknown>) => source[property];
      }
    }
  }
  return schema;
}
