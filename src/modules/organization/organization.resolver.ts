/**
 * Organisations: the root list and the relations every kind shares. The field resolvers sit on the
 * `Organization` interface, so each concrete type (Consulate, University, ...) inherits them.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { fromGlobalId } from '../../graphql/global-id';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { PartnershipChildEdge } from '../partnership/partnership.types';
import { OrganizationBaseConnection } from '../offshore-base/offshore-base.types';
import { PartnershipConnection } from '../partnership/partnership.types';
import { PlatformConnection } from '../platform/platform.types';
import { ProjectConnection } from '../project/project.types';
import { OrganizationStationConnection } from '../station/station.types';
import { TalentConnection } from '../talent/talent.types';
import { Organization } from './organization.entity';
import { ORGANIZATION_ORDER, OrganizationFilter } from './organization.inputs';
import { organizationFilter } from './organization.service';
import { ORGANIZATION_TYPE_BY_KIND, ORGANIZATION_TYPE_NAMES, OrganizationConnection, OrganizationInterface } from './organization.types';
import { ORGANIZATION_PARTNER_BASES } from '../offshore-base/offshore-base.loaders';
import { ORGANIZATION_PARTNERSHIPS } from '../partnership/partnership.loaders';
import { ORGANIZATION_PLATFORMS } from '../platform/platform.loaders';
import { ORGANIZATION_PROJECTS } from '../project/project.loaders';
import { ORGANIZATION_PARTNER_STATIONS } from '../station/station.loaders';
import { ORGANIZATION_TALENTS } from '../talent/talent.loaders';

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

  @FieldResolver(() => OrganizationStationConnection, { description: 'Stations partnering with the organisation; the edge carries the partnership.' })
  partnerStations(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, ORGANIZATION_PARTNER_STATIONS, organization.id, page, info, PartnershipChildEdge);
  }

  @FieldResolver(() => OrganizationBaseConnection, { description: 'Offshore bases partnering with the organisation; the edge carries the partnership.' })
  partnerBases(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, ORGANIZATION_PARTNER_BASES, organization.id, page, info, PartnershipChildEdge);
  }

  @FieldResolver(() => PartnershipConnection, { description: 'Every partnership of the organisation, whoever holds it (stations, bases, the operator).' })
  partnerships(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, ORGANIZATION_PARTNERSHIPS, organization.id, page, info);
  }

  @FieldResolver(() => TalentConnection, { description: 'Talents affiliated with the organisation.' })
  affiliatedTalents(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, ORGANIZATION_TALENTS, organization.id, page, info);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects the organisation is the partner of.' })
  projects(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, ORGANIZATION_PROJECTS, organization.id, page, info);
  }

  @FieldResolver(() => PlatformConnection, { description: 'Technology-cooperation platforms built with the organisation.' })
  platforms(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, ORGANIZATION_PLATFORMS, organization.id, page, info);
  }
}
