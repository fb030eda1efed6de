/**
 * The Relay `Node` interface. Every type implementing it exposes a global id: installGlobalIds()
 * gives each such type's `id` field a resolver that encodes the row id with the type's name, so
 * loaders and services keep working with plain integer ids.
 */
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from './global-id';

@InterfaceType('Node', {
  description: 'An object with a global id, refetchable with node(id).',
  // Only types reachable from the schema's fields are emitted (not the abstract BaseRecord).
  autoRegisterImplementations: false,
  // node()/nodes() tag what they return with its concrete type name.
  resolveType: (value: { __typename?: string }) => value.__typename,
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
