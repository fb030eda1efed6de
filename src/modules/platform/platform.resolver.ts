import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { ID_SORT } from '../../db/keyset';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs, toConnection, toWindow } from '../../graphql/connection';
import { rootProjection } from '../../graphql/projection';
import { rowIdsOf } from '../../graphql/global-id';
import { sortKey } from '../../graphql/ordering';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Platform } from './platform.entity';
import { PLATFORM_SORT_FIELDS, PlatformFilter, PlatformOrder } from './platform.inputs';
import { PLATFORM_PARTNERS } from './platform.loaders';
import { PlatformCriteria } from './platform.service';
import { PlatformConnection, PlatformPartnerConnection } from './platform.types';

export function platformCriteria(filter: PlatformFilter | null | undefined): PlatformCriteria {
  if (!filter) return {};
  return {
    ...filter,
    stationIds: rowIdsOf(filter.stationIds, 'Station', 'filter.stationIds'),
    offshoreBaseIds: rowIdsOf(filter.offshoreBaseIds, 'OffshoreBase', 'filter.offshoreBaseIds'),
    researchFieldIds: rowIdsOf(filter.researchFieldIds, 'ResearchField', 'filter.researchFieldIds'),
    partnerOrganizationIds: rowIdsOf(filter.partnerOrganizationIds, ORGANIZATION_TYPE_NAMES, 'filter.partnerOrganizationIds'),
  };
}

@Resolver(() => Platform)
export class PlatformResolver {
  @Query(() => PlatformConnection, { description: 'Overseas technology-cooperation platforms (海外技术合作平台).' })
  async platforms(
    @Args() page: PageArgs,
    @Arg('filter', () => PlatformFilter, { nullable: true }) filter: PlatformFilter | null,
    @Arg('orderBy', () => PlatformOrder, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: PlatformOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(PLATFORM_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = platformCriteria(filter);
    const rows = await services.platforms.list(criteria, sort, toWindow(page, sort), rootProjection(info, Platform, sort));
    return toConnection(rows, sort, () => services.platforms.count(criteria));
  }

  @FieldResolver(() => Station, { nullable: true, description: 'The station that built the platform; null when a base did.' })
  station(@Root() platform: Platform, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Station, platform.stationId);
  }

  @FieldResolver(() => OffshoreBase, { nullable: true, description: 'The offshore base that built the platform; null when a station did.' })
  offshoreBase(@Root() platform: Platform, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(OffshoreBase, platform.offshoreBaseId);
  }

  @FieldResolver(() => ResearchField, { nullable: true })
  researchField(@Root() platform: Platform, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(ResearchField, platform.researchFieldId);
  }

  @FieldResolver(() => PlatformPartnerConnection, { description: 'The organisations the platform was built with.' })
  partners(@Root() platform: Platform, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, PLATFORM_PARTNERS, platform.id, page);
  }
}
