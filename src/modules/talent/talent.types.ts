/** Connection and edge types whose nodes are talents: on their own, or through an engagement, which the edge carries. */
import { ObjectType } from 'type-graphql';
import { ConnectionType, NodeConnection } from '../../graphql/connection';
import { EngagementEdge } from './engagement.types';
import { Talent } from './talent.entity';

export const TalentConnection = NodeConnection(Talent, 'Talent');

@ObjectType({ description: 'A talent engaged at the station, with the engagement on the edge.', simpleResolvers: true })
export class StationTalentEdge extends EngagementEdge(Talent) {}

@ObjectType({ simpleResolvers: true })
export class StationTalentConnection extends ConnectionType(StationTalentEdge) {}

@ObjectType({ description: 'A talent engaged at the base (returnee, signed expert, ...), with the engagement on the edge.', simpleResolvers: true })
export class OffshoreBaseTalentEdge extends EngagementEdge(Talent) {}

@ObjectType({ simpleResolvers: true })
export class OffshoreBaseTalentConnection extends ConnectionType(OffshoreBaseTalentEdge) {}
