/** The writes of platforms and their partners. */
import { isStaff, requireUnitManager } from '../../auth/write-scope';
import { Role, Viewer } from '../../auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../domain-errors';
import { changesFrom } from '../../write/changes';
import { Caller, mutate, Mutation, replaysCreated, WriteDeps } from '../../write/mutation';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { PlatformPartner } from './platform-partner.entity';
import type { ChangesOf, NewOf } from '../../graphql/writable-fields';
import { Platform } from './platform.entity';
import type { PLATFORM_FIELDS } from './platform.mutation-types';
import { ANY, OWN, writePolicy } from '../../write/policy';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const PLATFORM_POLICIES = {
  createPlatform: writePolicy('createPlatform', { STAFF: ANY, UNIT_MANAGER: OWN, PARTNER: OWN }),
  updatePlatform: writePolicy('updatePlatform', { STAFF: ANY, UNIT_MANAGER: OWN, PARTNER: OWN }),
  addPlatformPartner: writePolicy('addPlatformPartner', { STAFF: ANY, UNIT_MANAGER: OWN, PARTNER: OWN }),
  removePlatformPartner: writePolicy('removePlatformPartner', { STAFF: ANY, UNIT_MANAGER: OWN, PARTNER: OWN }),
};

/** A new platform, as the create input gives it (ids decoded, left-out fields null, no partners []). */
export type NewPlatform = NewOf<typeof PLATFORM_FIELDS.fields>;

/** Fields to change; null clears a nullable one (name, kind and establishedOn cannot be cleared). */
export type PlatformChanges = ChangesOf<typeof PLATFORM_FIELDS.fields>;

const REQUIRED_PLATFORM_FIELDS = ['name', 'kind', 'establishedOn'] as const;

/** Writes of platforms and of the organisations they are built with. */
export class PlatformService {
  constructor(private readonly deps: WriteDeps) {}

  createPlatform(caller: Caller, input: NewPlatform, idempotencyKey?: string | null): Promise<Platform> {
    const { name, partnerOrganizationIds, ...values } = input;
    const row = { ...values, nameZh: name };
    requireOneBuilder(row);
    return mutate(
      this.deps,
      caller,
      PLATFORM_POLICIES.createPlatform,
      async (m) => {
        await requireReferences(m, row);
        for (const [index, id] of partnerOrganizationIds.entries()) await m.get(Organization, id, `input.partnerOrganizationIds[${index}]`);
        if (m.viewer.role === Role.PARTNER) requireOwnPartnersOnly(m.viewer, partnerOrganizationIds);
        await requirePlatformScope(m, row, partnerOrganizationIds, 'record platforms');
        const platform = await m.insert(Platform, row);
        m.checkpoint('inserted');
        for (const organizationId of partnerOrganizationIds) await m.insert(PlatformPartner, { platformId: platform.id, organizationId });
        emitFigures(m, null, platform);
        return platform;
      },
      replaysCreated(Platform, idempotencyKey, input),
    );
  }

  updatePlatform(caller: Caller, id: number, changes: PlatformChanges, expectedVersion?: number | null): Promise<Platform> {
    const { name, ...rest } = changesFrom(changes, REQUIRED_PLATFORM_FIELDS);
    const values: Partial<Platform> = { ...rest, ...(name !== undefined ? { nameZh: name } : {}) };
    return mutate(this.deps, caller, PLATFORM_POLICIES.updatePlatform, async (m) => {
      const current = await m.get(Platform, id, 'input.id');
      const partners = await partnersOf(m, id);
      await requirePlatformScope(m, current, partners, 'change platforms');
      const next = { ...current, ...values };
      requireOneBuilder(next);
      await requireReferences(m, values);
      // As it will be: a manager cannot move it to another unit's station.
      await requirePlatformScope(m, next, partners, 'record platforms');
      const { before, after } = await m.update(Platform, id, values, { expectedVersion });
      emitFigures(m, before, after);
      return after;
    });
  }

  addPlatformPartner(caller: Caller, platformId: number, organizationId: number): Promise<Platform> {
    return mutate(this.deps, caller, PLATFORM_POLICIES.addPlatformPartner, async (m) => {
      // Locked so that two requests adding the same partner cannot both find it missing.
      const platform = await lockPlatform(m, platformId);
      await m.get(Organization, organizationId, 'input.organizationId');
      await requirePartnerChange(m, platform, organizationId, 'add');
      const existing = await m.tx.manager.findOneBy(PlatformPartner, { platformId, organizationId });
      if (existing) throw new ConflictError('this organisation is a partner of the platform already', { currentState: 'PARTNER' });
      await m.insert(PlatformPartner, { platformId, organizationId });
      return platform;
    });
  }

  removePlatformPartner(caller: Caller, platformId: number, organizationId: number): Promise<Platform> {
    return mutate(this.deps, caller, PLATFORM_POLICIES.removePlatformPartner, async (m) => {
      const platform = await lockPlatform(m, platformId);
      await requirePartnerChange(m, platform, organizationId, 'remove');
      const link = await m.tx.manager.findOneBy(PlatformPartner, { platformId, organizationId });
      if (!link) throw new NotFoundError('input.organizationId is not a partner of this platform', { argument: 'input.organizationId' });
      await m.remove(PlatformPartner, link.id);
      return platform;
    });
  }
}

type Builder = Pick<Platform, 'stationId' | 'offshoreBaseId'>;

/** BAD_USER_INPUT unless exactly one of station and base built the platform. */
function requireOneBuilder(platform: Builder): void {
  if ((platform.stationId === null) === (platform.offshoreBaseId === null)) {
    throw BadUserInputError.of([{ path: 'input.stationId', message: 'give exactly one of stationId and offshoreBaseId: the station or the offshore base that built the platform' }]);
  }
}

async function requireReferences(m: Mutation, values: Partial<Platform>): Promise<void> {
  if (values.stationId) await m.get(Station, values.stationId, 'input.stationId');
  if (values.offshoreBaseId) await m.get(OffshoreBase, values.offshoreBaseId, 'input.offshoreBaseId');
  if (values.researchFieldId) await m.get(ResearchField, values.researchFieldId, 'input.researchFieldId');
}

async function partnersOf(m: Mutation, platformId: number): Promise<number[]> {
  return (await m.tx.manager.findBy(PlatformPartner, { platformId })).map((link) => link.organizationId);
}

async function lockPlatform(m: Mutation, platformId: number): Promise<Platform> {
  const platform = await m.lock(Platform, platformId);
  if (!platform) throw new NotFoundError('input.platformId names no Platform that exists', { argument: 'input.platformId' });
  return platform;
}

/** A PARTNER names only their own organisation as a new platform's partner, and must name it. */
function requireOwnPartnersOnly(viewer: Viewer, partnerOrganizationIds: readonly number[]): void {
  if (partnerOrganizationIds.some((id) => id !== viewer.organizationId)) {
    throw new ForbiddenError("a PARTNER may name only their own organisation as partner; STAFF or the station's managers add the others");
  }
  if (!partnerOrganizationIds.length) {
    throw new ForbiddenError('a PARTNER records only platforms built with their own organisation: name it in partnerOrganizationIds');
  }
}

/**
 * FORBIDDEN unless the caller may write this platform: STAFF any; a UNIT_MANAGER one built by a
 * station of their unit; a PARTNER one their organisation is a partner of (`partners`).
 */
async function requirePlatformScope(m: Mutation, platform: Builder, partners: readonly number[], what: string): Promise<void> {
  const { viewer } = m;
  if (isStaff(viewer)) return;
  if (viewer.role === Role.UNIT_MANAGER) {
    if (platform.stationId === null) throw new ForbiddenError(`only STAFF may ${what} built by an offshore base; a UNIT_MANAGER works with the platforms of their unit's stations`);
    const station = await m.get(Station, platform.stationId, 'input.stationId');
    requireUnitManager(m, station.hostUnitId, `${what} built by this station`);
    return;
  }
  if (viewer.role !== Role.PARTNER || viewer.organizationId === null || !partners.includes(viewer.organizationId)) {
    throw new ForbiddenError(`only STAFF, the building station's managers, or a partner organisation of the platform may ${what}`);
  }
  m.rowRuleHeld();
}

/** Adding or removing a partner: STAFF; the building station's managers; a PARTNER for their own organisation only. */
async function requirePartnerChange(m: Mutation, platform: Platform, organizationId: number, verb: 'add' | 'remove'): Promise<void> {
  if (m.viewer.role === Role.PARTNER) {
    if (m.viewer.organizationId !== organizationId) {
      throw new ForbiddenError(`a PARTNER may ${verb} only their own organisation as a platform's partner; STAFF or the building station's managers handle the others`);
    }
    return m.rowRuleHeld();
  }
  await requirePlatformScope(m, platform, [], verb === 'add' ? 'add partners to platforms' : 'remove partners from platforms');
}

/** NetworkFiguresChanged when a platform comes to count in `platforms` (built by a base), or stops. */
function emitFigures(m: Mutation, before: Platform | null, after: Platform): void {
  const counted = (platform: Platform | null) => platform !== null && platform.offshoreBaseId !== null;
  if (counted(before) !== counted(after)) m.emit({ type: 'NetworkFiguresChanged', figures: ['platforms'] });
}
