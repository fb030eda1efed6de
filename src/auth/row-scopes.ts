/**
 * Row scope: which rows of each table a viewer may read, as SQL the loaders put into the list's
 * own statement (src/db/row-scope.ts). Deny by default: every entity either has a rule here or is
 * named in PUBLIC_ENTITIES, and the schema build refuses to start when one has neither
 * (checkRowScopes), so a new table is never served by accident. docs/authorization.md is the
 * matrix these rules implement.
 */
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { RowScope, RowScopes } from '../db/row-scope';
import type { Binder } from '../db/sql-params';
import { Account } from '../modules/account/account.entity';
import { ApiKey } from '../modules/account/api-key.entity';
import { ApplicationReview } from '../modules/application/application-review.entity';
import { Expert } from '../modules/application/expert.entity';
import { SiteInspection } from '../modules/application/site-inspection.entity';
import { ApplicationStatus, StationApplication } from '../modules/application/station-application.entity';
import { AuditEvent } from '../write/audit-event.entity';
import { ApplicationResearchField } from '../modules/application/application-research-field.entity';
import { ActivityParticipant } from '../modules/activity/activity-participant.entity';
import { Activity } from '../modules/activity/activity.entity';
import { AnnouncementCountry } from '../modules/announcement/announcement-country.entity';
import { AnnouncementResearchField } from '../modules/announcement/announcement-research-field.entity';
import { Announcement } from '../modules/announcement/announcement.entity';
import { EvaluationYear } from '../modules/evaluation/evaluation-year.entity';
import { Evaluation } from '../modules/evaluation/evaluation.entity';
import { Disbursement } from '../modules/funding/disbursement.entity';
import { FundingGrant } from '../modules/funding/funding-grant.entity';
import { HostUnit } from '../modules/host-unit/host-unit.entity';
import { OffshoreBase } from '../modules/offshore-base/offshore-base.entity';
import { Organization } from '../modules/organization/organization.entity';
import { Partnership } from '../modules/partnership/partnership.entity';
import { PlatformPartner } from '../modules/platform/platform-partner.entity';
import { Platform } from '../modules/platform/platform.entity';
import { Project } from '../modules/project/project.entity';
import { District } from '../modules/reference/district.entity';
import { ResearchField } from '../modules/reference/research-field.entity';
import { StationHead } from '../modules/station/station-head.entity';
import { StationResearchField } from '../modules/station/station-research-field.entity';
import { StationStatusChange } from '../modules/station/station-status-change.entity';
import { Station } from '../modules/station/station.entity';
import { AmbassadorAppointment } from '../modules/talent/ambassador-appointment.entity';
import { Engagement, EngagementStatus } from '../modules/talent/engagement.entity';
import { TalentResearchField } from '../modules/talent/talent-research-field.entity';
import { Talent } from '../modules/talent/talent.entity';
import { IdempotencyKey } from '../db/idempotency-key.entity';
import { EventSequence } from '../events/event-sequence.entity';
import { SearchTerm } from '../modules/search/search-term.entity';
import { ANONYMOUS, Role, Viewer } from './viewer';

/** For one scoped entity: the viewer's condition, or null when the viewer sees every row. */
type ScopeRule = (viewer: Viewer) => RowScope | null;

/** No row at all: what a viewer outside a private table's scope reads from it. */
const NONE: RowScope = () => '1 = 0';

/** STAFF see every row; everybody else sees none. */
const staffOnly: ScopeRule = (viewer) => (viewer.role === Role.STAFF ? null : NONE);

/** Once publicized (公示) an application is public; before that it is workflow in progress. */
export const PUBLIC_APPLICATION_STATUSES = [ApplicationStatus.PUBLICIZED, ApplicationStatus.APPROVED];

/** SQL: the application `column` names is assigned to the viewer's expert record. */
const assignedTo = (column: string, expertId: number, p: Binder) =>
  `EXISTS (SELECT 1 FROM application_review scope_r WHERE scope_r.application_id = ${column} AND scope_r.expert_id = ${p.bind(expertId)})`;

/** Applications: public once publicized; before that STAFF, the unit's managers and its assigned reviewers. */
const applicationScope: ScopeRule = (viewer) => {
  if (viewer.role === Role.STAFF) return null;
  return (t, p) => {
    const visible = [`${t}.status IN (${p.bind(PUBLIC_APPLICATION_STATUSES)})`];
    if (viewer.role === Role.UNIT_MANAGER && viewer.hostUnitId !== null) visible.push(`${t}.host_unit_id = ${p.bind(viewer.hostUnitId)}`);
    if (viewer.role === Role.REVIEWER && viewer.expertId !== null) visible.push(assignedTo(`${t}.id`, viewer.expertId, p));
    return `(${visible.join(' OR ')})`;
  };
};

/** Site inspections are internal notes: STAFF, the inspected unit's managers, the application's reviewers. */
const inspectionScope: ScopeRule = (viewer) => {
  if (viewer.role === Role.STAFF) return null;
  if (viewer.role === Role.UNIT_MANAGER && viewer.hostUnitId !== null) {
    const unit = viewer.hostUnitId;
    return (t, p) => `EXISTS (SELECT 1 FROM station_application scope_a WHERE scope_a.id = ${t}.application_id AND scope_a.host_unit_id = ${p.bind(unit)})`;
  }
  if (viewer.role === Role.REVIEWER && viewer.expertId !== null) {
    const expert = viewer.expertId;
    return (t, p) => assignedTo(`${t}.application_id`, expert, p);
  }
  return NONE;
};

/** An application's research fields: as visible as the application itself. */
const applicationLinkScope: ScopeRule = (viewer) => {
  const application = applicationScope(viewer);
  if (!application) return null;
  return (t, p) => `EXISTS (SELECT 1 FROM station_application scope_la WHERE scope_la.id = ${t}.application_id AND ${application('scope_la', p)})`;
};

/**
 * Engagements: a PROPOSED one (a unit manager's, waiting for STAFF) is seen by STAFF and by the
 * managers of the station's unit, who proposed it; the public and everybody else see confirmed
 * engagements only, so a proposal shows in no list, count or edge until STAFF confirm it.
 */
const engagementScope: ScopeRule = (viewer) => {
  if (viewer.role === Role.STAFF) return null;
  if (viewer.role === Role.UNIT_MANAGER && viewer.hostUnitId !== null) {
    const unit = viewer.hostUnitId;
    return (t, p) =>
      `(${t}.status = ${p.bind(EngagementStatus.CONFIRMED)} OR EXISTS (SELECT 1 FROM station scope_s WHERE scope_s.id = ${t}.station_id AND scope_s.host_unit_id = ${p.bind(unit)}))`;
  }
  return (t, p) => `${t}.status = ${p.bind(EngagementStatus.CONFIRMED)}`;
};

/** Reviews and reviewers' identities: STAFF, and the expert themself. */
const ownExpert =
  (column: string): ScopeRule =>
  (viewer) => {
    if (viewer.role === Role.STAFF) return null;
    if (viewer.role === Role.REVIEWER && viewer.expertId !== null) {
      const expert = viewer.expertId;
      return (t, p) => `${t}.${column} = ${p.bind(expert)}`;
    }
    return NONE;
  };

const RULES = new Map<EntityTarget<ObjectLiteral>, ScopeRule>([
  [StationApplication, applicationScope],
  [SiteInspection, inspectionScope],
  [ApplicationReview, ownExpert('expert_id')],
  [Expert, ownExpert('id')],
  // Accounts: STAFF manage them all; a holder sees their own.
  [Account, (viewer) => (viewer.role === Role.STAFF ? null : viewer.accountId !== null ? (t, p) => `${t}.id = ${p.bind(viewer.accountId)}` : NONE)],
  [ApiKey, staffOnly],
  [AuditEvent, staffOnly],
  [ApplicationResearchField, applicationLinkScope],
  [Engagement, engagementScope],
  // Bookkeeping of the write side: no field serves it, and node(id) must not either.
  [IdempotencyKey, () => NONE],
  [EventSequence, () => NONE],
  // The search index: read only by search, through each record's own scope and field rules.
  [SearchTerm, () => NONE],
]);

/** The entities whose rows a rule narrows: each is a row of docs/authorization.md's "Protected data" (a test checks). */
export const SCOPED_ENTITIES: readonly EntityTarget<ObjectLiteral>[] = [...RULES.keys()];

/**
 * The network's public record: every row of these tables is readable by anyone, as the source
 * article publishes them. Personal data inside them (a talent's email and phone) is guarded per
 * field (src/auth/field-rules.ts), not per row. Naming a table here is a decision; leaving a new
 * one out of both lists stops the server at start-up.
 */
export const PUBLIC_ENTITIES: ReadonlySet<EntityTarget<ObjectLiteral>> = new Set<EntityTarget<ObjectLiteral>>([
  District,
  ResearchField,
  Organization,
  HostUnit,
  OffshoreBase,
  Talent,
  TalentResearchField,
  StationHead,
  Station,
  StationStatusChange,
  StationResearchField,
  AmbassadorAppointment,
  Partnership,
  Project,
  Platform,
  PlatformPartner,
  FundingGrant,
  Disbursement,
  Activity,
  ActivityParticipant,
  Evaluation,
  EvaluationYear,
  Announcement,
  AnnouncementResearchField,
  AnnouncementCountry,
]);

/** The name a check reports for an entity class (or table name). */
function entityName(entity: EntityTarget<ObjectLiteral>): string {
  return typeof entity === 'function' ? entity.name : typeof entity === 'string' ? entity : String((entity as { name?: string }).name);
}

/**
 * Deny by default, checked where the schema is built: every entity must be public or have a row
 * rule, and not both (a rule on a public table would be a contradiction the matrix cannot show).
 * Throws naming each entity that breaks this.
 */
export function checkRowScopes(
  model: readonly EntityTarget<ObjectLiteral>[],
  publicEntities: ReadonlySet<EntityTarget<ObjectLiteral>> = PUBLIC_ENTITIES,
  rules: ReadonlyMap<EntityTarget<ObjectLiteral>, unknown> = RULES,
): void {
  const undeclared = model.filter((entity) => !publicEntities.has(entity) && !rules.has(entity)).map(entityName);
  const both = model.filter((entity) => publicEntities.has(entity) && rules.has(entity)).map(entityName);
  const problems: string[] = [];
  if (undeclared.length) {
    problems.push(`${undeclared.join(', ')} ${undeclared.length === 1 ? 'has' : 'have'} no row rule: add one to RULES in src/auth/row-scopes.ts, or name the entity in PUBLIC_ENTITIES if every row is public`);
  }
  if (both.length) problems.push(`${both.join(', ')} ${both.length === 1 ? 'is' : 'are'} both public and scoped in src/auth/row-scopes.ts: keep one`);
  if (problems.length) throw new Error(`row scope is deny-by-default: ${problems.join('; ')}`);
}

function scopesOf(viewer: Viewer): RowScopes {
  return {
    of: (entity) => {
      const rule = RULES.get(entity);
      if (rule) return rule(viewer);
      if (PUBLIC_ENTITIES.has(entity)) return null;
      // Not reachable once checkRowScopes has passed; a table read anyway shows nothing.
      return NONE;
    },
  };
}

const ANONYMOUS_SCOPES = scopesOf(ANONYMOUS);

/** The row scopes of one viewer, worked out once per entity per request by the loaders. */
export function rowScopesFor(viewer: Viewer): RowScopes {
  return viewer === ANONYMOUS ? ANONYMOUS_SCOPES : scopesOf(viewer);
}
