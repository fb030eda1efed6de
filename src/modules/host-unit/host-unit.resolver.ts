import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { fromGlobalId } from '../../graphql/global-id';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { District } from '../reference/district.entity';
import { StationApplicationConnection } from '../application/application.types';
import { StationConnection } from '../station/station.types';
import { HostUnit } from './host-unit.entity';
import { HOST_UNIT_ORDER, HostUnitFilter } from './host-unit.inputs';
import { hostUnitFilter } from './host-unit.service';
import * as types from './host-unit.types';
import { HOST_UNIT_APPLICATIONS } from '../application/application.loaders';
import { HOST_UNIT_STATIONS } from '../station/station.loaders';

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

  @FieldResolver(() => StationConnection, { description: 'Stations the unit hosts.' })
  stations(@Root() unit: HostUnit, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, HOST_UNIT_STATIONS, unit.id, page, info);
  }

  @FieldResolver(() => StationApplicationConnection, { description: 'Applications the unit filed, oldest first.' })
  applications(@Root() unit: HostUnit, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, HOST_UNIT_APPLICATIONS, unit.id, page, info);
  }
}
