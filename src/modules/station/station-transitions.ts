/**
 * A station's status changes, the one way: a conditional update from the statuses the change may
 * start from, a status-history entry saying who, when and why, and a StationStatusChanged event
 * after the commit. Used by the status mutations, by evaluations (two failing years revoke), by
 * approval (the first entry) and by the expiry sweep.
 */
import { ConflictError } from '../../domain-errors';
import type { Mutation } from '../../write/mutation';
import { StationStatusChange } from './station-status-change.entity';
import { StationStatus } from './station-status';
import { Station } from './station.entity';

export interface StatusChange {
  /** The statuses the station may be in for this change; anything else is CONFLICT naming the current one. */
  from: readonly StationStatus[];
  to: StationStatus;
  reason: string | null;
  /** What the change does, for the CONFLICT message: "suspend", "reinstate", ... */
  verb: string;
  /** Other columns the same update sets (renewal moves valid_until). */
  also?: Partial<Station>;
  expectedVersion?: number | null;
  /**
   * A further condition on the row the change needs (SQL, no alias), checked by the same update:
   * the expiry sweep's `valid_until < :today`, the validity a renewal extends. `conflict` says
   * what to answer when the status is right but this condition no longer holds.
   */
  condition?: { where: string; parameters?: Record<string, unknown>; conflict: (current: Station) => Error };
}

export async function changeStationStatus(m: Mutation, stationId: number, change: StatusChange): Promise<{ before: Station; after: Station; entry: StationStatusChange }> {
  const { condition } = change;
  const result = await m.update(Station, stationId, { status: change.to, ...change.also }, {
    expectedVersion: change.expectedVersion,
    guard: {
      where: condition ? `status IN (:...fromStatuses) AND (${condition.where})` : 'status IN (:...fromStatuses)',
      parameters: { ...condition?.parameters, fromStatuses: [...change.from] },
      conflict: (current) =>
        condition && change.from.includes(current.status)
          ? condition.conflict(current)
          : new ConflictError(`cannot ${change.verb} a station that is ${current.status}; only a station that is ${change.from.join(' or ')} can be`, {
              currentStatus: current.status,
            }),
    },
  });
  const entry = await recordStatusChange(m, result.after, result.before.status, change.reason);
  return { ...result, entry };
}

/** The history entry and the event for a station that reached `station.status` from `from` (null: just approved). */
export async function recordStatusChange(m: Mutation, station: Station, from: StationStatus | null, reason: string | null): Promise<StationStatusChange> {
  const entry = await m.insert(StationStatusChange, {
    stationId: station.id,
    fromStatus: from,
    toStatus: station.status,
    changedOn: m.today,
    reason,
    changedById: m.viewer.accountId,
    changedBy: m.viewer.label,
  });
  m.emit({ type: 'StationStatusChanged', stationId: station.id, changeId: entry.id, hostUnitId: station.hostUnitId, from, to: station.status, reason });
  return entry;
}
