/**
 * Organisations: the root list and the relations every kind shares. The field resolvers sit on the
 * `Organization` interface, so each concrete type (Consulate, University, ...) inherits them.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { ID_SORT } from '../../db/keyset';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs, toConnection, toWindow } from '../../graphql/connection';
import { rootProjection } from '../../graphql/projection';
import { fromGlobalId, rowIdsOf } from '../../graphql/global-id';
import { sortKey } from '../../graphql/ordering';
import { PartnershipChildEdge } from '../partnership/partnership.types';
import { PlatformConnection, ProjectConnection } from '../station/station.types';
import { TalentConnection } from '../talent/talent.types';
import * as types from './organization.connections';
import { Organization } from './organization.entity';
import { ORGANIZATION_SORT_FIELDS, OrganizationFilter, OrganizationOrder } from './organization.inputs';
import * as lists from './organization.loaders';
import { OrganizationCriteria } from './organization.service';
import { ORGANIZATION_TYPE_BY_KIND, ORGANIZATION_TYPE_NAMES, OrganizationInterface } from './organization.types';

export function organizationCriteria(filter: OrganizationFilter | null | undefined): OrganizationCriteria {
  if (!filter) return {};
  return {
    ...filter,
    partnerOfStationIds: rowIdsOf(filter.partnerOfStationIds, 'Station', 'filter.partnerOfStationIds'),
  };
}

@Resolver(() => OrganizationInterface)
export class OrganizationResolver {
  @Query(() => types.OrganizationConnection, { description: 'Organisations the network cooperates with (海外团体), of every kind.' })
  async organizations(
    @Args() page: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Arg('orderBy', () => OrganizationOrder, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OrganizationOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(ORGANIZATION_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = organizationCriteria(filter);
    const rows = await services.organizations.list(criteria, sort, toWindow(page, sort), rootProjection(info, Organization, sort));
    return toConnection(rows, sort, () => services.organizations.count(criteria));
  }

  @Query(() => OrganizationInterface, { nullable: true, description: 'One organisation by its global id; null when there is none.' })
  async organization(@Arg('id', () => ID) id: string, @Ctx() { loaders }: AppContext) {
    const { typeName, id: rowId } = fromGlobalId(id, 'id', ORGANIZATION_TYPE_NAMES);
    const row = await loaders.byId(Organization).load(rowId);
    // The id names the kind's type: a Consulate id does not find a University.
    return row && ORGANIZATION_TYPE_BY_KIND[row.kind] === typeName ? row : null;
  }

  @FieldResolver(() => types.OrganizationStationConnection, { description: 'Stations partnering with the organisation; the edge carries the partnership.' })
  partnerStations(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.ORGANIZATION_PARTNER_STATIONS, organization.id, page, PartnershipChildEdge);
  }

  @FieldResolver(() => types.OrganizationBaseConnection, { description: 'Offshore bases partnering with the organisation; the edge carries the partnership.' })
  partnerBases(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.ORGANIZATION_PARTNER_BASES, organization.id, page, PartnershipChildEdge);
  }

  @FieldResolver(() => types.PartnershipConnection, { description: 'Every partnership of the organisation, whoever holds it (stations, bases, the operator).' })
  partnerships(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.ORGANIZATION_PARTNERSHIPS, organization.id, page);
  }

  @FieldResolver(() => TalentConnection, { description: 'Talents affiliated with the organisation.' })
  affiliatedTalents(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.ORGANIZATION_TALENTS, organization.id, page);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects the organisation is the partner of.' })
  projects(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.ORGANIZATION_PROJECTS, organization.id, page);
  }

  @FieldResolver(() => PlatformConnection, { description: 'Technology-cooperation platforms built with the organisation.' })
  platforms(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.ORGANIZATION_PLATFORMS, organization.id, page);
  }
}
