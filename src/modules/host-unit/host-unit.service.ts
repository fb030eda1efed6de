/** Host units: their writes. */
import { isStaff, requireUnitManager } from '../../auth/write-scope';
import { ForbiddenError } from '../../domain-errors';
import type { ChangesOf, NewOf } from '../../graphql/writable-fields';
import { changesFrom } from '../../write/changes';
import { Caller, mutate, replaysCreated, WriteDeps } from '../../write/mutation';
import { trimmed, UniqueValue, writeUnique } from '../../write/unique';
import { District } from '../reference/district.entity';
import { HostUnit } from './host-unit.entity';
import type { HOST_UNIT_FIELDS } from './host-unit.mutation-types';
import { ANY, OWN, writePolicy } from '../../write/policy';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const HOST_UNIT_POLICIES = {
  createHostUnit: writePolicy('createHostUnit', { STAFF: ANY }),
  updateHostUnit: writePolicy('updateHostUnit', { STAFF: ANY, UNIT_MANAGER: OWN }),
};

/** A new host unit, as the create input gives it (ids decoded, left-out fields null). */
export type NewHostUnit = NewOf<typeof HOST_UNIT_FIELDS.fields>;

/** Fields to change, named as the input names them; null clears a nullable one. */
export type HostUnitChanges = ChangesOf<typeof HOST_UNIT_FIELDS.fields>;

const REQUIRED_FIELDS = ['kind', 'name', 'districtId'] as const;

/**
 * What only STAFF change on a unit: its kind and district are what CQAST's qualification check
 * judged, and district matching funds (配套经费) follow the district. A unit's managers keep its
 * names, representative and service space up to date.
 */
const STAFF_FIELDS = ['kind', 'districtId'] as const;

/** Host-unit names are unique (src/write/unique.ts has the rule). */
const uniqueName = (name: string, exceptId?: number): UniqueValue => ({ entity: HostUnit, property: 'nameZh', value: name, path: 'input.name', label: 'name', exceptId });

function columnsOf(values: HostUnitChanges): Partial<HostUnit> {
  const { name, ...rest } = values;
  return { ...rest, ...(name !== undefined ? { nameZh: trimmed(name)! } : {}) } as Partial<HostUnit>;
}

/** Writes of host units. */
export class HostUnitService {
  constructor(private readonly deps: WriteDeps) {}

  createHostUnit(caller: Caller, input: NewHostUnit, idempotencyKey?: string | null): Promise<HostUnit> {
    return mutate(
      this.deps,
      caller,
      HOST_UNIT_POLICIES.createHostUnit,
      async (m) => {
        await m.get(District, input.districtId, 'input.districtId');
        return writeUnique(m, uniqueName(trimmed(input.name)), () => m.insert(HostUnit, columnsOf(input)));
      },
      replaysCreated(HostUnit, idempotencyKey, input),
    );
  }

  updateHostUnit(caller: Caller, id: number, changes: HostUnitChanges, expectedVersion?: number | null): Promise<HostUnit> {
    return mutate(this.deps, caller, HOST_UNIT_POLICIES.updateHostUnit, async (m) => {
      const unit = await m.get(HostUnit, id, 'input.id');
      requireUnitManager(m, id, 'change this host unit');
      const given = changesFrom(changes, REQUIRED_FIELDS);
      if (!isStaff(m.viewer) && STAFF_FIELDS.some((field) => given[field] !== undefined && given[field] !== unit[field])) {
        throw new ForbiddenError(
          "only STAFF may change a host unit's kind or district: they are what CQAST's qualification check judged, and district matching funds follow the district; its managers may change its names, representative and service space",
        );
      }
      if (given.districtId != null) await m.get(District, given.districtId, 'input.districtId');
      const write = () => m.update(HostUnit, id, columnsOf(given), { expectedVersion });
      const { after } = given.name != null ? await writeUnique(m, uniqueName(trimmed(given.name), id), write) : await write();
      return after;
    });
  }
}
