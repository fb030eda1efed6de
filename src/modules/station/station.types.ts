/** Connection and edge types of the station module. */
import { ObjectType } from 'type-graphql';
import { ConnectionType, NodeConnection } from '../../graphql/connection';
import { Activity } from '../activity/activity.entity';
import { StationApplication } from '../application/station-application.entity';
import { Evaluation } from '../evaluation/evaluation.entity';
import { FundingGrant } from '../funding/funding-grant.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { PartnershipEdge } from '../partnership/partnership.types';
import { Platform } from '../platform/platform.entity';
import { Project } from '../project/project.entity';
import { ResearchField } from '../reference/research-field.entity';
import { EngagementEdge } from '../talent/engagement.types';
import { Talent } from '../talent/talent.entity';
import { StationStatusChange } from './station-status-change.entity';
import { Station } from './station.entity';

export const StationConnection = NodeConnection(Station, 'Station');

@ObjectType({ description: 'A talent engaged at the station, with the engagement on the edge.', simpleResolvers: true })
export class StationTalentEdge extends EngagementEdge(Talent) {}

@ObjectType({ simpleResolvers: true })
export class StationTalentConnection extends ConnectionType(StationTalentEdge) {}

@ObjectType({ description: 'An organisation the station partners with, with the partnership on the edge.', simpleResolvers: true })
export class StationPartnerEdge extends PartnershipEdge(OrganizationInterface) {}

@ObjectType({ simpleResolvers: true })
export class StationPartnerConnection extends ConnectionType(StationPartnerEdge) {}

export const ProjectConnection = NodeConnection(Project, 'Project');
export const PlatformConnection = NodeConnection(Platform, 'Platform');
export const ActivityConnection = NodeConnection(Activity, 'Activity');
export const FundingGrantConnection = NodeConnection(FundingGrant, 'FundingGrant');
export const EvaluationConnection = NodeConnection(Evaluation, 'Evaluation');
export const StationApplicationConnection = NodeConnection(StationApplication, 'StationApplication');
export const StationStatusChangeConnection = NodeConnection(StationStatusChange, 'StationStatusChange');
export const ResearchFieldConnection = NodeConnection(ResearchField, 'ResearchField');
