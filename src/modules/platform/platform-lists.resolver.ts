/** Every list whose nodes are platforms, one class per parent type: those stations, bases and organisations built, and those in a research field (the lists are in platform.loaders.ts). */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import * as lists from './platform.loaders';
import { PlatformConnection } from './platform.types';

@Resolver(() => Station)
export class StationPlatformListsResolver {
  @FieldResolver(() => PlatformConnection, { description: 'Technology-cooperation platforms the station built.' })
  platforms(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_PLATFORMS, station.id, page, info);
  }
}

@Resolver(() => OffshoreBase)
export class OffshoreBasePlatformListsResolver {
  @FieldResolver(() => PlatformConnection, { description: 'Technology-cooperation platforms the base built.' })
  platforms(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.OFFSHORE_BASE_PLATFORMS, base.id, page, info);
  }
}

@Resolver(() => OrganizationInterface)
export class OrganizationPlatformListsResolver {
  @FieldResolver(() => PlatformConnection, { description: 'Technology-cooperation platforms built with the organisation.' })
  platforms(@Root() organization: OrganizationInterface, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.ORGANIZATION_PLATFORMS, organization.id, page, info);
  }
}

@Resolver(() => ResearchField)
export class ResearchFieldPlatformListsResolver {
  @FieldResolver(() => PlatformConnection, { description: 'Platforms working in the field.' })
  platforms(@Root() field: ResearchField, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.RESEARCH_FIELD_PLATFORMS, field.id, page, info);
  }
}
