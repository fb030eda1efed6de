/**
 * Every list whose nodes are organisations, one class per parent type: the partners of stations
 * and bases (the partnership on the edge) and of platforms. The lists are in organization.loaders.ts.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { PartnershipChildEdge } from '../partnership/partnership.types';
import { Platform } from '../platform/platform.entity';
import { Station } from '../station/station.entity';
import * as lists from './organization.loaders';
import { OffshoreBasePartnerConnection, PlatformPartnerConnection, StationPartnerConnection } from './organization.types';

@Resolver(() => Station)
export class StationPartnerListsResolver {
  @FieldResolver(() => StationPartnerConnection, { description: 'Organisations the station partners with; the edge carries the partnership.' })
  partners(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_PARTNERS, station.id, page, info, PartnershipChildEdge);
  }
}

@Resolver(() => OffshoreBase)
export class OffshoreBasePartnerListsResolver {
  @FieldResolver(() => OffshoreBasePartnerConnection, { description: 'Organisations the base partners with; the edge carries the partnership.' })
  partners(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.OFFSHORE_BASE_PARTNERS, base.id, page, info, PartnershipChildEdge);
  }
}

@Resolver(() => Platform)
export class PlatformPartnerListsResolver {
  @FieldResolver(() => PlatformPartnerConnection, { description: 'The organisations the platform was built with.' })
  partners(@Root() platform: Platform, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.PLATFORM_PARTNERS, platform.id, page, info);
  }
}
