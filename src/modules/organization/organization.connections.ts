/**
 * Connection and edge types of the organisation module (organization.types.ts holds the interface
 * and its concrete types; this file is apart so that station.types can import those without a cycle).
 */
import { ObjectType } from 'type-graphql';
import { ConnectionType, NodeConnection } from '../../graphql/connection';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Partnership } from '../partnership/partnership.entity';
import { PartnershipEdge } from '../partnership/partnership.types';
import { Station } from '../station/station.entity';
import { OrganizationInterface } from './organization.types';

export const OrganizationConnection = NodeConnection(OrganizationInterface, 'Organization');

@ObjectType({ description: 'A station partnering with the organisation, with the partnership on the edge.', simpleResolvers: true })
export class OrganizationStationEdge extends PartnershipEdge(Station) {}

@ObjectType({ simpleResolvers: true })
export class OrganizationStationConnection extends ConnectionType(OrganizationStationEdge) {}

@ObjectType({ description: 'An offshore base partnering with the organisation, with the partnership on the edge.', simpleResolvers: true })
export class OrganizationBaseEdge extends PartnershipEdge(OffshoreBase) {}

@ObjectType({ simpleResolvers: true })
export class OrganizationBaseConnection extends ConnectionType(OrganizationBaseEdge) {}

export const PartnershipConnection = NodeConnection(Partnership, 'Partnership');
