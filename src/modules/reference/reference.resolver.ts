/** Districts and research fields: small reference lists, still paged connections, with the lists hanging off them. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { HostUnitConnection } from '../host-unit/host-unit.types';
import { OffshoreBaseConnection } from '../offshore-base/offshore-base.types';
import { StationConnection } from '../station/station.types';
import { TalentConnection } from '../talent/talent.types';
import { District } from './district.entity';
import { ResearchField } from './research-field.entity';
import { DISTRICT_ORDER, DistrictFilter, RESEARCH_FIELD_ORDER, ResearchFieldFilter } from './reference.inputs';
import { districtFilter, researchFieldFilter } from './reference.service';
import * as types from './reference.types';
import { DISTRICT_HOST_UNITS } from '../host-unit/host-unit.loaders';
import { DISTRICT_OFFSHORE_BASES } from '../offshore-base/offshore-base.loaders';
import { DISTRICT_STATIONS, RESEARCH_FIELD_STATIONS } from '../station/station.loaders';
import { RESEARCH_FIELD_TALENTS } from '../talent/talent.loaders';

const DISTRICTS = rootList(District, DISTRICT_ORDER, districtFilter);
const RESEARCH_FIELDS = rootList(ResearchField, RESEARCH_FIELD_ORDER, researchFieldFilter);

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => types.DistrictConnection, { description: 'Districts and counties of Chongqing (区县).' })
  districts(
    @Args() page: PageArgs,
    @Arg('filter', () => DistrictFilter, { nullable: true }) filter: DistrictFilter | null,
    @Arg('orderBy', () => DISTRICT_ORDER.input, { nullable: true, description: 'Default: by id.' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, DISTRICTS, page, filter, orderBy, info);
  }

  @FieldResolver(() => StationConnection, { description: 'Stations in the district.' })
  stations(@Root() district: District, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, DISTRICT_STATIONS, district.id, page, info);
  }

  @FieldResolver(() => HostUnitConnection, { description: 'Host units in the district.' })
  hostUnits(@Root() district: District, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, DISTRICT_HOST_UNITS, district.id, page, info);
  }

  @FieldResolver(() => OffshoreBaseConnection, { description: 'Offshore bases in the district.' })
  offshoreBases(@Root() district: District, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, DISTRICT_OFFSHORE_BASES, district.id, page, info);
  }
}

@Resolver(() => ResearchField)
export class ResearchFieldResolver {
  @Query(() => types.ResearchFieldConnection, { description: 'The shared research-field taxonomy (研究领域).' })
  researchFields(
    @Args() page: PageArgs,
    @Arg('filter', () => ResearchFieldFilter, { nullable: true }) filter: ResearchFieldFilter | null,
    @Arg('orderBy', () => RESEARCH_FIELD_ORDER.input, { nullable: true, description: 'Default: by id.' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, RESEARCH_FIELDS, page, filter, orderBy, info);
  }

  @FieldResolver(() => StationConnection, { description: 'Stations working in the field.' })
  stations(@Root() field: ResearchField, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, RESEARCH_FIELD_STATIONS, field.id, page, info);
  }

  @FieldResolver(() => TalentConnection, { description: 'Talents working in the field.' })
  talents(@Root() field: ResearchField, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, RESEARCH_FIELD_TALENTS, field.id, page, info);
  }
}
