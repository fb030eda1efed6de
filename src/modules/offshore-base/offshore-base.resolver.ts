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
import { District } from '../reference/district.entity';
import { PlatformConnection, ProjectConnection, StationConnection } from '../station/station.types';
import { EngagementChildEdge } from '../talent/engagement.types';
import { OffshoreBase } from './offshore-base.entity';
import { OFFSHORE_BASE_SORT_FIELDS, OffshoreBaseFilter, OffshoreBaseOrder } from './offshore-base.inputs';
import * as lists from './offshore-base.loaders';
import { OffshoreBaseCriteria } from './offshore-base.service';
import * as types from './offshore-base.types';

export function offshoreBaseCriteria(filter: OffshoreBaseFilter | null | undefined): OffshoreBaseCriteria {
  if (!filter) return {};
  return {
    ...filter,
    districtIds: rowIdsOf(filter.districtIds, 'District', 'filter.districtIds'),
  };
}

@Resolver(() => OffshoreBase)
export class OffshoreBaseResolver {
  @Query(() => types.OffshoreBaseConnection, { description: 'Offshore innovation and entrepreneurship bases (离岸基地).' })
  async offshoreBases(
    @Args() page: PageArgs,
    @Arg('filter', () => OffshoreBaseFilter, { nullable: true }) filter: OffshoreBaseFilter | null,
    @Arg('orderBy', () => OffshoreBaseOrder, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OffshoreBaseOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(OFFSHORE_BASE_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = offshoreBaseCriteria(filter);
    const rows = await services.offshoreBases.list(criteria, sort, toWindow(page, sort), rootProjection(info, OffshoreBase, sort));
    return toConnection(rows, sort, () => services.offshoreBases.count(criteria));
  }

  @Query(() => OffshoreBase, { nullable: true, description: 'One offshore base by its global id; null when there is none.' })
  offshoreBase(@Arg('id', () => ID) id: string, @Ctx() { loaders }: AppContext) {
    return loaders.byId(OffshoreBase).load(fromGlobalId(id, 'id', ['OffshoreBase']).id);
  }

  @FieldResolver(() => District)
  district(@Root() base: OffshoreBase, @Ctx() { loaders }: AppContext) {
    return loaders.byId(District).load(base.districtId);
  }

  @FieldResolver(() => StationConnection, { description: 'Stations of its coordination group (协作组).' })
  stations(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.OFFSHORE_BASE_STATIONS, base.id, page);
  }

  @FieldResolver(() => types.OffshoreBaseTalentConnection, { description: 'Talents engaged at the base (returnees absorbed, top experts signed); the edge carries the engagement.' })
  talents(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.OFFSHORE_BASE_TALENTS, base.id, page, EngagementChildEdge);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Overseas projects incubated at the base.' })
  projects(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.OFFSHORE_BASE_PROJECTS, base.id, page);
  }

  @FieldResolver(() => PlatformConnection, { description: 'Technology-cooperation platforms the base built.' })
  platforms(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.OFFSHORE_BASE_PLATFORMS, base.id, page);
  }

  @FieldResolver(() => types.OffshoreBasePartnerConnection, { description: 'Organisations the base partners with; the edge carries the partnership.' })
  partners(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.OFFSHORE_BASE_PARTNERS, base.id, page, PartnershipChildEdge);
  }
}
