/**
 * Field resolvers called directly where type-graphql's wrapper would change nothing.
 *
 * type-graphql calls each field resolver through a generic wrapper. On every call it sorts the
 * parameter list, converts the parent, validates each argument object through an async function,
 * and joins the parameters with Promise.all. Under a list that happens once per parent:
 * `station.talents` under 64 stations is 64 promise chains. Measured in-process on the peer query,
 * the wrapper allocated about 3.8 KB per call, a fifth of all the request allocated (docs/read-api.md,
 * "Speed levers").
 *
 * This pass swaps the wrapper for a direct call on every field where the wrapper can only pass
 * values through:
 * - no middleware and no auth roles, and no global middleware at all (each would be skipped);
 * - parameters that are the parent, the context (or a property of either), the info, or
 *   arguments whose classes declare no validation rules and hold only scalar and enum fields
 *   (for those, the coerced arguments object carries what the wrapper's class instance would).
 * Any other field keeps the wrapper. DIRECT_RESOLVERS=off (config) leaves every wrapper in place.
 */
import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { declaresRules } from './validation';

type Metadata = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Metadata['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];
type FieldMetadata = Metadata['fields'][number];

/** Reads one parameter of the method from the resolver's four arguments. */
type Extract = (root: any, args: any, context: any, info: any) => unknown;

const SCALAR_CLASSES: unknown[] = [String, Number, Boolean, Date];

/** A type that is not an input class: a scalar, a primitive's constructor, or an enum object. */
function isPlainValueType(type: unknown): boolean {
  return typeof type !== 'function' || SCALAR_CLASSES.includes(type);
}

/** Arguments the wrapper would only copy into a class instance: no rules, no nested input objects. */
function plainArguments(metadata: Metadata, target: Function): boolean {
  if (declaresRules(target)) return false;
  const argsType = metadata.argumentTypes.find((type) => type.target === target);
  return !!argsType?.fields && argsType.fields.every((field) => isPlainValueType(field.getType()));
}

function extractorFor(metadata: Metadata, param: ParamMetadata): Extract | null {
  switch (param.kind) {
    case 'root':
      return param.propertyName ? (root) => root[param.propertyName!] : (root) => root;
    case 'context':
      return param.propertyName ? (_root, _args, context) => context[param.propertyName!] : (_root, _args, context) => context;
    case 'info':
      return (_root, _args, _context, info) => info;
    case 'args':
      return plainArguments(metadata, param.getType() as Function) ? (_root, args) => args : null;
    case 'arg':
      return isPlainValueType(param.getType()) ? (_root, args) => args[param.name] : null;
    default:
      return null;
  }
}

/** The direct call for one field resolver, or null where the wrapper has work to do. */
function directResolver(metadata: Metadata, resolver: FieldResolverMetadata, instances: Map<Function, object>): GraphQLFieldResolver<unknown, unknown> | null {
  if (resolver.middlewares?.length || resolver.roles) return null;
  const target = resolver.target as (new () => Record<string, (...params: unknown[]) => unknown>) | undefined;
  // Resolver classes here take nothing in their constructor; one that does is left to type-graphql.
  if (!target || target.length > 0) return null;
  const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
  const extractors = params.map((param) => extractorFor(metadata, param));
  if (extractors.some((extract) => extract === null)) return null;
  let instance = instances.get(target) as Record<string, (...params: unknown[]) => unknown> | undefined;
  if (!instance) instances.set(target, (instance = new target()));
  const method = instance[resolver.methodName];
  if (typeof method !== 'function') return null;
  const self = instance;
  const [a, b, c, d] = extractors as Extract[];
  // Spelled out by arity: no parameter array per call.
  switch (extractors.length) {
    case 0:
      return () => method.call(self);
    case 1:
      return (root, args, context, info) => method.call(self, a(root, args, context, info));
    case 2:
      return (root, args, context, info) => method.call(self, a(root, args, context, info), b(root, args, context, info));
    case 3:
      return (root, args, context, info) =>
        method.call(self, a(root, args, context, info), b(root, args, context, info), c(root, args, context, info));
    case 4:
      return (root, args, context, info) =>
        method.call(self, a(root, args, context, info), b(root, args, context, info), c(root, args, context, info), d(root, args, context, info));
    default:
      return null;
  }
}

/** The field metadata a GraphQL object type was built from: its class, its ancestors, its interfaces, nearest first. */
function fieldsOf(metadata: Metadata, target: Function): FieldMetadata[] {
  const fields: FieldMetadata[] = [];
  for (let type: Function | null = target; type && type !== Function.prototype; type = Object.getPrototypeOf(type)) {
    const objectType = metadata.objectTypes.find((candidate) => candidate.target === type);
    fields.push(...(objectType?.fields ?? []));
    for (const implemented of objectType?.interfaceClasses ?? []) {
      fields.push(...(metadata.interfaceTypes.find((candidate) => candidate.target === implemented)?.fields ?? []));
    }
  }
  return fields;
}

const direct = new WeakSet<GraphQLFieldResolver<unknown, unknown>>();

/** Whether a field's resolver is a direct call installed here (which runs no middleware). */
export function isDirectResolver(resolve: GraphQLFieldResolver<unknown, unknown>): boolean {
  return direct.has(resolve);
}

export interface DirectResolverOptions {
  /** The global middlewares buildSchema was given: a direct call would skip them, so any at all keeps every wrapper. */
  globalMiddlewares?: readonly unknown[];
}

export function installDirectResolvers(schema: GraphQLSchema, { globalMiddlewares = [] }: DirectResolverOptions = {}): GraphQLSchema {
  if (globalMiddlewares.length > 0) return schema;
  const metadata = getMetadataStorage();
  const instances = new Map<Function, object>();
  for (const objectType of metadata.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = fieldsOf(metadata, objectType.target);
    for (const [name, field] of Object.entries(type.getFields())) {
      const declared = fields.find((candidate) => candidate.schemaName === name);
      if (!declared || !field.resolve) continue;
      const resolver = metadata.fieldResolvers.find(
        (candidate) => candidate.getObjectType?.() === declared.target && candidate.methodName === declared.name,
      );
      const call = resolver && directResolver(metadata, resolver, instances);
      if (call) {
        direct.add(call);
        field.resolve = call;
      }
    }
  }
  return schema;
}
