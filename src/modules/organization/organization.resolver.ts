/**
 * Organisations: the root list and one by id, of every kind. Lists hanging off an organisation live
 * with what they list, on the `Organization` interface, so each concrete type (Consulate,
 * University, ...) inherits them.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import { fromGlobalId } from '../../graphql/global-id';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { Organization } from './organization.entity';
import { ORGANIZATION_ORDER, OrganizationFilter } from './organization.inputs';
import { organizationFilter } from './organization.service';
import { ORGANIZATION_TYPE_BY_KIND, ORGANIZATION_TYPE_NAMES, OrganizationConnection, OrganizationInterface } from './organization.types';

const ORGANIZATIONS = rootList(Organization, ORGANIZATION_ORDER, organizationFilter);

@Resolver(() => OrganizationInterface)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Organisations the network cooperates with (海外团体), of every kind.' })
  organizations(
    @Args() page: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Arg('orderBy', () => ORGANIZATION_ORDER.input, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, ORGANIZATIONS, page, filter, orderBy, info);
  }

  @Query(() => OrganizationInterface, { nullable: true, description: 'One organisation by its global id; null when there is none.' })
  async organization(@Arg('id', () => ID) id: string, @Ctx() { loaders }: AppContext) {
    const { typeName, id: rowId } = fromGlobalId(id, 'id', ORGANIZATION_TYPE_NAMES);
    const row = await loaders.byId(Organization).load(rowId);
    // The id names the kind's type: a Consulate id does not find a University.
    return row && ORGANIZATION_TYPE_BY_KIND[row.kind] === typeName ? row : null;
  }
}
