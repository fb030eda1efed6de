/** Platforms: the root list and who built a platform, in which field. Its partners are listed by the organisation module. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Platform } from './platform.entity';
import { PLATFORM_ORDER, PlatformFilter } from './platform.inputs';
import { platformFilter } from './platform.service';
import { PlatformConnection } from './platform.types';

const PLATFORMS = rootList(Platform, PLATFORM_ORDER, platformFilter);

@Resolver(() => Platform)
export class PlatformResolver {
  @Query(() => PlatformConnection, { description: 'Overseas technology-cooperation platforms (海外技术合作平台).' })
  platforms(
    @Args() page: PageArgs,
    @Arg('filter', () => PlatformFilter, { nullable: true }) filter: PlatformFilter | null,
    @Arg('orderBy', () => PLATFORM_ORDER.input, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, PLATFORMS, page, filter, orderBy, info);
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
}
