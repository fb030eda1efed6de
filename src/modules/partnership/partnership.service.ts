/**
 * Writes of partnerships. Who may touch a tie is judged on the tie itself: STAFF any; a unit's
 * managers those its stations hold; an organisation's partners its own ties held by a station or
 * a base (the ties CQAST holds itself are STAFF's). A holder has one tie per organisation: a
 * second is CONFLICT naming the first (change its kind or date instead).
 */
import { isStaff, RowCheck } from '../../auth/write-scope';
import { Role, Viewer } from '../../auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../domain-errors';
import { toGlobalId } from '../../graphql/global-id';
import { changesFrom } from '../../write/changes';
import { Caller, mutate, Mutation, replaysCreated, WriteDeps } from '../../write/mutation';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { Station } from '../station/station.entity';
import { isOverseas } from '../../overseas';
import { currentRead, PARTNER_FIGURES, partnershipCount } from '../organization/partner-figure';
import type { ChangesOf, NewOf } from '../../graphql/writable-fields';
import { Partnership } from './partnership.entity';
import type { PARTNERSHIP_FIELDS } from './partnership.mutation-types';
import { ANY, OWN, writePolicy } from '../../write/policy';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const PARTNERSHIP_POLICIES = {
  createPartnership: writePolicy('createPartnership', { STAFF: ANY, UNIT_MANAGER: OWN, PARTNER: OWN }),
  updatePartnership: writePolicy('updatePartnership', { STAFF: ANY, UNIT_MANAGER: OWN, PARTNER: OWN }),
  endPartnership: writePolicy('endPartnership', { STAFF: ANY, UNIT_MANAGER: OWN, PARTNER: OWN }),
};

/** A new partnership, as the create input gives it (ids decoded, left-out fields null; no holder: CQAST). */
export type NewPartnership = NewOf<typeof PARTNERSHIP_FIELDS.fields>;

/** Fields to change; null clears the note (kind and since cannot be cleared). */
export type PartnershipChanges = ChangesOf<typeof PARTNERSHIP_FIELDS.fields>;

/** What the scope rule judges: the organisation and the holder. */
interface Tie {
  organizationId: number;
  station: Station | null;
  offshoreBaseId: number | null;
}

/** FORBIDDEN unless the caller may `what` (e.g. "end this partnership") on this tie; see the file's header. */
function requireTieScope(m: RowCheck, tie: Tie, what: string): void {
  const viewer = m.viewer;
  if (isStaff(viewer)) return;
  if (viewer.role === Role.UNIT_MANAGER) {
    if (tie.station && tie.station.hostUnitId === viewer.hostUnitId) return m.rowRuleHeld();
    throw new ForbiddenError(
      tie.station
        ? `you manage another host unit: only its managers, the organisation's partners or STAFF may ${what}`
        : `a unit manager may ${what} only when a station of their unit holds it; ties held by an offshore base or by CQAST itself are for STAFF`,
    );
  }
  if (viewer.role === Role.PARTNER) {
    const own = viewer.organizationId === tie.organizationId;
    if (own && (tie.station || tie.offshoreBaseId !== null)) return m.rowRuleHeld();
    throw new ForbiddenError(
      own
        ? `the ties CQAST holds itself are for STAFF: a partner may ${what} only when a station or an offshore base holds it`
        : `you act for another organisation: only its partners, the station's unit managers or STAFF may ${what}`,
    );
  }
  throw new ForbiddenError(`only STAFF, the holding station's unit managers or the organisation's partners may ${what}`);
}

/** A tie established in days still to come is a plan, not a partnership. */
function requireSinceFits(m: Mutation, since: string | null | undefined): void {
  if (since != null && since > m.today) throw BadUserInputError.of([{ path: 'input.since', message: `since cannot be after today (${m.today})` }]);
}

function holderName(tie: { stationId: number | null; offshoreBaseId: number | null }): string {
  return tie.stationId !== null ? 'this station' : tie.offshoreBaseId !== null ? 'this offshore base' : 'CQAST';
}

/**
 * CONFLICT when the holder has a tie with the organisation already. Run it holding the organisation's
 * lock; it reads the latest rows (currentRead), so a tie committed while this waited is seen.
 */
async function requireNoTie(m: Mutation, tie: { organizationId: number; stationId: number | null; offshoreBaseId: number | null }): Promise<void> {
  const holder = (column: string, id: number | null) => (id === null ? `${column} IS NULL` : `${column} = :${column}`);
  const existing = await m.select<{ id: number | string; kind: string; since: string | Date }, { id: number; kind: string; since: string } | null>(
    `SELECT id, kind, since FROM partnership WHERE organization_id = :organization AND ${holder('station_id', tie.stationId)} AND ${holder('offshore_base_id', tie.offshoreBaseId)} LIMIT 1${currentRead(m)}`,
    { organization: tie.organizationId, station_id: tie.stationId, offshore_base_id: tie.offshoreBaseId },
    (rows) => (rows[0] ? { id: Number(rows[0].id), kind: rows[0].kind, since: String(rows[0].since).slice(0, 10) } : null),
  );
  if (existing) {
    const id = toGlobalId('Partnership', existing.id);
    throw new ConflictError(
      `${holderName(tie)} partners with this organisation already (${existing.kind}, since ${existing.since}): a holder has one tie per organisation; change that one with updatePartnership`,
      { argument: 'input.organizationId', existingId: id },
    );
  }
}

export class PartnershipService {
  constructor(private readonly deps: WriteDeps) {}

  createPartnership(caller: Caller, input: NewPartnership, idempotencyKey?: string | null): Promise<Partnership> {
    const { stationId, offshoreBaseId, ...values } = input;
    if (stationId !== null && offshoreBaseId !== null) {
      throw BadUserInputError.of([{ path: 'input.offshoreBaseId', message: 'give at most one holder, stationId or offshoreBaseId; with neither, CQAST itself holds the tie' }]);
    }
    return mutate(
      this.deps,
      caller,
      PARTNERSHIP_POLICIES.createPartnership,
      async (m) => {
        await m.get(Organization, values.organizationId, 'input.organizationId');
        const station = stationId !== null ? await m.get(Station, stationId, 'input.stationId') : null;
        if (offshoreBaseId !== null) await m.get(OffshoreBase, offshoreBaseId, 'input.offshoreBaseId');
        requireTieScope(m, { organizationId: values.organizationId, station, offshoreBaseId }, 'make this partnership');
        requireSinceFits(m, values.since);
        // The organisation's row lock serialises its ties: no other transaction adds one between the check and the insert.
        const organization = (await m.lock(Organization, values.organizationId))!;
        await requireNoTie(m, { organizationId: organization.id, stationId, offshoreBaseId });
        const partnership = await m.insert(Partnership, { organizationId: organization.id, stationId, offshoreBaseId, kind: values.kind, since: values.since, note: values.note });
        // Its first tie makes an overseas organisation count as a partner.
        if (isOverseas(organization) && (await partnershipCount(m, organization.id)) === 1) m.emit({ type: 'NetworkFiguresChanged', figures: PARTNER_FIGURES });
        return partnership;
      },
      replaysCreated(Partnership, idempotencyKey, input),
    );
  }

  updatePartnership(caller: Caller, id: number, changes: PartnershipChanges, expectedVersion?: number | null): Promise<Partnership> {
    return mutate(this.deps, caller, PARTNERSHIP_POLICIES.updatePartnership, async (m) => {
      await this.requireScope(m, id, 'input.id', 'change this partnership');
      const given = changesFrom(changes, ['kind', 'since']);
      requireSinceFits(m, given.since);
      const { after } = await m.update(Partnership, id, given, { expectedVersion });
      return after;
    });
  }

  endPartnership(caller: Caller, id: number, expectedVersion?: number | null): Promise<Partnership> {
    return mutate(this.deps, caller, PARTNERSHIP_POLICIES.endPartnership, async (m) => {
      const partnership = await this.requireScope(m, id, 'input.partnershipId', 'end this partnership');
      // The organisation first, as createPartnership locks it: the count below sees every tie it has.
      const organization = (await m.lock(Organization, partnership.organizationId))!;
      const current = await m.lock(Partnership, id);
      if (!current) throw new NotFoundError('this partnership was ended already', { argument: 'input.partnershipId' });
      if (expectedVersion != null && current.version !== expectedVersion) {
        throw new ConflictError(`this Partnership is at version ${current.version}, not ${expectedVersion}: someone changed it since you read it; read it again and retry`, {
          currentVersion: current.version,
        });
      }
      const removed = await m.remove(Partnership, id);
      // Its last tie gone, an overseas organisation no longer counts as a partner.
      if (isOverseas(organization) && (await partnershipCount(m, organization.id)) === 0) m.emit({ type: 'NetworkFiguresChanged', figures: PARTNER_FIGURES });
      return removed;
    });
  }

  /** The partnership, once the caller is known to be allowed `what` on it. */
  private async requireScope(m: Mutation, id: number, argument: string, what: string): Promise<Partnership> {
    const partnership = await m.get(Partnership, id, argument);
    const station = partnership.stationId !== null ? await m.get(Station, partnership.stationId, argument) : null;
    requireTieScope(m, { organizationId: partnership.organizationId, station, offshoreBaseId: partnership.offshoreBaseId }, what);
    return partnership;
  }
}
