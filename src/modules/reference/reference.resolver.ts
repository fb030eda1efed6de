/** Districts and research fields: small reference lists, still paged connections, with the lists hanging off them. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { ID_SORT } from '../../db/keyset';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs, toConnection, toWindow } from '../../graphql/connection';
import { rootProjection } from '../../graphql/projection';
import { sortKey } from '../../graphql/ordering';
import { HostUnitConnection } from '../host-unit/host-unit.types';
import { OffshoreBaseConnection } from '../offshore-base/offshore-base.types';
import { ResearchFieldConnection, StationConnection } from '../station/station.types';
import { TalentConnection } from '../talent/talent.types';
import { District } from './district.entity';
import { ResearchField } from './research-field.entity';
import {
  DISTRICT_SORT_FIELDS,
  DistrictFilter,
  DistrictOrder,
  RESEARCH_FIELD_SORT_FIELDS,
  ResearchFieldFilter,
  ResearchFieldOrder,
} from './reference.inputs';
import * as lists from './reference.loaders';
import * as types from './reference.types';

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => types.DistrictConnection, { description: 'Districts and counties of Chongqing (区县).' })
  async districts(
    @Args() page: PageArgs,
    @Arg('filter', () => DistrictFilter, { nullable: true }) filter: DistrictFilter | null,
    @Arg('orderBy', () => DistrictOrder, { nullable: true, description: 'Default: by id.' }) orderBy: DistrictOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(DISTRICT_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = filter ?? {};
    const rows = await services.districts.list(criteria, sort, toWindow(page, sort), rootProjection(info, District, sort));
    return toConnection(rows, sort, () => services.districts.count(criteria));
  }

  @FieldResolver(() => StationConnection, { description: 'Stations in the district.' })
  stations(@Root() district: District, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.DISTRICT_STATIONS, district.id, page);
  }

  @FieldResolver(() => HostUnitConnection, { description: 'Host units in the district.' })
  hostUnits(@Root() district: District, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.DISTRICT_HOST_UNITS, district.id, page);
  }

  @FieldResolver(() => OffshoreBaseConnection, { description: 'Offshore bases in the district.' })
  offshoreBases(@Root() district: District, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.DISTRICT_OFFSHORE_BASES, district.id, page);
  }
}

@Resolver(() => ResearchField)
export class ResearchFieldResolver {
  @Query(() => ResearchFieldConnection, { description: 'The shared research-field taxonomy (研究领域).' })
  async researchFields(
    @Args() page: PageArgs,
    @Arg('filter', () => ResearchFieldFilter, { nullable: true }) filter: ResearchFieldFilter | null,
    @Arg('orderBy', () => ResearchFieldOrder, { nullable: true, description: 'Default: by id.' }) orderBy: ResearchFieldOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(RESEARCH_FIELD_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = filter ?? {};
    const rows = await services.researchFields.list(criteria, sort, toWindow(page, sort), rootProjection(info, ResearchField, sort));
    return toConnection(rows, sort, () => services.researchFields.count(criteria));
  }

  @FieldResolver(() => StationConnection, { description: 'Stations working in the field.' })
  stations(@Root() field: ResearchField, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.RESEARCH_FIELD_STATIONS, field.id, page);
  }

  @FieldResolver(() => TalentConnection, { description: 'Talents working in the field.' })
  talents(@Root() field: ResearchField, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, lists.RESEARCH_FIELD_TALENTS, field.id, page);
  }
}
