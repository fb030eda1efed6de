/**
 * Connection and edge types whose nodes are the station module's: stations (on their own, or
 * through a partnership or an engagement, which the edge carries) and status changes.
 */
import { NodeConnection } from '../../graphql/connection';
import { PartnershipLinkConnection } from '../partnership/partnership.types';
import { EngagementLinkConnection } from '../talent/engagement.types';
import { StationStatusChange } from './station-status-change.entity';
import { Station } from './station.entity';

export const StationConnection = NodeConnection(Station, 'Station');

export const StationStatusChangeConnection = NodeConnection(StationStatusChange, 'StationStatusChange');

export const OrganizationStationConnection = PartnershipLinkConnection(Station, 'OrganizationStation', 'A station partnering with the organisation');

export const TalentStationConnection = EngagementLinkConnection(Station, 'TalentStation', 'A station the talent is engaged at');
