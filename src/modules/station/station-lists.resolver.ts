/**
 * Every list whose nodes are the station module's, one class per parent type: a station's status
 * history, and the stations of host units, bases, districts, research fields and heads, of
 * organisations (the partnership on the edge) and of talents (the engagement on the edge). The
 * lists are in station.loaders.ts.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { HostUnit } from '../host-unit/host-unit.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { PartnershipChildEdge } from '../partnership/partnership.types';
import { District } from '../reference/district.entity';
import { ResearchField } from '../reference/research-field.entity';
import { EngagementChildEdge } from '../talent/engagement.types';
import { Talent } from '../talent/talent.entity';
import { StationHead } from './station-head.entity';
import { Station } from './station.entity';
import * as lists from './station.loaders';
import { OrganizationStationConnection, StationConnection, StationStatusChangeConnection, TalentStationConnection } from './station.types';

@Resolver(() => Station)
export class StationStatusChangeListsResolver {
  @FieldResolver(() => StationStatusChangeConnection, { description: 'Status history, oldest first.' })
  statusHistory(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_STATUS_HISTORY, station.id, page, info);
  }
}

@Resolver(() => HostUnit)
export class HostUnitStationListsResolver {
  @FieldResolver(() => StationConnection, { description: 'Stations the unit hosts.' })
  stations(@Root() unit: HostUnit, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.HOST_UNIT_STATIONS, unit.id, page, info);
  }
}

@Resolver(() => OffshoreBase)
export class OffshoreBaseStationListsResolver {
  @FieldResolver(() => StationConnection, { description: 'Stations of its coordination group (协作组).' })
  stations(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.OFFSHORE_BASE_STATIONS, base.id, page, info);
  }
}

@Resolver(() => District)
export class DistrictStationListsResolver {
  @FieldResolver(() => StationConnection, { description: 'Stations in the district.' })
  stations(@Root() district: District, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.DISTRICT_STATIONS, district.id, page, info);
  }
}

@Resolver(() => ResearchField)
export class ResearchFieldStationListsResolver {
  @FieldResolver(() => StationConnection, { description: 'Stations working in the field.' })
  stations(@Root() field: ResearchField, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.RESEARCH_FIELD_STATIONS, field.id, page, info);
  }
}

@Resolver(() => StationHead)
export class StationHeadStationListsResolver {
  @FieldResolver(() => StationConnection, { description: 'Stations this person heads.' })
  stations(@Root() head: StationHead, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_HEAD_STATIONS, head.id, page, info);
  }
}

@Resolver(() => OrganizationInterface)
export class OrganizationStationListsResolver {
  @FieldResolver(() => OrganizationStationConnection, { description: 'Stations partnering with the organisation; the edge carries the partnership.' })
  partnerStations(@Root() organization: OrganizationInterface, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.ORGANIZATION_PARTNER_STATIONS, organization.id, page, info, PartnershipChildEdge);
  }
}

@Resolver(() => Talent)
export class TalentStationListsResolver {
  @FieldResolver(() => TalentStationConnection, { description: 'Stations the talent is engaged at; the edge carries the engagement.' })
  stations(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.TALENT_STATIONS, talent.id, page, info, EngagementChildEdge);
  }
}
