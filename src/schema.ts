/** The GraphQL schema, built from the resolvers' decorators. schema/schema.graphql is its printed form. */
import path from 'node:path';
import { GraphQLSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { FIELD_RULES } from './auth/field-rules';
import { installDirectResolvers } from './graphql/direct-resolvers';
import { assertGuarded, installFieldGuards } from './graphql/field-guards';
import { installGlobalIds, installTypeResolvers, resolveNodeType } from './graphql/node';
import { entities } from './db/entities';
import { installRenamedFields } from './graphql/renamed-fields';
import { validateArgument } from './graphql/validation';
import { StationActivityListsResolver, OffshoreBaseActivityListsResolver, TalentActivityListsResolver, OrganizationActivityListsResolver } from './modules/activity/activity-lists.resolver';
import { StationAnnouncementListsResolver, OffshoreBaseAnnouncementListsResolver, ResearchFieldAnnouncementListsResolver } from './modules/announcement/announcement-lists.resolver';
import { OffshoreBaseGrantListsResolver, DistrictGrantListsResolver } from './modules/funding/funding-lists.resolver';
import { ResearchFieldProjectListsResolver } from './modules/project/project-lists.resolver';
import { ResearchFieldPlatformListsResolver } from './modules/platform/platform-lists.resolver';
import { ApiKeyResolver, UserResolver, ViewerResolver } from './modules/account/account.resolver';
import { HostUnitResolver } from './modules/host-unit/host-unit.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { ORGANIZATION_TYPES, resolveOrganizationType } from './modules/organization/organization.types';
import { OffshoreBaseResolver } from './modules/offshore-base/offshore-base.resolver';
import { StationResolver } from './modules/station/station.resolver';
import { NetworkStatsResolver } from './modules/stats/network-stats.resolver';
import { TalentResolver } from './modules/talent/talent.resolver';
import { ProjectResolver } from './modules/project/project.resolver';
import { PlatformResolver } from './modules/platform/platform.resolver';
import { ActivityParticipantResolver, ActivityResolver } from './modules/activity/activity.resolver';
import { DisbursementResolver, FundingGrantResolver } from './modules/funding/funding.resolver';
import { EvaluationResolver } from './modules/evaluation/evaluation.resolver';
import { AnnouncementResolver } from './modules/announcement/announcement.resolver';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import { PartnershipResolver } from './modules/partnership/partnership.resolver';
import { ApplicationReviewResolver, ExpertResolver, SiteInspectionResolver, StationApplicationResolver } from './modules/application/application.resolver';
import { DistrictResolver, ResearchFieldResolver } from './modules/reference/reference.resolver';
import { EngagementResolver } from './modules/talent/engagement.resolver';
import { AmbassadorAppointmentResolver } from './modules/talent/ambassador.resolver';
import { StationHeadResolver } from './modules/station/station-head.resolver';
import { StationStatusChangeResolver } from './modules/station/station-status-change.resolver';

/** Where the committed schema lives, resolved from the project root whether running from src/ or dist/. */
export const SCHEMA_FILE = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..', 'schema/schema.graphql');

/** None today: a direct resolver would skip one, so installDirectResolvers keeps every wrapper when there are any. */
const GLOBAL_MIDDLEWARES: never[] = [];

export interface SchemaOptions {
  /** Swap type-graphql's per-call wrapper for a direct call where it would change nothing (default on). */
  directResolvers?: boolean;
}

export async function buildAppSchema({ directResolvers = true }: SchemaOptions = {}): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      StationActivityListsResolver,
      OffshoreBaseActivityListsResolver,
      TalentActivityListsResolver,
      OrganizationActivityListsResolver,
      StationAnnouncementListsResolver,
      OffshoreBaseAnnouncementListsResolver,
      ResearchFieldAnnouncementListsResolver,
      OffshoreBaseGrantListsResolver,
      DistrictGrantListsResolver,
      ResearchFieldProjectListsResolver,
      ResearchFieldPlatformListsResolver,
      NodeResolver,
      NetworkStatsResolver,
      StationResolver,
      TalentResolver,
      ProjectResolver,
      PlatformResolver,
      ActivityResolver,
      ActivityParticipantResolver,
      FundingGrantResolver,
      DisbursementResolver,
      EvaluationResolver,
      AnnouncementResolver,
      HostUnitResolver,
      OffshoreBaseResolver,
      OrganizationResolver,
      PartnershipResolver,
      StationApplicationResolver,
      ApplicationReviewResolver,
      ExpertResolver,
      SiteInspectionResolver,
      DistrictResolver,
      ResearchFieldResolver,
      EngagementResolver,
      AmbassadorAppointmentResolver,
      StationHeadResolver,
      StationStatusChangeResolver,
      ViewerResolver,
      UserResolver,
      ApiKeyResolver,
    ],
    // Every object type is reachable through node(id), even one no field returns yet.
    orphanedTypes: [...entities, ...ORGANIZATION_TYPES],
    validateFn: validateArgument,
    authChecker,
    authMode: 'error',
    globalMiddlewares: GLOBAL_MIDDLEWARES,
  });
  if (directResolvers) installDirectResolvers(schema, { globalMiddlewares: GLOBAL_MIDDLEWARES });
  installTypeResolvers(schema, { Node: resolveNodeType, Organization: resolveOrganizationType });
  installRenamedFields(schema, entities);
  installGlobalIds(schema);
  // Last, over whatever the levers above left: a guard must never be dropped by one of them.
  installFieldGuards(schema, FIELD_RULES);
  assertGuarded(schema, FIELD_RULES);
  return schema;
}

/** The schema as SDL, fields in the order the classes declare them (stable for the same code). */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(schema)}\n`;
}
