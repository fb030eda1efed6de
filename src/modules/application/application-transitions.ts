/**
 * The application workflow as a state machine, the one way an application's status changes:
 *
 *   SUBMITTED → QUALIFIED → UNDER_REVIEW → INSPECTED → PUBLICIZED → APPROVED
 *   any open status → REJECTED (STAFF) or WITHDRAWN (the applicant)
 *
 * Each change is a conditional update from the statuses it may start from (so two requests racing
 * on one application cannot both move it), and an ApplicationStatusChanged event after the commit.
 * Anything else is CONFLICT naming the current status (extensions.currentStatus).
 */
import { ConflictError } from '../../domain-errors';
import type { Mutation, UpdateGuard } from '../../write/mutation';
import { ApplicationStatus, StationApplication } from './station-application.entity';

/** Statuses from which an application may still move on, be rejected or be withdrawn. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.QUALIFIED,
  ApplicationStatus.UNDER_REVIEW,
  ApplicationStatus.INSPECTED,
  ApplicationStatus.PUBLICIZED,
];

export interface ApplicationTransition {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  /** What the change does, for the CONFLICT message: "qualify", "approve", ... */
  verb: string;
  /** Other columns the same update sets. */
  also?: Partial<StationApplication>;
  expectedVersion?: number | null;
  /** A further condition (SQL, no alias) and its CONFLICT when the status is right but it fails. */
  condition?: UpdateGuard<StationApplication>;
}

/** CONFLICT for an application whose status does not allow `verb`. */
export function wrongStatus(application: StationApplication, from: readonly ApplicationStatus[], verb: string): ConflictError {
  const allowed = from.length === OPEN_STATUSES.length ? 'still open (not yet approved, rejected or withdrawn)' : `${from.join(' or ')}`;
  return new ConflictError(`cannot ${verb} an application that is ${application.status}; only an application that is ${allowed} can be`, {
    currentStatus: application.status,
  });
}

/**
 * Refuses early (before any rule is checked) when the status is wrong, so the caller hears about
 * the state first. The update in changeApplicationStatus checks again, in the same statement that
 * writes, so a change made since this read still cannot slip through.
 */
export function requireStatus(application: StationApplication, from: readonly ApplicationStatus[], verb: string): void {
  if (!from.includes(application.status)) throw wrongStatus(application, from, verb);
}

export async function changeApplicationStatus(m: Mutation, id: number, change: ApplicationTransition): Promise<{ before: StationApplication; after: StationApplication }> {
  const { condition } = change;
  const result = await m.update(StationApplication, id, { status: change.to, ...change.also }, {
    expectedVersion: change.expectedVersion,
    guard: {
      where: condition ? `status IN (:...fromStatuses) AND (${condition.where})` : 'status IN (:...fromStatuses)',
      parameters: { ...condition?.parameters, fromStatuses: [...change.from] },
      conflict: (current) => (condition && change.from.includes(current.status) ? condition.conflict(current) : wrongStatus(current, change.from, change.verb)),
    },
  });
  m.emit({ type: 'ApplicationStatusChanged', applicationId: id, hostUnitId: result.after.hostUnitId, from: result.before.status, to: result.after.status });
  return result;
}
