/** Announcements: publishing, changing and closing them. */
import { requirePartnerOf, requireStaff, requireUnitManager } from '../../auth/write-scope';
import { nextSequenceValue } from '../../events/event-sequence';
import { BadUserInputError, ConflictError } from '../../domain-errors';
import { changesFrom } from '../../write/changes';
import { Caller, mutate, Mutation, replaysCreated, UpdateGuard, WriteDeps } from '../../write/mutation';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { AnnouncementCountry } from './announcement-country.entity';
import { AnnouncementResearchField } from './announcement-research-field.entity';
import type { ChangesOf, NewOf } from '../../graphql/writable-fields';
import { Announcement } from './announcement.entity';
import type { ANNOUNCEMENT_FIELDS } from './announcement.mutation-types';
import { ANY, OWN, writePolicy } from '../../write/policy';
import { Role } from '../../auth/viewer';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const ANNOUNCEMENT_POLICIES = {
  publishAnnouncement: writePolicy('publishAnnouncement', { STAFF: ANY, UNIT_MANAGER: OWN, PARTNER: OWN }),
  updateAnnouncement: writePolicy('updateAnnouncement', { STAFF: ANY, UNIT_MANAGER: OWN, PARTNER: OWN }),
  closeAnnouncement: writePolicy('closeAnnouncement', { STAFF: ANY, UNIT_MANAGER: OWN, PARTNER: OWN }),
};

/** A new announcement, as the publish input gives it (ids decoded, left-out fields null, lists []); the publisher is at most one of the three ids (none: the operator). */
export type NewAnnouncement = NewOf<typeof ANNOUNCEMENT_FIELDS.fields>;

/** Fields to change (null clears titleEn and deadline, and names no fields or countries); the publisher never changes. */
export type AnnouncementChanges = ChangesOf<typeof ANNOUNCEMENT_FIELDS.fields>;

const REQUIRED_ANNOUNCEMENT_FIELDS = ['kind', 'title', 'body'] as const;

/** Writes of announcements: publish, change while open, close once. Each publishes its event after the commit. */
export class AnnouncementService {
  constructor(private readonly deps: WriteDeps) {}

  publishAnnouncement(caller: Caller, given: NewAnnouncement, idempotencyKey?: string | null): Promise<Announcement> {
    const input = withDefaultPublisher(caller, given);
    const { researchFieldIds, countries, title, ...values } = input;
    return mutate(
      this.deps,
      caller,
      ANNOUNCEMENT_POLICIES.publishAnnouncement,
      async (m) => {
        await requirePublisher(m, values, 'publish', true);
        requireDeadlineAhead(m, values.deadline);
        await requireFields(m, researchFieldIds);
        // Taken last of the checks: from here the counter row is locked until this commits.
        const publicationSeq = await nextSequenceValue(m, 'AnnouncementPublished');
        const announcement = await m.insert(Announcement, {
          ...values,
          publicationSeq,
          titleZh: title,
          publishedOn: m.today,
          closedOn: null,
        });
        m.checkpoint('inserted');
        const fields = unique(researchFieldIds);
        const codes = unique(countries).sort();
        for (const researchFieldId of fields) await m.insert(AnnouncementResearchField, { announcementId: announcement.id, researchFieldId });
        for (const countryCode of codes) await m.insert(AnnouncementCountry, { announcementId: announcement.id, countryCode });
        m.emit({
          type: 'AnnouncementPublished',
          announcementId: announcement.id,
          publicationSeq,
          kind: announcement.kind,
          stationId: announcement.stationId,
          offshoreBaseId: announcement.offshoreBaseId,
          organizationId: announcement.organizationId,
          researchFieldIds: fields,
          countries: codes,
        });
        return announcement;
      },
      replaysCreated(Announcement, idempotencyKey, input),
    );
  }

  updateAnnouncement(caller: Caller, id: number, changes: AnnouncementChanges, expectedVersion?: number | null): Promise<Announcement> {
    const { researchFieldIds, countries, title, ...rest } = changesFrom(changes, REQUIRED_ANNOUNCEMENT_FIELDS);
    return mutate(this.deps, caller, ANNOUNCEMENT_POLICIES.updateAnnouncement, async (m) => {
      const current = await m.get(Announcement, id, 'input.id');
      await requirePublisher(m, current, 'change');
      if (rest.deadline != null) requireDeadlineAhead(m, rest.deadline);
      if (researchFieldIds) await requireFields(m, researchFieldIds);
      const { after } = await m.update(Announcement, id, { ...rest, ...(title !== undefined ? { titleZh: title } : {}) }, { expectedVersion, guard: stillOpen('change') });
      if (researchFieldIds !== undefined) {
        await replaceLinks(m, AnnouncementResearchField, id, 'researchFieldId', unique(researchFieldIds ?? []));
      }
      if (countries !== undefined) await replaceLinks(m, AnnouncementCountry, id, 'countryCode', unique(countries ?? []));
      m.emit({ type: 'AnnouncementUpdated', announcementId: id });
      return after;
    });
  }

  closeAnnouncement(caller: Caller, id: number, expectedVersion?: number | null): Promise<Announcement> {
    return mutate(this.deps, caller, ANNOUNCEMENT_POLICIES.closeAnnouncement, async (m) => {
      const current = await m.get(Announcement, id, 'input.id');
      await requirePublisher(m, current, 'close');
      const { after } = await m.update(Announcement, id, { closedOn: m.today }, { expectedVersion, guard: stillOpen('close') });
      m.emit({ type: 'AnnouncementClosed', announcementId: id });
      return after;
    });
  }
}

type Publisher = Pick<Announcement, 'stationId' | 'offshoreBaseId' | 'organizationId'>;

/**
 * The publisher the input names, at most one. A PARTNER who names none publishes for their own
 * organisation (a partner key has nothing else to speak for); a UNIT_MANAGER who names none is told
 * to name their station, rather than refused as if they had asked to speak for the operator.
 * Naming none stays STAFF's way to publish as the operator, CQAST.
 */
function withDefaultPublisher(caller: Caller, input: NewAnnouncement): NewAnnouncement {
  const publishers = [input.stationId, input.offshoreBaseId, input.organizationId].filter((id) => id != null);
  if (publishers.length > 1) {
    throw BadUserInputError.of([
      { path: 'input.stationId', message: 'give at most one publisher: stationId, offshoreBaseId or organizationId (none publishes as the operator, CQAST)' },
    ]);
  }
  if (publishers.length === 1) return input;
  const { role, organizationId } = caller.viewer;
  if (role === Role.PARTNER && organizationId !== null) return { ...input, organizationId };
  if (role === Role.UNIT_MANAGER) {
    throw BadUserInputError.of([{ path: 'input.stationId', message: 'name the publishing station (a station of your unit); only STAFF publish as the operator, CQAST' }]);
  }
  return input;
}

/**
 * FORBIDDEN unless the caller may speak for the publisher: STAFF for anyone (the operator included),
 * a UNIT_MANAGER for a station of their unit, a PARTNER for their own organisation. On publishing
 * the publisher comes from the input, so a missing one is NOT_FOUND naming it.
 */
async function requirePublisher(m: Mutation, publisher: Publisher, verb: string, fromInput = false): Promise<void> {
  const what = `${verb} announcements`;
  if (publisher.stationId !== null) {
    const station = await m.get(Station, publisher.stationId, fromInput ? 'input.stationId' : 'input.id');
    requireUnitManager(m, station.hostUnitId, `${what} of this station`);
  } else if (publisher.organizationId !== null) {
    if (fromInput) await m.get(Organization, publisher.organizationId, 'input.organizationId');
    requirePartnerOf(m, publisher.organizationId, `${what} of this organisation`);
  } else if (publisher.offshoreBaseId !== null) {
    if (fromInput) await m.get(OffshoreBase, publisher.offshoreBaseId, 'input.offshoreBaseId');
    requireStaff(m.viewer, `${what} of an offshore base`);
  } else {
    requireStaff(m.viewer, `${what} of the operator (CQAST); a UNIT_MANAGER publishes as a station of their unit, a PARTNER as their organisation`);
  }
}

/** The update's guard: only an announcement nobody has closed changes. */
function stillOpen(verb: string): UpdateGuard<Announcement> {
  return {
    where: 'closed_on IS NULL',
    conflict: (current) =>
      new ConflictError(`cannot ${verb} this announcement: it was closed on ${current.closedOn}; publish a new one instead`, { currentState: 'CLOSED', closedOn: current.closedOn }),
  };
}

function requireDeadlineAhead(m: Mutation, deadline: string | null | undefined): void {
  if (deadline != null && deadline < m.today) {
    throw BadUserInputError.of([{ path: 'input.deadline', message: `must be today (${m.today}) or later; to stop taking responses, close the announcement` }]);
  }
}

async function requireFields(m: Mutation, researchFieldIds: readonly number[]): Promise<void> {
  for (const [index, id] of researchFieldIds.entries()) await m.get(ResearchField, id, `input.researchFieldIds[${index}]`);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Makes an announcement's link rows (fields or countries) exactly `wanted`: removes the others, adds the missing, each audited. */
async function replaceLinks<L extends { id: number; announcementId: number }, K extends keyof L>(
  m: Mutation,
  entity: new () => L,
  announcementId: number,
  key: K,
  wanted: L[K][],
): Promise<void> {
  const current = await m.tx.manager.findBy(entity, { announcementId } as never);
  for (const link of current) if (!wanted.includes(link[key])) await m.remove(entity, link.id);
  const kept = new Set(current.map((link) => link[key]));
  for (const value of wanted) if (!kept.has(value)) await m.insert(entity, { announcementId, [key]: value } as unknown as Partial<L>);
}
