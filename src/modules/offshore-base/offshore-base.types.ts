/** Connection and edge types of the offshore-base module. */
import { ObjectType } from 'type-graphql';
import { ConnectionType, NodeConnection } from '../../graphql/connection';
import { OrganizationInterface } from '../organization/organization.types';
import { PartnershipEdge } from '../partnership/partnership.types';
import { EngagementEdge } from '../talent/engagement.types';
import { Talent } from '../talent/talent.entity';
import { OffshoreBase } from './offshore-base.entity';

export const OffshoreBaseConnection = NodeConnection(OffshoreBase, 'OffshoreBase');

@ObjectType({ description: 'A talent engaged at the base (returnee, signed expert, ...), with the engagement on the edge.', simpleResolvers: true })
export class OffshoreBaseTalentEdge extends EngagementEdge(Talent) {}

@ObjectType({ simpleResolvers: true })
export class OffshoreBaseTalentConnection extends ConnectionType(OffshoreBaseTalentEdge) {}

@ObjectType({ description: 'An organisation the base partners with, with the partnership on the edge.', simpleResolvers: true })
export class OffshoreBasePartnerEdge extends PartnershipEdge(OrganizationInterface) {}

@ObjectType({ simpleResolvers: true })
export class OffshoreBasePartnerConnection extends ConnectionType(OffshoreBasePartnerEdge) {}
