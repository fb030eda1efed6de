/** Stations: the writes of dynamic management. */
import { BadUserInputError, ConflictError } from '../../domain-errors';
import { Caller, mutate, WriteDeps } from '../../write/mutation';
import { StationHead } from './station-head.entity';
import { StationStatusChange } from './station-status-change.entity';
import { StationStatus } from './station-status';
import { changeStationStatus } from './station-transitions';
import { Station } from './station.entity';
import { renewedUntil } from './validity';
import { ANY, writePolicy, WritePolicy } from '../../write/policy';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const STATION_POLICIES = {
  suspendStation: writePolicy('suspendStation', { STAFF: ANY }),
  reinstateStation: writePolicy('reinstateStation', { STAFF: ANY }),
  revokeStation: writePolicy('revokeStation', { STAFF: ANY }),
  /** Not a GraphQL mutation: the expiry sweep's (station-expiry.ts), the process's alone. */
  expireStation: writePolicy('expireStation', {}, { system: true }),
  renewStation: writePolicy('renewStation', { STAFF: ANY }),
  certifyStationHead: writePolicy('certifyStationHead', { STAFF: ANY }),
};

/** A status change a STAFF member asks for: the statuses it starts from, where it leads, and its verb. */
export interface StaffChange {
  policy: WritePolicy;
  from: readonly StationStatus[];
  to: StationStatus;
  verb: string;
}

export const SUSPEND: StaffChange = { policy: STATION_POLICIES.suspendStation, from: [StationStatus.ACTIVE], to: StationStatus.SUSPENDED, verb: 'suspend' };
export const REINSTATE: StaffChange = { policy: STATION_POLICIES.reinstateStation, from: [StationStatus.SUSPENDED], to: StationStatus.ACTIVE, verb: 'reinstate' };
export const REVOKE: StaffChange = { policy: STATION_POLICIES.revokeStation, from: [StationStatus.ACTIVE, StationStatus.SUSPENDED], to: StationStatus.REVOKED, verb: 'revoke' };

/** Renewal keeps an ACTIVE station active and brings an EXPIRED one back; a suspended one is reinstated first. */
const RENEWABLE: readonly StationStatus[] = [StationStatus.ACTIVE, StationStatus.EXPIRED];

export interface StatusResult {
  station: Station;
  statusChange: StationStatusChange;
}

/** Dynamic management (动态管理) of stations, through station-transitions.ts, and the certification of their heads. */
export class StationService {
  constructor(private readonly deps: WriteDeps) {}

  changeStatus(caller: Caller, stationId: number, change: StaffChange, reason: string, expectedVersion?: number | null): Promise<StatusResult> {
    return mutate(this.deps, caller, change.policy, async (m) => {
      await m.get(Station, stationId, 'input.stationId');
      const { after, entry } = await changeStationStatus(m, stationId, { ...change, reason, expectedVersion });
      return { station: after, statusChange: entry };
    });
  }

  renew(caller: Caller, stationId: number, reason: string | null, expectedVersion?: number | null): Promise<StatusResult> {
    return mutate(this.deps, caller, STATION_POLICIES.renewStation, async (m) => {
      const station = await m.get(Station, stationId, 'input.stationId');
      const validUntil = renewedUntil(station.validUntil);
      if (RENEWABLE.includes(station.status) && validUntil < m.today) {
        throw new ConflictError(`this station's validity ended on ${station.validUntil}: another 3 years would end on ${validUntil}, which has passed too; the unit must apply anew`, {
          currentStatus: station.status,
          validUntil: station.validUntil,
        });
      }
      const { after, entry } = await changeStationStatus(m, stationId, {
        from: RENEWABLE,
        to: StationStatus.ACTIVE,
        verb: 'renew',
        reason: reason ?? `续期三年，有效期至${validUntil}。`,
        also: { validUntil },
        expectedVersion,
        // The validity read above is the one extended: two renewals at once extend it once.
        condition: {
          where: 'valid_until = :renewedFrom',
          parameters: { renewedFrom: station.validUntil },
          conflict: (current) => new ConflictError(`this station was renewed meanwhile: it is valid until ${current.validUntil}`, { currentStatus: current.status, validUntil: current.validUntil }),
        },
      });
      return { station: after, statusChange: entry };
    });
  }

  certifyHead(caller: Caller, stationHeadId: number, certifiedOn: string): Promise<StationHead> {
    return mutate(this.deps, caller, STATION_POLICIES.certifyStationHead, async (m) => {
      await m.get(StationHead, stationHeadId, 'input.stationHeadId');
      if (certifiedOn > m.today) throw BadUserInputError.of([{ path: 'input.certifiedOn', message: `a certification is recorded once made: it cannot be after today (${m.today})` }]);
      const { after } = await m.update(StationHead, stationHeadId, { certifiedOn }, {
        guard: {
          where: 'certified_on IS NULL',
          conflict: (current) => new ConflictError(`this station head was certified already, on ${current.certifiedOn}`, { currentState: 'CERTIFIED', certifiedOn: current.certifiedOn }),
        },
      });
      m.emit({ type: 'NetworkFiguresChanged', figures: ['certifiedStationHeads'] });
      return after;
    });
  }
}
