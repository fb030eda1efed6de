/**
 * Fields that read `null` outside their scope (a talent's contact details, a decision's
 * conclusion), guarded in one place and installed last, after every speed lever: whatever a lever
 * did to a field's resolver, the guard wraps what is left. A guarded field must be nullable, and
 * its description says who may read it (docs/authorization.md lists the same rules).
 *
 * Schema build also fails when a guard would go unguarded: an `@Authorized` field on a type with
 * simpleResolvers gets no resolver from type-graphql (so no role check), and a direct resolver
 * (src/graphql/direct-resolvers.ts) would skip type-graphql's auth middleware.
 */
import { defaultFieldResolver, GraphQLFieldResolver, GraphQLSchema, isNonNullType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { isDirectResolver } from './direct-resolvers';
import { registerFieldNeeds } from './projection';

export interface FieldRule<Row = any, Context = any> {
  /** The GraphQL type, e.g. `Talent`. */
  type: string;
  fields: readonly string[];
  /** Who may read the fields, in the words the field descriptions and docs/authorization.md use. */
  readers: string;
  /** Row properties the rule reads; projections always read them when a guarded field is asked. */
  needs?: readonly string[];
  allows(row: Row, context: Context): boolean | Promise<boolean>;
}

const guarded = new WeakSet<GraphQLFieldResolver<unknown, unknown>>();

export function installFieldGuards(schema: GraphQLSchema, rules: readonly FieldRule[]): GraphQLSchema {
  for (const rule of rules) {
    const type = schema.getType(rule.type);
    if (!isObjectType(type)) throw new Error(`field rule for ${rule.type}: no such object type in the schema`);
    for (const name of rule.fields) {
      const field = type.getFields()[name];
      if (!field) throw new Error(`field rule for ${rule.type}.${name}: no such field`);
      if (isNonNullType(field.type)) throw new Error(`${rule.type}.${name} is guarded, so it must be nullable (it reads null outside its scope)`);
      const inner = field.resolve ?? defaultFieldResolver;
      const guard: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) => {
        const allowed = rule.allows(root, context);
        if (allowed === true) return inner(root, args, context, info);
        if (allowed === false) return null;
        return allowed.then((ok) => (ok ? inner(root, args, context, info) : null));
      };
      guarded.add(guard);
      field.resolve = guard;
      field.description = `${field.description ? `${field.description.replace(/\s*$/, '')} ` : ''}Visible to ${rule.readers}; null for everyone else.`;
      registerFieldNeeds(rule.type, name, rule.needs ?? []);
    }
  }
  return schema;
}

/** Throws, naming each field, when a guard declared in code would not run. */
export function assertGuarded(schema: GraphQLSchema, rules: readonly FieldRule[]): void {
  const problems: string[] = [];
  for (const rule of rules) {
    const type = schema.getType(rule.type);
    for (const name of rule.fields) {
      const resolve = isObjectType(type) ? type.getFields()[name]?.resolve : undefined;
      if (!resolve || !guarded.has(resolve)) problems.push(`${rule.type}.${name}: its field rule is not installed`);
    }
  }
  const metadata = getMetadataStorage();
  for (const objectType of metadata.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    const withRoles = [
      ...(objectType.fields ?? []).filter((field) => field.roles !== undefined).map((field) => field.schemaName),
      ...metadata.fieldResolvers.filter((resolver) => resolver.roles !== undefined && resolver.getObjectType?.() === objectType.target).map((resolver) => resolver.schemaName),
    ];
    for (const name of withRoles) {
      const resolve = fields[name]?.resolve;
      if (!resolve) problems.push(`${objectType.name}.${name}: @Authorized on a field without a resolver (simpleResolvers) is never checked`);
      else if (isDirectResolver(resolve)) problems.push(`${objectType.name}.${name}: a direct resolver would skip its @Authorized check`);
    }
  }
  if (problems.length) throw new Error(`Unguarded fields:\n  ${problems.join('\n  ')}`);
}
