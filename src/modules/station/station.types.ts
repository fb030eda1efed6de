/**
 * Connection and edge types whose nodes are the station module's: stations (on their own, or
 * through a partnership or an engagement, which the edge carries) and status changes.
 */
import { LinkConnection, NodeConnection } from '../../graphql/connection';
import { PartnershipEdge } from '../partnership/partnership.types';
import { EngagementEdge } from '../talent/engagement.types';
import { StationStatusChange } from './station-status-change.entity';
import { Station } from './station.entity';

export const StationConnection = NodeConnection(Station, 'Station');

export const StationStatusChangeConnection = NodeConnection(StationStatusChange, 'StationStatusChange');

export const OrganizationStationConnection = LinkConnection(
  PartnershipEdge(Station),
  'OrganizationStation',
  'A station partnering with the organisation, with the partnership on the edge.',
);

export const TalentStationConnection = LinkConnection(
  EngagementEdge(Station),
  'TalentStation',
  'A station the talent is engaged at, with the engagement on the edge.',
);
