/** Connection and edge types whose nodes are talents: on their own, or through an engagement, which the edge carries. */
import { LinkConnection, NodeConnection } from '../../graphql/connection';
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
