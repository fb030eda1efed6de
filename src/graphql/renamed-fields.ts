/**
 * Fields whose schema name differs from the property behind them (`name` over `nameZh`,
 * `country` over `countryCode`).
 *
 * Plain-data types use type-graphql's `simpleResolvers`, so their fields have no resolver and
 * graphql-jit reads `row[field]` inline; a renamed field would read the wrong property. Rows are
 * instances of their entity class (src/db/rows.ts), so each such name becomes a getter on the
 * entity's prototype and the field still needs no resolver. A resolver here would cost a call with
 * a fresh resolve-info object per row: ~700 of them on the peer query (every partner's `name`).
 * A renamed field that no entity's getter serves gets a one-line resolver instead, as before.
 */
import { GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { columnProperties } from '../db/columns';

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
 * Gives every entity a getter for each schema name the schema uses over one of its columns, unless
 * the entity has a property of that name itself. Returns "schemaName←property" pairs installed.
 */
function installGetters(entities: readonly Function[], renames: Map<string, string>[]): Set<string> {
  const installed = new Set<string>();
  for (const entity of entities) {
    const columns = columnProperties(entity);
    for (const perType of renames) {
      for (const [schemaName, property] of perType) {
        if (!columns.has(property) || columns.has(schemaName) || schemaName in entity.prototype) continue;
        Object.defineProperty(entity.prototype, schemaName, {
          get(this: Record<string, unknown>) {
            return this[property];
          },
          configurable: true,
        });
        installed.add(`${schemaName}←${property}`);
      }
    }
  }
  return installed;
}

export function installRenamedFields(schema: GraphQLSchema, entities: readonly Function[]): GraphQLSchema {
  const types = getMetadataStorage()
    .objectTypes.map((objectType) => {
      const renames = renamesOf(objectType.target);
      for (const implemented of objectType.interfaceClasses ?? []) {
        for (const [schemaName, property] of renamesOf(implemented)) if (!renames.has(schemaName)) renames.set(schemaName, property);
      }
      return { type: schema.getType(objectType.name), renames };
    })
    .filter(({ type, renames }) => isObjectType(type) && renames.size > 0);
  const served = installGetters(
    entities,
    types.map(({ renames }) => renames),
  );
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
