/**
 * What a role may change, within its scope: the checks services make before they write. Roles are
 * checked first by `@Authorized` on the mutation; these add the row: which unit, which organisation,
 * which application. Each refusal is FORBIDDEN with a sentence saying what the caller may do instead.
 */
import { ForbiddenError } from '../domain-errors';
import { Role, Viewer } from './viewer';

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
export function requireUnitManager(viewer: Viewer, hostUnitId: number, what: string): void {
  if (!canManageUnit(viewer, hostUnitId)) {
    throw new ForbiddenError(
      viewer.role === Role.UNIT_MANAGER
        ? `you manage another host unit: only its managers or STAFF may ${what}`
        : `only STAFF or the host unit's managers may ${what}`,
    );
  }
}

/** FORBIDDEN unless the caller acts for the organisation. */
export function requirePartnerOf(viewer: Viewer, organizationId: number | null, what: string): void {
  if (!canActFor(viewer, organizationId)) {
    throw new ForbiddenError(
      viewer.role === Role.PARTNER ? `you act for another organisation: only its partners or STAFF may ${what}` : `only STAFF or the organisation's partners may ${what}`,
    );
  }
}
