/** Connection types of talents (on their own, or through an engagement, which the edge carries) and of the stations and bases a talent is engaged at. */
import { NodeConnection } from '../../graphql/connection';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Station } from '../station/station.entity';
import { EngagementLinkConnection } from './engagement.types';
import { Talent } from './talent.entity';

export const TalentConnection = NodeConnection(Talent, 'Talent');

export const StationTalentConnection = EngagementLinkConnection(Talent, 'StationTalent', 'A talent engaged at the station');

export const OffshoreBaseTalentConnection = EngagementLinkConnection(Talent, 'OffshoreBaseTalent', 'A talent engaged at the base (returnee, signed expert, ...)');

// The other ends of the lists through engagements (talent.relations.ts): the hosts a talent is engaged at.

export const TalentStationConnection = EngagementLinkConnection(Station, 'TalentStation', 'A station the talent is engaged at');

export const TalentBaseConnection = EngagementLinkConnection(OffshoreBase, 'TalentBase', 'An offshore base the talent is engaged at');
