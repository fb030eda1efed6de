/**
 * What a role may change, within its scope: the row rules services apply before they write. Roles are
 * checked by the mutation's write policy (src/write/policy.ts, enforced by mutate()); these add the
 * row: which unit, which organisation, which application. Each refusal is FORBIDDEN with a sentence
 * saying what the caller may do instead; each pass tells the mutation its row rule held, which a
 * caller the policy gives only `OWN` reach needs before the mutation lets it write.
 */
import { ForbiddenError } from '../domain-errors';
import { Role, Viewer } from './viewer';

/** The mutation a row rule is applied in (src/write/mutation.ts's Mutation). */
export interface RowCheck {
  readonly viewer: Viewer;
  /** The caller's row rule held: an `OWN` caller may write from now on. */
  rowRuleHeld(): void;
}

export function isStaff(viewer: Viewer): boolean {
  return viewer.role === Role.STAFF;
}

/** STAFF, or a UNIT_MANAGER of `hostUnitId`. */
export function canManageUnit(viewer: Viewer, hostUnitId: number): boolean {
  return isStaff(viewer) || (viewer.role === Role.UNIT_MANAGER && viewer.hostUnitId === hostUnitId);
}

/** STAFF, or a PARTNER acting for `organizationId`. */
export function canActFor(viewer: Viewer, organizationId: number | null): boolean {
  return isStaff(viewer) || (viewer.role === Role.PARTNER && organizationId !== null && viewer.organizationId === organizationId);
}

export function requireStaff(viewer: Viewer, what: string): void {
  if (!isStaff(viewer)) throw new ForbiddenError(`only STAFF may ${what}`);
}

/** FORBIDDEN unless the caller manages the unit (`what` says what they tried, e.g. "engage talents at this station"). */
export function requireUnitManager(m: RowCheck, hostUnitId: number, what: string): void {
  const viewer = m.viewer;
  if (!canManageUnit(viewer, hostUnitId)) {
    throw new ForbiddenError(
      viewer.role === Role.UNIT_MANAGER
        ? `you manage another host unit: only its managers or STAFF may ${what}`
        : `only STAFF or the host unit's managers may ${what}`,
    );
  }
  m.rowRuleHeld();
}

/** FORBIDDEN unless the caller acts for the organisation. */
export function requirePartnerOf(m: RowCheck, organizationId: number | null, what: string): void {
  const viewer = m.viewer;
  if (!canActFor(viewer, organizationId)) {
    throw new ForbiddenError(
      viewer.role === Role.PARTNER ? `you act for another organisation: only its partners or STAFF may ${what}` : `only STAFF or the organisation's partners may ${what}`,
    );
  }
  m.rowRuleHeld();
}
