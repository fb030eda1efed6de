/**
 * Connection types whose nodes are the station module's: stations and status changes. Stations
 * through a partnership or an engagement are in partnership.types.ts and talent.types.ts, with
 * the link row the edge carries.
 */
import { NodeConnection } from '../../graphql/connection';
import { StationStatusChange } from './station-status-change.entity';
import { Station } from './station.entity';

export const StationConnection = NodeConnection(Station, 'Station');

export const StationStatusChangeConnection = NodeConnection(StationStatusChange, 'StationStatusChange');
