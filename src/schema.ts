/** The GraphQL schema, built from the resolvers' decorators. schema/schema.graphql is its printed form. */
import path from 'node:path';
import { GraphQLSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { FIELD_RULES } from './auth/field-rules';
import { installDirectResolvers } from './graphql/direct-resolvers';
import { assertGuarded, installFieldGuards } from './graphql/field-guards';
import { installGlobalIds, installTypeResolvers, resolveNodeType } from './graphql/node';
import { allTables, entities } from './db/entities';
import { checkRowScopes } from './auth/row-scopes';
import { installRenamedFields } from './graphql/renamed-fields';
import { describeRootTypes } from './graphql/root-types';
import { validateArgument } from './graphql/validation';
// Resolvers register their fields as their modules load, so the order of these imports is the order
// in which each type prints its fields (after the entity's own): first every module's main resolver
// (root queries in the order Query prints them, to-one relations, computed fields), then each
// module's lists (`<module>-lists.resolver.ts`: the lists of its nodes, on every parent type).
// Add a module's resolvers to both groups; docs/read-api.md has the rule for where a field lives.
import { ApiKeyResolver, UserLinksResolver, UserResolver, ViewerResolver } from './modules/account/account.resolver';
import { AnnouncementSubscriptionsResolver } from './modules/announcement/announcement.subscriptions.resolver';
import { TalentMutationsResolver } from './modules/talent/talent.mutations.resolver';
import { OrganizationMutationsResolver } from './modules/organization/organization.mutations.resolver';
import { HostUnitMutationsResolver } from './modules/host-unit/host-unit.mutations.resolver';
import { OffshoreBaseMutationsResolver } from './modules/offshore-base/offshore-base.mutations.resolver';
import { ReferenceMutationsResolver } from './modules/reference/reference.mutations.resolver';
import { PartnershipMutationsResolver } from './modules/partnership/partnership.mutations.resolver';
import { HostUnitResolver } from './modules/host-unit/host-unit.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { SearchResolver } from './modules/search/search.resolver';
import { checkSearchGuards } from './modules/search/search-query';
import { OffshoreBaseResolver } from './modules/offshore-base/offshore-base.resolver';
import { StationResolver } from './modules/station/station.resolver';
import { StationStatusChangeResolver } from './modules/station/station-status-change.resolver';
import { NetworkStatsResolver } from './modules/stats/network-stats.resolver';
import { TalentResolver } from './modules/talent/talent.resolver';
import { EngagementOnPostResolver, EngagementResolver } from './modules/talent/engagement.resolver';
import { AmbassadorAppointmentResolver } from './modules/talent/ambassador.resolver';
import { ProjectResolver } from './modules/project/project.resolver';
import { PlatformResolver } from './modules/platform/platform.resolver';
import { ActivityParticipantResolver, ActivityResolver } from './modules/activity/activity.resolver';
import { DisbursementResolver, FundingGrantResolver } from './modules/funding/funding.resolver';
import { EvaluationResolver } from './modules/evaluation/evaluation.resolver';
import { AnnouncementFieldsResolver, AnnouncementResolver } from './modules/announcement/announcement.resolver';
import { OrganizationByIdResolver, OrganizationResolver } from './modules/organization/organization.resolver';
import { ORGANIZATION_TYPES, resolveOrganizationType } from './modules/organization/organization.types';
import { PartnershipHolderResolver, PartnershipResolver } from './modules/partnership/partnership.resolver';
import { ApplicationReviewResolver, ExpertResolver, SiteInspectionResolver, StationApplicationResolver } from './modules/application/application.resolver';
import { DistrictResolver, ResearchFieldResolver } from './modules/reference/reference.resolver';
// Lists, by the module of the node they list (or of the link row they go through: docs/read-api.md).
// Not alphabetical: this order keeps most fields where they printed before the lists moved to their
// nodes' modules; reordering moves fields in the printed schema (schema:check says so). A new lists
// file goes last.
import * as activityLists from './modules/activity/activity-lists.resolver';
import * as announcementLists from './modules/announcement/announcement-lists.resolver';
import * as fundingLists from './modules/funding/funding-lists.resolver';
import * as stationLists from './modules/station/station-lists.resolver';
import * as hostUnitLists from './modules/host-unit/host-unit-lists.resolver';
import * as offshoreBaseLists from './modules/offshore-base/offshore-base-lists.resolver';
import * as partnershipLists from './modules/partnership/partnership-lists.resolver';
import * as talentLists from './modules/talent/talent-lists.resolver';
// Station.partners and OffshoreBase.partners (through partnerships), where the organisation module's lists were.
import { PartnershipPartnersResolvers } from './modules/partnership/partnership-partners.resolver';
import * as projectLists from './modules/project/project-lists.resolver';
import * as platformLists from './modules/platform/platform-lists.resolver';
import * as evaluationLists from './modules/evaluation/evaluation-lists.resolver';
import * as applicationLists from './modules/application/application-lists.resolver';
// Research fields through each module's own link table (the reference module imports no module).
import { StationResearchFieldsResolvers } from './modules/station/station-research-fields.resolver';
import { TalentResearchFieldsResolvers } from './modules/talent/talent-research-fields.resolver';
import { AnnouncementResearchFieldsResolvers } from './modules/announcement/announcement-research-fields.resolver';
import { ApplicationResearchFieldsResolvers } from './modules/application/application-research-fields.resolver';
// Mutations print in the order their resolvers are listed below (after TalentMutationsResolver).
import { ProjectMutationsResolver } from './modules/project/project.mutations.resolver';
import { PlatformMutationsResolver } from './modules/platform/platform.mutations.resolver';
import { ActivityMutationsResolver } from './modules/activity/activity.mutations.resolver';
import { AnnouncementMutationsResolver } from './modules/announcement/announcement.mutations.resolver';
import { EvaluationMutationsResolver } from './modules/evaluation/evaluation.mutations.resolver';
import { FundingMutationsResolver } from './modules/funding/funding.mutations.resolver';
import { AuditEventFieldsResolver, AuditEventResolver } from './modules/audit/audit.resolver';
// Mutations of later modules, after everything above so that no type's fields move.
import { ApplicationMutationsResolver } from './modules/application/application.mutations.resolver';
import { StationMutationsResolver } from './modules/station/station.mutations.resolver';
// Subscriptions other than networkStatsChanged (on NetworkStatsResolver), after everything above.
import { ApplicationSubscriptionsResolver } from './modules/application/application.subscriptions.resolver';
import { StationSubscriptionsResolver } from './modules/station/station.subscriptions.resolver';
// The caller's rate limit (issue 12), after everything above.
import { RateLimitResolver } from './rate-limit/rate-limit.resolver';
// Suggestions (issue 14), after everything above.
import { SuggestionResolver } from './modules/suggestion/suggestion.resolver';

/** Where the committed schema lives, resolved from the project root whether running from src/ or dist/. */
export const SCHEMA_FILE = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..', 'schema/schema.graphql');

/**
 * type-graphql insists on a pub/sub at build time, but the schema is built once and shared by
 * servers with different channels (in-process, Redis): every @Subscription here gives its own
 * `subscribe`, which reads the channel from its context. Using this one is a bug, said loudly.
 */
const NO_SCHEMA_PUBSUB = {
  publish: () => undefined,
  subscribe: (): never => {
    throw new Error('a @Subscription without `subscribe`: read the channel from the context (ctx.channel.subscribe), as announcement.subscriptions.resolver.ts does');
  },
};

/** None today: a direct resolver would skip one, so installDirectResolvers keeps every wrapper when there are any. */
const GLOBAL_MIDDLEWARES: never[] = [];

/**
 * The speed levers among the passes below (AppConfig carries them, so `buildAppSchema(config)`
 * builds the schema the process runs). Each is on by default, has a plain path when off, and the
 * suite passes both ways (.ci/run's levers-off runs).
 */
export interface SchemaOptions {
  /** Swap type-graphql's per-call wrapper for a direct call where it would change nothing (DIRECT_RESOLVERS). */
  directResolvers?: boolean;
  /** Renamed fields read inline from the rows instead of through a one-line resolver (INLINE_RENAMED_FIELDS). */
  inlineRenamedFields?: boolean;
  /** The executor that will run the schema (EXECUTOR): graphql-jit needs synchronous type resolvers. */
  executor?: 'jit' | 'graphql-js';
}

export async function buildAppSchema({ directResolvers = true, inlineRenamedFields = true, executor = 'jit' }: SchemaOptions = {}): Promise<GraphQLSchema> {
  // Deny by default: no table is served until it is declared public or given a row rule.
  checkRowScopes(allTables);
  // Nor is a guarded field searched without the same guard.
  checkSearchGuards(FIELD_RULES);
  const schema = await buildSchema({
    resolvers: [
      HostUnitResolver,
      NodeResolver,
      SearchResolver,
      OffshoreBaseResolver,
      StationResolver,
      StationStatusChangeResolver,
      NetworkStatsResolver,
      TalentResolver,
      EngagementResolver,
      EngagementOnPostResolver,
      AmbassadorAppointmentResolver,
      ProjectResolver,
      PlatformResolver,
      ActivityResolver,
      ActivityParticipantResolver,
      FundingGrantResolver,
      DisbursementResolver,
      EvaluationResolver,
      AnnouncementResolver,
      AnnouncementFieldsResolver,
      OrganizationResolver,
      OrganizationByIdResolver,
      PartnershipResolver,
      PartnershipHolderResolver,
      StationApplicationResolver,
      ApplicationReviewResolver,
      ExpertResolver,
      SiteInspectionResolver,
      DistrictResolver,
      ResearchFieldResolver,
      ...activityLists.ActivityListsResolvers,
      ...announcementLists.AnnouncementListsResolvers,
      ...fundingLists.FundingListsResolvers,
      ...stationLists.StationListsResolvers,
      ...hostUnitLists.HostUnitListsResolvers,
      ...offshoreBaseLists.OffshoreBaseListsResolvers,
      ...partnershipLists.PartnershipListsResolvers,
      ...talentLists.TalentListsResolvers,
      ...PartnershipPartnersResolvers,
      ...projectLists.ProjectListsResolvers,
      ...platformLists.PlatformListsResolvers,
      ...evaluationLists.EvaluationListsResolvers,
      ...applicationLists.ApplicationListsResolvers,
      ...StationResearchFieldsResolvers,
      ...TalentResearchFieldsResolvers,
      ...AnnouncementResearchFieldsResolvers,
      ...ApplicationResearchFieldsResolvers,
      ViewerResolver,
      UserResolver,
      UserLinksResolver,
      ApiKeyResolver,
      TalentMutationsResolver,
      OrganizationMutationsResolver,
      HostUnitMutationsResolver,
      OffshoreBaseMutationsResolver,
      ReferenceMutationsResolver,
      PartnershipMutationsResolver,
      ProjectMutationsResolver,
      PlatformMutationsResolver,
      ActivityMutationsResolver,
      AnnouncementMutationsResolver,
      EvaluationMutationsResolver,
      FundingMutationsResolver,
      AuditEventResolver,
      AuditEventFieldsResolver,
      ApplicationMutationsResolver,
      StationMutationsResolver,
      AnnouncementSubscriptionsResolver,
      ApplicationSubscriptionsResolver,
      StationSubscriptionsResolver,
      RateLimitResolver,
      SuggestionResolver,
    ],
    // Every object type is reachable through node(id), even one no field returns yet.
    orphanedTypes: [...entities, ...ORGANIZATION_TYPES],
    validateFn: validateArgument,
    pubSub: NO_SCHEMA_PUBSUB,
    authChecker,
    authMode: 'error',
    globalMiddlewares: GLOBAL_MIDDLEWARES,
  });
  // The passes after the build. Speed levers have a switch (off: type-graphql's plain path); rules of
  // the API hold in every state and have none. docs/read-api.md, "Speed levers", lists them.
  // Lever (DIRECT_RESOLVERS): off keeps type-graphql's wrapper on every field resolver.
  if (directResolvers) installDirectResolvers(schema, { globalMiddlewares: GLOBAL_MIDDLEWARES });
  // Part of the jit lever (EXECUTOR), not a switch of its own: graphql-jit takes a type name
  // synchronously and type-graphql wraps every resolveType in an async function. graphql-js awaits
  // type-graphql's own, so EXECUTOR=graphql-js keeps those (the plain path).
  if (executor === 'jit') installTypeResolvers(schema, { Node: resolveNodeType, Organization: resolveOrganizationType, SearchResult: resolveNodeType });
  // Lever (INLINE_RENAMED_FIELDS): on, rows answer to the schema's names and the fields need no
  // resolver; off, every renamed field gets a one-line resolver. Either way `name` reads `nameZh`.
  installRenamedFields(schema, entities, { inline: inlineRenamedFields });
  // type-graphql takes no description for the root types: they get theirs here.
  describeRootTypes(schema);
  // Rule, not lever: every Node's id is global, in every state (nothing to switch to).
  installGlobalIds(schema);
  // Rule, not lever, and last, over whatever the levers above left: a guard must never be dropped by
  // one of them, and assertGuarded fails the build in either state if one would be.
  installFieldGuards(schema, FIELD_RULES);
  assertGuarded(schema, FIELD_RULES);
  return schema;
}

/** The schema as SDL, fields in the order the classes declare them (stable for the same code). */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(schema)}\n`;
}
