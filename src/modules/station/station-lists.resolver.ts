/**
 * Every list whose nodes are the station module's, one resolver per parent type: a station's status
 * history, and the stations of host units, bases, districts, research fields and heads, of
 * organisations (the partnership on the edge) and of talents (the engagement on the edge). The
 * lists are in station.loaders.ts.
 */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
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

export const StationStatusChangeListsResolver = ListFieldsResolver(Station, {
  statusHistory: listField(lists.STATION_STATUS_HISTORY, StationStatusChangeConnection, { description: 'Status history, oldest first.' }),
});

export const HostUnitStationListsResolver = ListFieldsResolver(HostUnit, {
  stations: listField(lists.HOST_UNIT_STATIONS, StationConnection, { description: 'Stations the unit hosts.' }),
});

export const OffshoreBaseStationListsResolver = ListFieldsResolver(OffshoreBase, {
  stations: listField(lists.OFFSHORE_BASE_STATIONS, StationConnection, { description: 'Stations of its coordination group (协作组).' }),
});

export const DistrictStationListsResolver = ListFieldsResolver(District, {
  stations: listField(lists.DISTRICT_STATIONS, StationConnection, { description: 'Stations in the district.' }),
});

export const ResearchFieldStationListsResolver = ListFieldsResolver(ResearchField, {
  stations: listField(lists.RESEARCH_FIELD_STATIONS, StationConnection, { description: 'Stations working in the field.' }),
});

export const StationHeadStationListsResolver = ListFieldsResolver(StationHead, {
  stations: listField(lists.STATION_HEAD_STATIONS, StationConnection, { description: 'Stations this person heads.' }),
});

export const OrganizationStationListsResolver = ListFieldsResolver(OrganizationInterface, {
  partnerStations: listField(lists.ORGANIZATION_PARTNER_STATIONS, OrganizationStationConnection, {
    edge: PartnershipChildEdge,
    description: 'Stations partnering with the organisation; the edge carries the partnership.',
  }),
});

export const TalentStationListsResolver = ListFieldsResolver(Talent, {
  stations: listField(lists.TALENT_STATIONS, TalentStationConnection, {
    edge: EngagementChildEdge,
    description: 'Stations the talent is engaged at; the edge carries the engagement.',
  }),
});
