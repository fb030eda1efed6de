/** Every list whose nodes are host units, one class per parent type: the units in a district (the list is in host-unit.loaders.ts). */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { District } from '../reference/district.entity';
import { DISTRICT_HOST_UNITS } from './host-unit.loaders';
import { HostUnitConnection } from './host-unit.types';

@Resolver(() => District)
export class DistrictHostUnitListsResolver {
  @FieldResolver(() => HostUnitConnection, { description: 'Host units in the district.' })
  hostUnits(@Root() district: District, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, DISTRICT_HOST_UNITS, district.id, page, info);
  }
}
