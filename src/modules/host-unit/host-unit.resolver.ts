/** Host units: the root list, one by id, and the district a unit sits in. Lists hanging off a unit live with what they list. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import { fromGlobalId } from '../../graphql/global-id';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { District } from '../reference/district.entity';
import { HostUnit } from './host-unit.entity';
import { HOST_UNIT_ORDER, HostUnitFilter } from './host-unit.inputs';
import { hostUnitFilter } from './host-unit.service';
import * as types from './host-unit.types';

const HOST_UNITS = rootList(HostUnit, HOST_UNIT_ORDER, hostUnitFilter);

@Resolver(() => HostUnit)
export class HostUnitResolver {
  @Query(() => types.HostUnitConnection, { description: 'Domestic units hosting stations (建站单位).' })
  hostUnits(
    @Args() page: PageArgs,
    @Arg('filter', () => HostUnitFilter, { nullable: true }) filter: HostUnitFilter | null,
    @Arg('orderBy', () => HOST_UNIT_ORDER.input, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, HOST_UNITS, page, filter, orderBy, info);
  }

  @Query(() => HostUnit, { nullable: true, description: 'One host unit by its global id; null when there is none.' })
  hostUnit(@Arg('id', () => ID) id: string, @Ctx() { loaders }: AppContext) {
    return loaders.byId(HostUnit).load(fromGlobalId(id, 'id', ['HostUnit']).id);
  }

  @FieldResolver(() => District)
  district(@Root() unit: HostUnit, @Ctx() { loaders }: AppContext) {
    return loaders.byId(District).load(unit.districtId);
  }
}
