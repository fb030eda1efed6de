/**
 * Organisations: the root list and one by id, of every kind. Lists hanging off an organisation live
 * with what they list, on the `Organization` interface, so each concrete type (Consulate,
 * University, ...) inherits them.
 */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { fromGlobalId } from '../../graphql/global-id';
import { ReadResolver } from '../../graphql/read-resolver';
import { Organization } from './organization.entity';
import { ORGANIZATION_ORDER, OrganizationFilter, organizationFilter } from './organization.filters';
import { ORGANIZATION_TYPE_BY_KIND, ORGANIZATION_TYPE_NAMES, OrganizationConnection, OrganizationInterface } from './organization.types';

export const OrganizationResolver = ReadResolver(Organization, {
  list: {
    name: 'organizations',
    connection: OrganizationConnection,
    filter: OrganizationFilter,
    where: organizationFilter,
    ordering: ORGANIZATION_ORDER,
    description: 'Organisations the network cooperates with (海外团体), of every kind.',
  },
});

/** By id, hand-written: the global id names the kind's type, which ReadResolver's byId (one type per table) does not check. */
@Resolver(() => OrganizationInterface)
export class OrganizationByIdResolver {
  @Query(() => OrganizationInterface, { nullable: true, description: 'One organisation by its global id; null when there is none.' })
  async organization(@Arg('id', () => ID, { description: 'The global id of any organisation type (Consulate, University, ...).' }) id: string, @Ctx() { loaders }: AppContext) {
    const { typeName, id: rowId } = fromGlobalId(id, 'id', ORGANIZATION_TYPE_NAMES);
    const row = await loaders.byId(Organization).load(rowId);
    // The id names the kind's type: a Consulate id does not find a University.
    return row && ORGANIZATION_TYPE_BY_KIND[row.kind] === typeName ? row : null;
  }
}
