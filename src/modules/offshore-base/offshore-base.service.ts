/** Offshore bases: their writes. */
import { BadUserInputError } from '../../domain-errors';
import type { ChangesOf, NewOf } from '../../graphql/writable-fields';
import { changesFrom } from '../../write/changes';
import { Caller, mutate, Mutation, replaysCreated, WriteDeps } from '../../write/mutation';
import { trimmed, UniqueValue, writeUnique } from '../../write/unique';
import { District } from '../reference/district.entity';
import { OffshoreBase } from './offshore-base.entity';
import type { OFFSHORE_BASE_FIELDS } from './offshore-base.mutation-types';
import { ANY, writePolicy } from '../../write/policy';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const OFFSHORE_BASE_POLICIES = {
  createOffshoreBase: writePolicy('createOffshoreBase', { STAFF: ANY }),
  updateOffshoreBase: writePolicy('updateOffshoreBase', { STAFF: ANY }),
};

/** A new offshore base, as the create input gives it (ids decoded, left-out fields null). */
export type NewOffshoreBase = NewOf<typeof OFFSHORE_BASE_FIELDS.fields>;

/** Fields to change, named as the input names them; null clears a nullable one. */
export type OffshoreBaseChanges = ChangesOf<typeof OFFSHORE_BASE_FIELDS.fields>;

const REQUIRED_FIELDS = ['name', 'kind', 'level', 'districtId', 'establishedYear'] as const;

/** Offshore-base names are unique (src/write/unique.ts has the rule). */
const uniqueName = (name: string, exceptId?: number): UniqueValue => ({ entity: OffshoreBase, property: 'nameZh', value: name, path: 'input.name', label: 'name', exceptId });

function columnsOf(values: OffshoreBaseChanges): Partial<OffshoreBase> {
  const { name, ...rest } = values;
  return { ...rest, ...(name !== undefined ? { nameZh: trimmed(name)! } : {}) } as Partial<OffshoreBase>;
}

/** A base cannot have been established in a year still to come. */
function requirePastYear(m: Mutation, year: number | null | undefined): void {
  const thisYear = Number(m.today.slice(0, 4));
  if (year != null && year > thisYear) {
    throw BadUserInputError.of([{ path: 'input.establishedYear', message: `establishedYear cannot be after this year (${thisYear})` }]);
  }
}

/** Writes of offshore bases: STAFF's alone. */
export class OffshoreBaseService {
  constructor(private readonly deps: WriteDeps) {}

  createOffshoreBase(caller: Caller, input: NewOffshoreBase, idempotencyKey?: string | null): Promise<OffshoreBase> {
    return mutate(
      this.deps,
      caller,
      OFFSHORE_BASE_POLICIES.createOffshoreBase,
      async (m) => {
        requirePastYear(m, input.establishedYear);
        await m.get(District, input.districtId, 'input.districtId');
        return writeUnique(m, uniqueName(trimmed(input.name)), () => m.insert(OffshoreBase, columnsOf(input)));
      },
      replaysCreated(OffshoreBase, idempotencyKey, input),
    );
  }

  updateOffshoreBase(caller: Caller, id: number, changes: OffshoreBaseChanges, expectedVersion?: number | null): Promise<OffshoreBase> {
    return mutate(this.deps, caller, OFFSHORE_BASE_POLICIES.updateOffshoreBase, async (m) => {
      await m.get(OffshoreBase, id, 'input.id');
      const given = changesFrom(changes, REQUIRED_FIELDS);
      requirePastYear(m, given.establishedYear);
      if (given.districtId != null) await m.get(District, given.districtId, 'input.districtId');
      const write = () => m.update(OffshoreBase, id, columnsOf(given), { expectedVersion });
      const { after } = given.name != null ? await writeUnique(m, uniqueName(trimmed(given.name), id), write) : await write();
      return after;
    });
  }
}
