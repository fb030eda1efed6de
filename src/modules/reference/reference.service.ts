/** The reference lists (districts, research fields): their writes. */
import { requireStaff } from '../../auth/write-scope';
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

/**
 * Writes of the reference lists, STAFF's alone. Codes are unique (a taken one is CONFLICT naming it
 * and its holder); names need not be.
 */
export class ReferenceService {
  constructor(private readonly deps: WriteDeps) {}

  createDistrict(caller: Caller, input: NewDistrict, idempotencyKey?: string | null): Promise<District> {
    return this.create(caller, 'createDistrict', District, 'register districts', input, idempotencyKey);
  }

  updateDistrict(caller: Caller, id: number, changes: DistrictChanges, expectedVersion?: number | null): Promise<District> {
    return this.update(caller, 'updateDistrict', District, 'change districts', id, changesFrom(changes, ['code', 'name', 'nameEn', 'kind']), expectedVersion);
  }

  createResearchField(caller: Caller, input: NewResearchField, idempotencyKey?: string | null): Promise<ResearchField> {
    return this.create(caller, 'createResearchField', ResearchField, 'add research fields', input, idempotencyKey);
  }

  updateResearchField(caller: Caller, id: number, changes: ResearchFieldChanges, expectedVersion?: number | null): Promise<ResearchField> {
    return this.update(caller, 'updateResearchField', ResearchField, 'change research fields', id, changesFrom(changes, ['code', 'name', 'nameEn']), expectedVersion);
  }

  private create<T extends District | ResearchField>(
    caller: Caller,
    action: string,
    entity: ReferenceEntity,
    what: string,
    values: ReferenceValues & { code: string },
    idempotencyKey?: string | null,
  ): Promise<T> {
    return mutate(
      this.deps,
      caller,
      action,
      async (m) => {
        requireStaff(m.viewer, what);
        const code = { entity, property: 'code', value: values.code, path: 'input.code', label: 'code' };
        return writeUnique(m, code, () => m.insert(entity as typeof District, columnsOf(values))) as Promise<T>;
      },
      replaysCreated(entity as typeof District, idempotencyKey, values) as unknown as Idempotency<T>,
    );
  }

  private update<T extends District | ResearchField>(caller: Caller, action: string, entity: ReferenceEntity, what: string, id: number, given: ReferenceValues, expectedVersion?: number | null): Promise<T> {
    return mutate(this.deps, caller, action, async (m) => {
      requireStaff(m.viewer, what);
      await m.get(entity as typeof District, id, 'input.id');
      const write = () => m.update(entity as typeof District, id, columnsOf(given), { expectedVersion });
      const { after } =
        given.code != null ? await writeUnique(m, { entity, property: 'code', value: given.code, path: 'input.code', label: 'code', exceptId: id }, write) : await write();
      return after as T;
    });
  }
}
