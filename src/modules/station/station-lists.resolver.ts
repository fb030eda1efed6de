/**
 * Every list whose nodes are the station module's, on each parent type: a station's status history,
 * and the stations of host units, bases, districts, research fields and heads, of organisations (the
 * partnership on the edge) and of talents (the engagement on the edge). The lists are in station.relations.ts.
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
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
import * as lists from './station.relations';
import { OrganizationStationConnection, StationConnection as connection, StationStatusChangeConnection, TalentStationConnection } from './station.types';

export const StationListsResolvers = ListFieldsResolvers([
  { on: Station, list: lists.STATION_STATUS_HISTORY, connection: StationStatusChangeConnection, description: 'Status history, oldest first.' },
  { on: HostUnit, list: lists.HOST_UNIT_STATIONS, connection, description: 'Stations the unit hosts.' },
  { on: OffshoreBase, list: lists.OFFSHORE_BASE_STATIONS, connection, description: 'Stations of its coordination group (协作组).' },
  { on: District, list: lists.DISTRICT_STATIONS, connection, description: 'Stations in the district.' },
  { on: ResearchField, list: lists.RESEARCH_FIELD_STATIONS, connection, description: 'Stations working in the field.' },
  { on: StationHead, list: lists.STATION_HEAD_STATIONS, connection, description: 'Stations this person heads.' },
  {
    on: OrganizationInterface,
    list: lists.ORGANIZATION_PARTNER_STATIONS,
    connection: OrganizationStationConnection,
    edge: PartnershipChildEdge,
    description: 'Stations partnering with the organisation; the edge carries the partnership.',
  },
  {
    on: Talent,
    list: lists.TALENT_STATIONS,
    connection: TalentStationConnection,
    edge: EngagementChildEdge,
    description: 'Stations the talent is engaged at; the edge carries the engagement.',
  },
]);
