import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { ID_SORT } from '../../db/keyset';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs, toConnection, toWindow } from '../../graphql/connection';
import { rootProjection } from '../../graphql/projection';
import { fromGlobalId, rowIdsOf } from '../../graphql/global-id';
import { sortKey } from '../../graphql/ordering';
import { District } from '../reference/district.entity';
import { StationApplicationConnection, StationConnection } from '../station/station.types';
import { HostUnit } from './host-unit.entity';
import { HOST_UNIT_SORT_FIELDS, HostUnitFilter, HostUnitOrder } from './host-unit.inputs';
import * as lists from './host-unit.loaders';
import { HostUnitCriteria } from './host-unit.service';
import * as types from './host-unit.types';

export function hostUnitCriteria(filter: HostUnitFilter | null | undefined): HostUnitCriteria {
  if (!filter) return {};
  return {
    ...filter,
    districtIds: rowIdsOf(filter.districtIds, 'District', 'filter.districtIds'),
  };
}

@Resolver(() => HostUnit)
export class HostUnitResolver {
  @Query(() => types.HostUnitConnection, { description: 'Domestic units hosting stations (建站单位).' })
  async hostUnits(
    @Args() page: PageArgs,
    @Arg('filter', () => HostUnitFilter, { nullable: true }) filter: HostUnitFilter | null,
    @Arg('orderBy', () => HostUnitOrder, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: HostUnitOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(HOST_UNIT_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = hostUnitCriteria(filter);
    const rows = await services.hostUnits.list(criteria, sort, toWindow(page, sort), rootProjection(info, HostUnit, sort));
    return toConnection(rows, sort, () => services.hostUnits.count(criteria));
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
  stations(@Root() unit: HostUnit, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.HOST_UNIT_STATIONS, unit.id, page);
  }

  @FieldResolver(() => StationApplicationConnection, { description: 'Applications the unit filed, oldest first.' })
  applications(@Root() unit: HostUnit, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.HOST_UNIT_APPLICATIONS, unit.id, page);
  }
}
