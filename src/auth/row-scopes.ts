/**
 * Row scope: which rows of each table a viewer may read, as SQL the loaders put into the list's
 * own statement (src/db/row-scope.ts). One rule per scoped entity; an entity without a rule is
 * public. docs/authorization.md is the matrix these rules implement.
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
import { AuditEvent } from '../modules/audit/audit-event.entity';
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
]);

function scopesOf(viewer: Viewer): RowScopes {
  return { of: (entity) => RULES.get(entity)?.(viewer) ?? null };
}

const ANONYMOUS_SCOPES = scopesOf(ANONYMOUS);

/** The row scopes of one viewer, worked out once per entity per request by the loaders. */
export function rowScopesFor(viewer: Viewer): RowScopes {
  return viewer === ANONYMOUS ? ANONYMOUS_SCOPES : scopesOf(viewer);
}
