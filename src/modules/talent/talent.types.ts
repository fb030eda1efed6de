/** Connection types of talents (on their own, or through an engagement, which the edge carries) and of the stations and bases a talent is engaged at. */
import { LinkConnection, NodeConnection } from '../../graphql/connection';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Station } from '../station/station.entity';
import { EngagementEdge } from './engagement.types';
import { Talent } from './talent.entity';

export const TalentConnection = NodeConnection(Talent, 'Talent');

export const StationTalentConnection = LinkConnection(
  EngagementEdge(Talent),
  'StationTalent',
  'A talent engaged at the station, with the engagement on the edge.',
);

export const OffshoreBaseTalentConnection = LinkConnection(
  EngagementEdge(Talent),
  'OffshoreBaseTalent',
  'A talent engaged at the base (returnee, signed expert, ...), with the engagement on the edge.',
);

// The other ends of the lists through engagements (talent.relations.ts): the hosts a talent is engaged at.

export const TalentStationConnection = LinkConnection(
  EngagementEdge(Station),
  'TalentStation',
  'A station the talent is engaged at, with the engagement on the edge.',
);

export const TalentBaseConnection = LinkConnection(
  EngagementEdge(OffshoreBase),
  'TalentBase',
  'An offshore base the talent is engaged at, with the engagement on the edge.',
);
