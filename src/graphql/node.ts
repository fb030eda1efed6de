/**
 * The Relay `Node` interface. Every type implementing it exposes a global id: installGlobalIds()
 * gives each such type's `id` field a resolver that encodes the row id with the type's name, so
 * loaders and services keep working with plain integer ids.
 */
import { GraphQLInterfaceType, GraphQLUnionType, GraphQLObjectType, GraphQLSchema, GraphQLTypeResolver } from 'graphql';
import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from './global-id';

@InterfaceType('Node', {
  description: 'An object with a global id, refetchable with node(id).',
  // Only types reachable from the schema's fields are emitted (not the abstract BaseRecord).
  autoRegisterImplementations: false,
  // node()/nodes() tag what they return with its concrete type name.
  resolveType: (value: { __typename?: string }) => resolveNodeType(value),
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id: opaque, stable, unique across all types.' })
  id: number;
}

export function installGlobalIds(schema: GraphQLSchema): GraphQLSchema {
  const node = schema.getType('Node');
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || !type.getInterfaces().some((i) => i === node)) continue;
    const typeName = type.name;
    type.getFields().id.resolve = (source: { id: number }) => toGlobalId(typeName, source.id);
  }
  return schema;
}

/**
 * type-graphql wraps every interface's and union's resolveType in an async function; graphql-jit
 * needs the type name synchronously. This puts the plain functions back, by interface or union name.
 */
export function installTypeResolvers(schema: GraphQLSchema, resolvers: Record<string, GraphQLTypeResolver<any, unknown>>): GraphQLSchema {
  for (const [name, resolveType] of Object.entries(resolvers)) {
    const type = schema.getType(name);
    if (!(type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType)) throw new Error(`installTypeResolvers: ${name} is not an interface or union of the schema`);
    type.resolveType = resolveType;
  }
  return schema;
}

/** Node-typed fields (node, nodes) return rows tagged with their type name. */
export const resolveNodeType = (value: { __typename?: string }) => value.__typename;
