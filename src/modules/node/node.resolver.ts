/**
 * Global object identification: `node(id)` and `nodes(ids)` find any object by its global id, with
 * the same loaders (and batching) as every other field.
 */
import { GraphQLResolveInfo, isObjectType } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { BadUserInputError } from '../../domain-errors';
import { fromGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { entityOfType } from '../../graphql/type-names';
import { Organization } from '../organization/organization.entity';
import { ORGANIZATION_TYPE_BY_KIND } from '../organization/organization.types';

export const MAX_NODES = 100;

/** The object a global id names, tagged with its type, or null when it is gone or out of the caller's scope. */
export async function loadNode(globalId: string, argument: string, { loaders }: AppContext, info: GraphQLResolveInfo) {
  const { typeName, id } = fromGlobalId(globalId, argument);
  const type = info.schema.getType(typeName);
  const entity = entityOfType(typeName);
  if (!entity || !isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) {
    throw new BadUserInputError(`${argument} "${globalId}" names no type of this API`, { argument });
  }
  const row = (await loaders.byId(entity).load(id)) as ({ kind?: keyof typeof ORGANIZATION_TYPE_BY_KIND } & object) | null;
  // An organisation id names its kind's type: a Consulate id does not find a University.
  if (!row || (entity === Organization && ORGANIZATION_TYPE_BY_KIND[row.kind!] !== typeName)) return null;
  // A copy tagged with its type (the loader's row is shared), still an instance of its entity:
  // renamed fields are getters on the entity's prototype (src/graphql/renamed-fields.ts).
  return Object.assign(Object.create(Object.getPrototypeOf(row)) as object, row, { __typename: typeName });
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it no longer exists.' })
  node(@Arg('id', () => ID, { description: 'A global id, as any object\'s `id` field gives it.' }) id: string, @Ctx() context: AppContext, @Info() info: GraphQLResolveInfo) {
    return loadNode(id, 'id', context, info);
  }

  @Query(() => [Node], { nullable: 'items', description: `Objects by global id, in the order asked (null where one no longer exists); at most ${MAX_NODES}.` })
  nodes(@Arg('ids', () => [ID], { description: 'Global ids, as the objects\' `id` fields give them.' }) ids: string[], @Ctx() context: AppContext, @Info() info: GraphQLResolveInfo) {
    if (ids.length > MAX_NODES) throw new BadUserInputError(`ids may hold at most ${MAX_NODES} ids (got ${ids.length})`, { argument: 'ids' });
    return Promise.all(ids.map((id, index) => loadNode(id, `ids[${index}]`, context, info)));
  }
}
