/**
 * The columns of an export, read off the GraphQL schema rather than listed by hand: every scalar
 * and enum field of the row's type that a column of its table serves, in the order the schema
 * prints them, then the named relations and the computed fields the catalogue adds. A value is
 * what GraphQL would answer for the field: the type's own serialize() (enums by name, the global
 * id for `id`), and null where a field rule (src/auth/field-rules.ts) hides it from this caller.
 */
import { getNamedType, GraphQLLeafType, GraphQLSchema, isInterfaceType, isLeafType, isListType, isNonNullType, isObjectType } from 'graphql';
import type { DataSource } from 'typeorm';
import { getMetadataStorage } from 'type-graphql';
import { FIELD_RULES } from '../auth/field-rules';
import type { FieldRule } from '../graphql/field-guards';
import { toGlobalId } from '../graphql/global-id';
import { rowShape } from '../db/rows';
import { Bilingual, ComputedColumn, ExportList, graphqlClassOf, NamedRelation } from './catalogue';
import { labelOf } from './labels';

export type ColumnSource =
  | { kind: 'id' }
  | { kind: 'scalar'; property: string; type: GraphQLLeafType; rule: FieldRule | null }
  | { kind: 'relation'; relation: NamedRelation; nameProperty: string }
  | { kind: 'computed'; computed: ComputedColumn };

export interface ExportColumn {
  /** The GraphQL field (`district` for a relation's name is `districtName`). */
  field: string;
  label: Bilingual;
  source: ColumnSource;
}

/** schema name → property, for a type-graphql class, its ancestors and the interfaces it implements (the nearest declaration wins). */
function propertiesOf(target: Function): Map<string, string> {
  const metadata = getMetadataStorage();
  const found = new Map<string, string>();
  const visit = (start: Function) => {
    for (let type: Function | null = start; type && type !== Function.prototype; type = Object.getPrototypeOf(type)) {
      for (const field of metadata.fields) if (field.target === type && !found.has(field.schemaName)) found.set(field.schemaName, field.name);
      for (const implemented of metadata.objectTypes.find((objectType) => objectType.target === type)?.interfaceClasses ?? []) visit(implemented);
    }
  };
  visit(target);
  return found;
}

/** The property a row is named by in GraphQL (`name`, or an activity's `title`). */
export function namePropertyOf(target: Function): string {
  const properties = propertiesOf(graphqlClassOf(target));
  const property = properties.get('name') ?? properties.get('title');
  if (!property) throw new Error(`export: ${target.name} has no name or title field to show a relation by`);
  return property;
}

/** Every column of `list`, in order. Throws at start-up (not per request) when the schema and the catalogue disagree. */
export function columnsOf(list: ExportList, schema: GraphQLSchema, dataSource: DataSource): ExportColumn[] {
  const type = schema.getType(list.typeName);
  if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`export ${list.name}: ${list.typeName} is not an object type of the schema`);
  const properties = propertiesOf(graphqlClassOf(list.entity));
  const stored = new Set(rowShape(dataSource, list.entity).properties);
  const rules = new Map<string, FieldRule>();
  for (const rule of FIELD_RULES) if (rule.type === list.typeName) for (const field of rule.fields) rules.set(field, rule);
  const columns: ExportColumn[] = [];
  for (const field of Object.values(type.getFields())) {
    const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
    if (isListType(unwrapped) || field.args.length > 0) continue;
    const named = getNamedType(field.type);
    if (!isLeafType(named)) continue;
    if (field.name === 'id') {
      columns.push({ field: 'id', label: labelOf('id', list.typeName), source: { kind: 'id' } });
      continue;
    }
    const property = properties.get(field.name);
    // A leaf the table does not hold is computed by a resolver: the catalogue says how, or it is left out.
    if (!property || !stored.has(property)) continue;
    columns.push({ field: field.name, label: labelOf(field.name, list.typeName), source: { kind: 'scalar', property, type: named, rule: rules.get(field.name) ?? null } });
  }
  for (const relation of list.relations) {
    if (!type.getFields()[relation.field]) throw new Error(`export ${list.name}: ${list.typeName}.${relation.field} is not a field of the schema`);
    columns.push({ field: `${relation.field}Name`, label: relation.label, source: { kind: 'relation', relation, nameProperty: namePropertyOf(relation.target()) } });
  }
  for (const computed of list.computed ?? []) {
    if (!type.getFields()[computed.field]) throw new Error(`export ${list.name}: ${list.typeName}.${computed.field} is not a field of the schema`);
    columns.push({ field: computed.field, label: computed.label, source: { kind: 'computed', computed } });
  }
  return columns;
}

/** The row properties a page must read for `columns` (the sort key, keys and field rules' needs among them). */
export function propertiesToRead(columns: readonly ExportColumn[], sortProperty: string, list: ExportList): string[] | null {
  const read = new Set<string>(['id', sortProperty]);
  for (const column of columns) {
    if (column.source.kind === 'scalar') {
      read.add(column.source.property);
      for (const need of column.source.rule?.needs ?? []) read.add(need);
    }
    if (column.source.kind === 'relation') read.add(column.source.relation.key);
  }
  // Computed columns and id types read what they like of the row: all of it.
  if (list.computed?.length || list.idTypeOf) return null;
  return [...read];
}

/** The global id as GraphQL shows it. */
export function globalIdOf(list: ExportList, row: Record<string, any>): string {
  return toGlobalId(list.idTypeOf ? list.idTypeOf(row) : list.typeName, row.id as number);
}
