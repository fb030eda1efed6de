/** Connection and edge types whose nodes are talents: on their own, or through an engagement, which the edge carries. */
import { NodeConnection } from '../../graphql/connection';
import { EngagementLinkConnection } from './engagement.types';
import { Talent } from './talent.entity';

export const TalentConnection = NodeConnection(Talent, 'Talent');

export const StationTalentConnection = EngagementLinkConnection(Talent, 'StationTalent', 'A talent engaged at the station');

export const OffshoreBaseTalentConnection = EngagementLinkConnection(Talent, 'OffshoreBaseTalent', 'A talent engaged at the base (returnee, signed expert, ...)');
