/** Every list whose nodes are partnerships themselves, one class per parent type: an organisation's ties, whoever holds them (the list is in partnership.loaders.ts). */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { OrganizationInterface } from '../organization/organization.types';
import { ORGANIZATION_PARTNERSHIPS } from './partnership.loaders';
import { PartnershipConnection } from './partnership.types';

@Resolver(() => OrganizationInterface)
export class OrganizationPartnershipListsResolver {
  @FieldResolver(() => PartnershipConnection, { description: 'Every partnership of the organisation, whoever holds it (stations, bases, the operator).' })
  partnerships(@Root() organization: OrganizationInterface, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, ORGANIZATION_PARTNERSHIPS, organization.id, page, info);
  }
}
