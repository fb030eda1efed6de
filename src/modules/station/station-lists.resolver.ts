/**
 * Every list whose nodes are the station module's, on each parent type: a station's status history,
 * and the stations of host units, bases, districts, research fields and heads. The lists are in
 * station.relations.ts. The stations of organisations and of talents go through a link row of another
 * module, and live with it (partnership-lists.resolver.ts, talent-lists.resolver.ts).
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { HostUnit } from '../host-unit/host-unit.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { District } from '../reference/district.entity';
import { ResearchField } from '../reference/research-field.entity';
import { StationHead } from './station-head.entity';
import { Station } from './station.entity';
import * as lists from './station.relations';
import { StationConnection as connection, StationStatusChangeConnection } from './station.types';

export const StationListsResolvers = ListFieldsResolvers([
  { on: Station, list: lists.STATION_STATUS_HISTORY, connection: StationStatusChangeConnection, description: 'Status history, oldest first.' },
  { on: HostUnit, list: lists.HOST_UNIT_STATIONS, connection, description: 'Stations the unit hosts.' },
  { on: OffshoreBase, list: lists.OFFSHORE_BASE_STATIONS, connection, description: 'Stations of its coordination group (协作组).' },
  { on: District, list: lists.DISTRICT_STATIONS, connection, description: 'Stations in the district.' },
  { on: ResearchField, list: lists.RESEARCH_FIELD_STATIONS, connection, description: 'Stations working in the field.' },
  { on: StationHead, list: lists.STATION_HEAD_STATIONS, connection, description: 'Stations this person heads.' },
]);
