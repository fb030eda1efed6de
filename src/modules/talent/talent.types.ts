/** Connection and edge types of the talent module. */
import { ObjectType } from 'type-graphql';
import { ConnectionType, NodeConnection } from '../../graphql/connection';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Station } from '../station/station.entity';
import { EngagementEdge } from './engagement.types';
import { Talent } from './talent.entity';

export const TalentConnection = NodeConnection(Talent, 'Talent');

@ObjectType({ description: 'A station the talent is engaged at, with the engagement on the edge.', simpleResolvers: true })
export class TalentStationEdge extends EngagementEdge(Station) {}

@ObjectType({ simpleResolvers: true })
export class TalentStationConnection extends ConnectionType(TalentStationEdge) {}

@ObjectType({ description: 'An offshore base the talent is engaged at, with the engagement on the edge.', simpleResolvers: true })
export class TalentBaseEdge extends EngagementEdge(OffshoreBase) {}

@ObjectType({ simpleResolvers: true })
export class TalentBaseConnection extends ConnectionType(TalentBaseEdge) {}
