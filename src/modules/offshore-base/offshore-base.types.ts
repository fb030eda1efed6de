/** Connection and edge types whose nodes are offshore bases: on their own, or through a partnership or an engagement, which the edge carries. */
import { ObjectType } from 'type-graphql';
import { ConnectionType, NodeConnection } from '../../graphql/connection';
import { PartnershipEdge } from '../partnership/partnership.types';
import { EngagementEdge } from '../talent/engagement.types';
import { OffshoreBase } from './offshore-base.entity';

export const OffshoreBaseConnection = NodeConnection(OffshoreBase, 'OffshoreBase');

@ObjectType({ description: 'An offshore base partnering with the organisation, with the partnership on the edge.', simpleResolvers: true })
export class OrganizationBaseEdge extends PartnershipEdge(OffshoreBase) {}

@ObjectType({ simpleResolvers: true })
export class OrganizationBaseConnection extends ConnectionType(OrganizationBaseEdge) {}

@ObjectType({ description: 'An offshore base the talent is engaged at, with the engagement on the edge.', simpleResolvers: true })
export class TalentBaseEdge extends EngagementEdge(OffshoreBase) {}

@ObjectType({ simpleResolvers: true })
export class TalentBaseConnection extends ConnectionType(TalentBaseEdge) {}
