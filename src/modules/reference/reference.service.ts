/** The reference lists (districts, research fields): their writes. */
import { ANY, writePolicy, WritePolicy } from '../../write/policy';
import { changesFrom } from '../../write/changes';
import { Caller, Idempotency, mutate, replaysCreated, WriteDeps } from '../../write/mutation';
import { trimmed, writeUnique } from '../../write/unique';
import type { ChangesOf, NewOf } from '../../graphql/writable-fields';
import { District, DistrictKind } from './district.entity';
import type { DISTRICT_FIELDS, RESEARCH_FIELD_FIELDS } from './reference.mutation-types';
import { ResearchField } from './research-field.entity';

/** A new district or research field, as the create input gives it. */
export type NewDistrict = NewOf<typeof DISTRICT_FIELDS.fields>;
export type NewResearchField = NewOf<typeof RESEARCH_FIELD_FIELDS.fields>;

/** Fields to change, named as the input names them; none of them can be cleared. */
export type DistrictChanges = ChangesOf<typeof DISTRICT_FIELDS.fields>;
export type ResearchFieldChanges = ChangesOf<typeof RESEARCH_FIELD_FIELDS.fields>;

type ReferenceEntity = typeof District | typeof ResearchField;
type ReferenceValues = { code?: string | null; name?: string | null; nameEn?: string | null; kind?: DistrictKind | null };

function columnsOf(values: ReferenceValues): Partial<District> {
  const { name, nameEn, ...rest } = values;
  return { ...rest, ...(name !== undefined ? { nameZh: trimmed(name)! } : {}), ...(nameEn !== undefined ? { nameEn: trimmed(nameEn)! } : {}) } as Partial<District>;
}

/** Who may run these mutations: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const REFERENCE_POLICIES = {
  createDistrict: writePolicy('createDistrict', { STAFF: ANY }),
  updateDistrict: writePolicy('updateDistrict', { STAFF: ANY }),
  createResearchField: writePolicy('createResearchField', { STAFF: ANY }),
  updateResearchField: writePolicy('updateResearchField', { STAFF: ANY }),
};

/**
 * Writes of the reference lists, STAFF's alone. Codes are unique (a taken one is CONFLICT naming it
 * and its holder); names need not be.
 */
export class ReferenceService {
  constructor(private readonly deps: WriteDeps) {}

  createDistrict(caller: Caller, input: NewDistrict, idempotencyKey?: string | null): Promise<District> {
    return this.create(caller, REFERENCE_POLICIES.createDistrict, District, input, idempotencyKey);
  }

  updateDistrict(caller: Caller, id: number, changes: DistrictChanges, expectedVersion?: number | null): Promise<District> {
    return this.update(caller, REFERENCE_POLICIES.updateDistrict, District, id, changesFrom(changes, ['code', 'name', 'nameEn', 'kind']), expectedVersion);
  }

  createResearchField(caller: Caller, input: NewResearchField, idempotencyKey?: string | null): Promise<ResearchField> {
    return this.create(caller, REFERENCE_POLICIES.createResearchField, ResearchField, input, idempotencyKey);
  }

  updateResearchField(caller: Caller, id: number, changes: ResearchFieldChanges, expectedVersion?: number | null): Promise<ResearchField> {
    return this.update(caller, REFERENCE_POLICIES.updateResearchField, ResearchField, id, changesFrom(changes, ['code', 'name', 'nameEn']), expectedVersion);
  }

  private create<T extends District | ResearchField>(
    caller: Caller,
    policy: WritePolicy,
    entity: ReferenceEntity,
    values: ReferenceValues & { code: string },
    idempotencyKey?: string | null,
  ): Promise<T> {
    return mutate(
      this.deps,
      caller,
      policy,
      async (m) => {
        const code = { entity, property: 'code', value: values.code, path: 'input.code', label: 'code' };
        return writeUnique(m, code, () => m.insert(entity as typeof District, columnsOf(values))) as Promise<T>;
      },
      replaysCreated(entity as typeof District, idempotencyKey, values) as unknown as Idempotency<T>,
    );
  }

  private update<T extends District | ResearchField>(caller: Caller, policy: WritePolicy, entity: ReferenceEntity, id: number, given: ReferenceValues, expectedVersion?: number | null): Promise<T> {
    return mutate(this.deps, caller, policy, async (m) => {
      await m.get(entity as typeof District, id, 'input.id');
      const write = () => m.update(entity as typeof District, id, columnsOf(given), { expectedVersion });
      const { after } =
        given.code != null ? await writeUnique(m, { entity, property: 'code', value: given.code, path: 'input.code', label: 'code', exceptId: id }, write) : await write();
      return after as T;
    });
  }
}
