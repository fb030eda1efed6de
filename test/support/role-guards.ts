/**
 * Every access rule the built schema carries, walked from the schema and the code that guards it,
 * with the rows of docs/authorization.md that may stand for each:
 * - a root query, mutation or subscription, or an object type's field, marked `@Authorized`;
 * - an object type whose rows a row rule narrows (src/auth/row-scopes.ts);
 * - a field that reads null outside its scope (src/auth/field-rules.ts).
 * A rule whose name is in no such row is one the matrix does not tell a reader about.
 */
import { getNamedType, GraphQLNamedType, GraphQLSchema, isObjectType } from 'graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { getMetadataStorage } from 'type-graphql';
import type { FieldRule } from '../../src/graphql/field-guards';

export interface RoleGuard {
  /** What is guarded, as a reader would look it up: `auditEvents (query)`, `AuditEvent (row rule)`. */
  name: string;
  /** The matrix subjects any one of which covers it. */
  coveredBy: (subject: string) => boolean;
}

/** The type a field's value is about: a connection's node type, or the field's own named type. */
function subjectType(type: GraphQLNamedType): GraphQLNamedType {
  if (!isObjectType(type)) return type;
  const edges = type.getFields().edges;
  if (!edges) return type;
  const edge = getNamedType(edges.type);
  const node = isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type) : type;
}

/** `Type` or `Type <qualifier>` (`Engagement while PROPOSED`): a row about the type's records. */
const aboutType = (type: string) => (subject: string) => subject === type || subject.startsWith(`${type} `);

export function roleGuards(schema: GraphQLSchema, scopedEntities: readonly EntityTarget<ObjectLiteral>[], fieldRules: readonly FieldRule[]): RoleGuard[] {
  const metadata = getMetadataStorage();
  const guards: RoleGuard[] = [];
  const roots = [
    ['query', schema.getQueryType(), metadata.queries],
    ['mutation', schema.getMutationType(), metadata.mutations],
    ['subscription', schema.getSubscriptionType(), metadata.subscriptions],
  ] as const;
  for (const [kind, root, handlers] of roots) {
    if (!root) continue;
    const fields = root.getFields();
    for (const handler of handlers) {
      const field = fields[handler.schemaName];
      // Metadata is global to the process: a handler the schema was not built with is not its rule.
      if (!field || handler.roles === undefined) continue;
      const about = subjectType(getNamedType(field.type)).name;
      guards.push({ name: `${handler.schemaName} (${kind})`, coveredBy: (subject) => subject === handler.schemaName || (kind === 'query' && aboutType(about)(subject)) });
    }
  }
  for (const objectType of metadata.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type) || type !== schema.getType(type.name)) continue;
    const withRoles = [
      ...(objectType.fields ?? []).filter((field) => field.roles !== undefined).map((field) => field.schemaName),
      ...metadata.fieldResolvers.filter((resolver) => resolver.roles !== undefined && resolver.getObjectType?.() === objectType.target).map((resolver) => resolver.schemaName),
    ];
    for (const name of withRoles) {
      if (type.getFields()[name]) guards.push({ name: `${type.name}.${name} (field)`, coveredBy: (subject) => subject === `${type.name}.${name}` || subject === type.name });
    }
    if (scopedEntities.includes(objectType.target)) guards.push({ name: `${type.name} (row rule)`, coveredBy: aboutType(type.name) });
  }
  for (const rule of fieldRules) {
    for (const field of rule.fields) guards.push({ name: `${rule.type}.${field} (field rule)`, coveredBy: (subject) => subject === `${rule.type}.${field}` || subject === rule.type });
  }
  return guards;
}

/** The guards no subject of the matrix covers, by name. */
export function unlisted(guards: readonly RoleGuard[], subjects: readonly string[]): string[] {
  return guards.filter((guard) => !subjects.some(guard.coveredBy)).map((guard) => guard.name);
}
