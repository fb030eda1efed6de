/**
 * Which columns a list must read, from what the client asked for. Reading only those cut
 * the bytes MariaDB sends, what mysql2 parses and what the collector sweeps (ARCHITECTURE.md,
 * "Speed": GC led the profile). The rule is conservative: a field is served by a column of
 * its own name, by a `<field>Id` foreign key (to-one relations), or by the row id (connections);
 * any other field may need anything, and then every column is read.
 */
import {
  FieldNode,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  SelectionSetNode,
  getNamedType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { columnProperties } from '../db/columns';
import type { SortKey } from '../db/keyset';
import type { Projection } from '../db/rows';

/** GraphQL field names that differ from the property behind them (e.g. name → nameZh). */
let renamed: Map<string, string> | null = null;
function propertyOf(field: string): string {
  if (!renamed) {
    renamed = new Map(
      getMetadataStorage()
        .fields.filter((f) => f.schemaName !== f.name)
        .map((f) => [f.schemaName, f.name]),
    );
  }
  return renamed.get(field) ?? field;
}

/** Row properties a guarded field's rule reads (src/graphql/field-guards.ts), by `Type.field`. */
const fieldNeeds = new Map<string, readonly string[]>();

export function registerFieldNeeds(typeName: string, field: string, properties: readonly string[]): void {
  fieldNeeds.set(`${typeName}.${field}`, properties);
}

/** Names of the fields selected at `path` below the current field, through fragments. */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const step of path) {
    sets = collect(info, sets)
      .filter((field) => field.name.value === step && field.selectionSet)
      .map((field) => field.selectionSet!);
  }
  return new Set(collect(info, sets).map((field) => field.name.value));
}

function collect(info: GraphQLResolveInfo, sets: SelectionSetNode[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') fields.push(selection);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

/**
 * The properties to read for rows shown as `typeName` when `fields` are asked, or null for all.
 * `properties` are the entity's; `alwaysRead` are added whatever is asked (ids, type discriminators).
 */
export function propertiesFor(
  info: GraphQLResolveInfo,
  typeName: string,
  fields: Set<string>,
  properties: readonly string[],
  alwaysRead: readonly string[] = [],
): string[] | null {
  const type = info.schema.getType(typeName);
  const known = new Set(properties);
  const wanted = new Set(['id', ...alwaysRead.filter((p) => known.has(p))]);
  for (const field of fields) {
    if (field === '__typename' || field === 'cursor' || field === 'node') continue;
    // A guarded field needs what its rule reads, as well as its own column.
    for (const needed of fieldNeeds.get(`${typeName}.${field}`) ?? []) if (known.has(needed)) wanted.add(needed);
    const property = known.has(field) ? field : propertyOf(field);
    if (known.has(property)) wanted.add(property);
    else if (known.has(`${field}Id`)) wanted.add(`${field}Id`);
    else if (!servedById(type, field)) return null;
  }
  return [...wanted];
}

/** A connection-typed field needs only the parent's id. */
function servedById(type: unknown, field: string): boolean {
  if (!isObjectType(type) && !isInterfaceType(type)) return false;
  const definition = (type as GraphQLObjectType).getFields()[field];
  return !!definition && getNamedType(definition.type).name.endsWith('Connection');
}

/** Worked out once per field of a document (Apollo reuses the parsed document), not per request. */
/** The edge and node types of the connection a field returns. */
export function connectionTypes(info: GraphQLResolveInfo): { edgeType: GraphQLObjectType; nodeType: GraphQLNamedType } {
  const edgeType = getNamedType((getNamedType(info.returnType) as GraphQLObjectType).getFields().edges.type) as GraphQLObjectType;
  return { edgeType, nodeType: getNamedType(edgeType.getFields().node.type) };
}

const rootProjections = new WeakMap<FieldNode, Map<string, Projection>>();

/**
 * The columns a root list (`stations(...)`) reads for the nodes asked under `edges.node`: the
 * page's sort column always (cursors are made of it), a type discriminator if the entity has one.
 */
export function rootProjection(info: GraphQLResolveInfo, entity: Function, sort: SortKey): Projection {
  const field = info.fieldNodes[0];
  let bySort = rootProjections.get(field);
  if (!bySort) rootProjections.set(field, (bySort = new Map()));
  let projection = bySort.get(sort.name);
  if (projection === undefined) {
    const { nodeType } = connectionTypes(info);
    const properties = [...columnProperties(entity)];
    projection =
      info.fieldNodes.length > 1 ? null : propertiesFor(info, nodeType.name, selectedFields(info, ['edges', 'node']), properties, ['kind', sort.property]);
    bySort.set(sort.name, projection);
  }
  return projection;
}
