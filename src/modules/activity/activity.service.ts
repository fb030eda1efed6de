/** The writes of activities and their participants. */
import { canManageUnit, isStaff, requireUnitManager } from '../../auth/write-scope';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../domain-errors';
import { changesFrom } from '../../write/changes';
import { Caller, mutate, Mutation, replaysCreated, WriteDeps } from '../../write/mutation';
import { FundingGrant, GrantKind } from '../funding/funding-grant.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { ActivityParticipant, ParticipantRole } from './activity-participant.entity';
import type { ChangesOf, NewOf } from '../../graphql/writable-fields';
import { Activity } from './activity.entity';
import type { ACTIVITY_FIELDS } from './activity.mutation-types';
import { ANY, OWN, writePolicy } from '../../write/policy';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const ACTIVITY_POLICIES = {
  createActivity: writePolicy('createActivity', { STAFF: ANY, UNIT_MANAGER: OWN }),
  updateActivity: writePolicy('updateActivity', { STAFF: ANY, UNIT_MANAGER: OWN }),
  addActivityParticipant: writePolicy('addActivityParticipant', { STAFF: ANY, UNIT_MANAGER: OWN }),
  removeActivityParticipant: writePolicy('removeActivityParticipant', { STAFF: ANY, UNIT_MANAGER: OWN }),
};

/** A participant, ids decoded: exactly one of the three ids. */
export interface NewParticipant {
  stationId?: number | null;
  talentId?: number | null;
  organizationId?: number | null;
  role: ParticipantRole;
}

/** A new activity, as the create input gives it (ids decoded, left-out fields null); no organiser means the operator organised it. */
export type NewActivity = NewOf<typeof ACTIVITY_FIELDS.fields>;

/** Fields to change; null clears a nullable one (kind and title cannot be cleared). */
export type ActivityChanges = ChangesOf<typeof ACTIVITY_FIELDS.fields>;

const REQUIRED_ACTIVITY_FIELDS = ['kind', 'title'] as const;

/** Writes of activities and their participants. */
export class ActivityService {
  constructor(private readonly deps: WriteDeps) {}

  createActivity(caller: Caller, input: NewActivity, idempotencyKey?: string | null): Promise<Activity> {
    const { title, participants, ...values } = input;
    const row = { ...values, titleZh: title };
    requireAtMostOneOrganiser(row);
    requireDates(row);
    const targets = participants.map((participant, index) => participantTarget(participant, `input.participants[${index}]`));
    requireDistinct(targets);
    return mutate(
      this.deps,
      caller,
      ACTIVITY_POLICIES.createActivity,
      async (m) => {
        await requireReferences(m, row);
        await requireOrganiser(m, row, 'record activities');
        if (row.fundingGrantId !== null) await requireGrant(m, row.fundingGrantId);
        for (const target of targets) await m.get<object>(target.entity, target.id, target.path);
        const activity = await m.insert(Activity, row);
        m.checkpoint('inserted');
        for (const [index, target] of targets.entries()) await insertParticipant(m, activity.id, target, participants[index].role);
        return activity;
      },
      replaysCreated(Activity, idempotencyKey, input),
    );
  }

  updateActivity(caller: Caller, id: number, changes: ActivityChanges, expectedVersion?: number | null): Promise<Activity> {
    const { title, ...rest } = changesFrom(changes, REQUIRED_ACTIVITY_FIELDS);
    const values: Partial<Activity> = { ...rest, ...(title !== undefined ? { titleZh: title } : {}) };
    return mutate(this.deps, caller, ACTIVITY_POLICIES.updateActivity, async (m) => {
      const current = await m.get(Activity, id, 'input.id');
      await requireOrganiser(m, current, 'change activities');
      const next = { ...current, ...values };
      requireAtMostOneOrganiser(next);
      requireDates(next);
      await requireReferences(m, values);
      // As it will be: a manager cannot move it to another unit's station, nor hand it to a base or the operator.
      await requireOrganiser(m, next, 'record activities');
      if (values.fundingGrantId) await requireGrant(m, values.fundingGrantId);
      const { after } = await m.update(Activity, id, values, { expectedVersion });
      return after;
    });
  }

  addActivityParticipant(caller: Caller, activityId: number, participant: NewParticipant): Promise<Activity> {
    const target = participantTarget(participant, 'input');
    return mutate(this.deps, caller, ACTIVITY_POLICIES.addActivityParticipant, async (m) => {
      // Locked so that two requests adding the same participant cannot both find it missing.
      const activity = await lockActivity(m, activityId, 'input.activityId');
      await requireOrganiser(m, activity, 'add participants to activities');
      await m.get<object>(target.entity, target.id, target.path);
      const existing = await m.tx.manager.findOneBy(ActivityParticipant, { activityId, [target.column]: target.id });
      if (existing) {
        throw new ConflictError(`this ${target.noun} takes part in the activity already, as ${existing.role}; remove that participant first to change the role`, {
          currentState: 'PARTICIPANT',
          currentRole: existing.role,
        });
      }
      await insertParticipant(m, activityId, target, participant.role);
      return activity;
    });
  }

  removeActivityParticipant(caller: Caller, participantId: number): Promise<Activity> {
    return mutate(this.deps, caller, ACTIVITY_POLICIES.removeActivityParticipant, async (m) => {
      const participant = await m.get(ActivityParticipant, participantId, 'input.participantId');
      const activity = await lockActivity(m, participant.activityId, 'input.participantId');
      await requireOrganiser(m, activity, 'remove participants from activities');
      await m.remove(ActivityParticipant, participantId);
      return activity;
    });
  }
}

type Organiser = Pick<Activity, 'stationId' | 'offshoreBaseId'>;

/** Which record a participant is, where the input named it, and what to call it in messages. */
interface ParticipantTarget {
  column: 'stationId' | 'talentId' | 'organizationId';
  entity: new () => object;
  id: number;
  path: string;
  noun: string;
}

const PARTICIPANT_KINDS = [
  { column: 'stationId', entity: Station, noun: 'station' },
  { column: 'talentId', entity: Talent, noun: 'talent' },
  { column: 'organizationId', entity: Organization, noun: 'organisation' },
] as const;

/** BAD_USER_INPUT (at `path`) unless exactly one of the participant's ids is given. */
function participantTarget(participant: NewParticipant, path: string): ParticipantTarget {
  const given = PARTICIPANT_KINDS.filter((kind) => participant[kind.column] != null);
  if (given.length !== 1) throw BadUserInputError.of([{ path, message: 'give exactly one of stationId, talentId and organizationId for each participant' }]);
  const [kind] = given;
  return { column: kind.column, entity: kind.entity, id: participant[kind.column]!, path: `${path}.${kind.column}`, noun: kind.noun };
}

/** BAD_USER_INPUT naming the second mention of a participant the list names twice. */
function requireDistinct(targets: readonly ParticipantTarget[]): void {
  const seen = new Map<string, string>();
  for (const target of targets) {
    const key = `${target.column}:${target.id}`;
    const first = seen.get(key);
    if (first) throw BadUserInputError.of([{ path: target.path, message: `names the same ${target.noun} as ${first}; each participant takes part once, with one role` }]);
    seen.set(key, target.path);
  }
}

function insertParticipant(m: Mutation, activityId: number, target: ParticipantTarget, role: ParticipantRole): Promise<ActivityParticipant> {
  return m.insert(ActivityParticipant, { activityId, stationId: null, talentId: null, organizationId: null, [target.column]: target.id, role });
}

async function lockActivity(m: Mutation, id: number, argument: string): Promise<Activity> {
  const activity = await m.lock(Activity, id);
  if (!activity) throw new NotFoundError(`${argument} names no Activity that exists`, { argument });
  return activity;
}

function requireAtMostOneOrganiser(activity: Organiser): void {
  if (activity.stationId !== null && activity.offshoreBaseId !== null) {
    throw BadUserInputError.of([{ path: 'input.stationId', message: 'give at most one organiser: stationId or offshoreBaseId (neither: the operator, CQAST)' }]);
  }
}

function requireDates(activity: Pick<Activity, 'startsOn' | 'endsOn'>): void {
  if (activity.startsOn !== null && activity.endsOn !== null && activity.endsOn < activity.startsOn) {
    throw BadUserInputError.of([{ path: 'input.endsOn', message: `must be on or after the first day, ${activity.startsOn}` }]);
  }
}

async function requireReferences(m: Mutation, values: Partial<Activity>): Promise<void> {
  if (values.stationId) await m.get(Station, values.stationId, 'input.stationId');
  if (values.offshoreBaseId) await m.get(OffshoreBase, values.offshoreBaseId, 'input.offshoreBaseId');
}

/**
 * FORBIDDEN unless the caller may write activities of this organiser: STAFF any (a base's, the
 * operator's); a UNIT_MANAGER those organised by a station of their unit.
 */
async function requireOrganiser(m: Mutation, activity: Organiser, what: string): Promise<void> {
  if (isStaff(m.viewer)) return;
  if (activity.stationId === null) {
    throw new ForbiddenError(`only STAFF may ${what} organised by an offshore base or the operator; a UNIT_MANAGER works with activities of their unit's stations`);
  }
  const station = await m.get(Station, activity.stationId, 'input.stationId');
  requireUnitManager(m, station.hostUnitId, `${what} organised by this station`);
}

/**
 * An activity is paid by an academic-exchange grant (establishment and matching funds keep their
 * purpose); a UNIT_MANAGER may name only a grant awarded to a station of their unit.
 */
async function requireGrant(m: Mutation, grantId: number): Promise<void> {
  const grant = await m.get(FundingGrant, grantId, 'input.fundingGrantId');
  if (grant.kind !== GrantKind.ACADEMIC_EXCHANGE) {
    throw BadUserInputError.of([
      { path: 'input.fundingGrantId', message: `must be an academic-exchange grant (ACADEMIC_EXCHANGE), not ${grant.kind}: establishment and district matching funds do not pay for activities` },
    ]);
  }
  if (isStaff(m.viewer)) return;
  const station = grant.stationId === null ? null : await m.get(Station, grant.stationId, 'input.fundingGrantId');
  if (!station || !canManageUnit(m.viewer, station.hostUnitId)) {
    throw new ForbiddenError('a UNIT_MANAGER may name only a grant awarded to a station of their unit; ask STAFF to attach another grant');
  }
}
