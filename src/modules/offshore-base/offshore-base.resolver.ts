import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { fromGlobalId } from '../../graphql/global-id';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { PartnershipChildEdge } from '../partnership/partnership.types';
import { District } from '../reference/district.entity';
import { OffshoreBasePartnerConnection } from '../organization/organization.types';
import { PlatformConnection } from '../platform/platform.types';
import { ProjectConnection } from '../project/project.types';
import { StationConnection } from '../station/station.types';
import { OffshoreBaseTalentConnection } from '../talent/talent.types';
import { EngagementChildEdge } from '../talent/engagement.types';
import { OffshoreBase } from './offshore-base.entity';
import { OFFSHORE_BASE_ORDER, OffshoreBaseFilter } from './offshore-base.inputs';
import { offshoreBaseFilter } from './offshore-base.service';
import * as types from './offshore-base.types';
import { OFFSHORE_BASE_PARTNERS } from '../organization/organization.loaders';
import { OFFSHORE_BASE_PLATFORMS } from '../platform/platform.loaders';
import { OFFSHORE_BASE_PROJECTS } from '../project/project.loaders';
import { OFFSHORE_BASE_STATIONS } from '../station/station.loaders';
import { OFFSHORE_BASE_TALENTS } from '../talent/talent.loaders';

const OFFSHORE_BASES = rootList(OffshoreBase, OFFSHORE_BASE_ORDER, offshoreBaseFilter);

@Resolver(() => OffshoreBase)
export class OffshoreBaseResolver {
  @Query(() => types.OffshoreBaseConnection, { description: 'Offshore innovation and entrepreneurship bases (离岸基地).' })
  offshoreBases(
    @Args() page: PageArgs,
    @Arg('filter', () => OffshoreBaseFilter, { nullable: true }) filter: OffshoreBaseFilter | null,
    @Arg('orderBy', () => OFFSHORE_BASE_ORDER.input, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, OFFSHORE_BASES, page, filter, orderBy, info);
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
  stations(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, OFFSHORE_BASE_STATIONS, base.id, page, info);
  }

  @FieldResolver(() => OffshoreBaseTalentConnection, { description: 'Talents engaged at the base (returnees absorbed, top experts signed); the edge carries the engagement.' })
  talents(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, OFFSHORE_BASE_TALENTS, base.id, page, info, EngagementChildEdge);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Overseas projects incubated at the base.' })
  projects(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, OFFSHORE_BASE_PROJECTS, base.id, page, info);
  }

  @FieldResolver(() => PlatformConnection, { description: 'Technology-cooperation platforms the base built.' })
  platforms(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, OFFSHORE_BASE_PLATFORMS, base.id, page, info);
  }

  @FieldResolver(() => OffshoreBasePartnerConnection, { description: 'Organisations the base partners with; the edge carries the partnership.' })
  partners(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, OFFSHORE_BASE_PARTNERS, base.id, page, info, PartnershipChildEdge);
  }
}
