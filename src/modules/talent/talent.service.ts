/** Talents: the writes of talents, engagements and ambassador appointments. */
import { canManageUnit, isStaff, requireStaff, requireUnitManager } from '../../auth/write-scope';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../domain-errors';
import type { ChangesOf, NewOf } from '../../graphql/writable-fields';
import { changesFrom } from '../../write/changes';
import { Caller, mutate, Mutation, replaysCreated, WriteDeps } from '../../write/mutation';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { AmbassadorAppointment } from './ambassador-appointment.entity';
import { Engagement, EngagementStatus } from './engagement.entity';
import { currentEngagementSql } from './on-post';
import { TalentResearchField } from './talent-research-field.entity';
import { Talent } from './talent.entity';
import type { AMBASSADOR_FIELDS, ENGAGEMENT_FIELDS, TALENT_FIELDS } from './talent.mutation-types';
import { ANY, OWN, writePolicy } from '../../write/policy';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const TALENT_POLICIES = {
  createTalent: writePolicy('createTalent', { STAFF: ANY, UNIT_MANAGER: ANY }),
  updateTalent: writePolicy('updateTalent', { STAFF: ANY, UNIT_MANAGER: OWN }),
  createEngagement: writePolicy('createEngagement', { STAFF: ANY, UNIT_MANAGER: OWN }),
  endEngagement: writePolicy('endEngagement', { STAFF: ANY, UNIT_MANAGER: OWN }),
  confirmEngagement: writePolicy('confirmEngagement', { STAFF: ANY }),
  appointAmbassador: writePolicy('appointAmbassador', { STAFF: ANY }),
};

/** A new talent, as the create input gives it (ids decoded, left-out fields null, isReturnee false). */
export type NewTalent = NewOf<typeof TALENT_FIELDS.fields>;

/** Fields to change, named as the input names them; null clears a nullable one (name, country, degree and isReturnee cannot be cleared). */
export type TalentChanges = ChangesOf<typeof TALENT_FIELDS.fields>;

const REQUIRED_TALENT_FIELDS = ['name', 'country', 'degree', 'isReturnee'] as const;

/** The input's `country` is the column countryCode. */
function columnsOf<T extends { country?: string }>({ country, ...rest }: T) {
  return { ...rest, ...(country !== undefined ? { countryCode: country } : {}) };
}

/** A new engagement at a station or an offshore base (ids decoded, left-out fields null). */
export type NewEngagement = NewOf<typeof ENGAGEMENT_FIELDS.fields>;

export type NewAppointment = NewOf<typeof AMBASSADOR_FIELDS.fields>;

/** The figures an engagement can move (NetworkFigures' names). */
const ENGAGEMENT_FIGURES = ['overseasTalents', 'returneeTalents', 'signedTopExperts'];

/** Writes of talents, their engagements and ambassador appointments. */
export class TalentService {
  constructor(private readonly deps: WriteDeps) {}

  createTalent(caller: Caller, input: NewTalent, idempotencyKey?: string | null): Promise<Talent> {
    const { researchFieldIds, ...values } = input;
    return mutate(
      this.deps,
      caller,
      TALENT_POLICIES.createTalent,
      async (m) => {
        if (values.affiliationId) await m.get(Organization, values.affiliationId, 'input.affiliationId');
        for (const [index, id] of researchFieldIds.entries()) await m.get(ResearchField, id, `input.researchFieldIds[${index}]`);
        const talent = await m.insert(Talent, columnsOf(values));
        for (const researchFieldId of researchFieldIds) await m.insert(TalentResearchField, { talentId: talent.id, researchFieldId });
        return talent;
      },
      replaysCreated(Talent, idempotencyKey, input),
    );
  }

  updateTalent(caller: Caller, id: number, changes: TalentChanges, expectedVersion?: number | null): Promise<Talent> {
    return mutate(this.deps, caller, TALENT_POLICIES.updateTalent, async (m) => {
      await m.get(Talent, id, 'input.id');
      if (!isStaff(caller.viewer)) {
        const units = await unitsEngaging(m, id);
        if (!units.some((unit) => canManageUnit(caller.viewer, unit))) {
          throw new ForbiddenError(
            'only STAFF, or the managers of a station where the talent holds a current engagement confirmed by STAFF, may change this talent (a proposed or ended engagement does not count)',
          );
        }
        m.rowRuleHeld();
      }
      if (changes.affiliationId) await m.get(Organization, changes.affiliationId, 'input.affiliationId');
      const { after } = await m.update(Talent, id, columnsOf(changesFrom(changes, REQUIRED_TALENT_FIELDS)), { expectedVersion });
      return after;
    });
  }

  createEngagement(caller: Caller, input: NewEngagement, idempotencyKey?: string | null): Promise<Engagement> {
    if ((input.stationId == null) === (input.offshoreBaseId == null)) {
      throw BadUserInputError.of([{ path: 'input.stationId', message: 'give exactly one of stationId and offshoreBaseId' }]);
    }
    return mutate(
      this.deps,
      caller,
      TALENT_POLICIES.createEngagement,
      async (m) => {
        await m.get(Talent, input.talentId, 'input.talentId');
        if (input.stationId != null) {
          const station = await m.get(Station, input.stationId, 'input.stationId');
          requireUnitManager(m, station.hostUnitId, 'engage talents at this station');
        } else {
          await m.get(OffshoreBase, input.offshoreBaseId!, 'input.offshoreBaseId');
          requireStaff(caller.viewer, 'engage talents at an offshore base');
        }
        // A manager may engage anyone at its own station, so its engagement waits for STAFF: until
        // then it opens no contact details and counts in no figure (issue 12, §5).
        const status = isStaff(caller.viewer) ? EngagementStatus.CONFIRMED : EngagementStatus.PROPOSED;
        const engagement = await m.insert(Engagement, { ...input, endedOn: null, status });
        if (status === EngagementStatus.CONFIRMED) m.emit({ type: 'NetworkFiguresChanged', figures: ENGAGEMENT_FIGURES });
        return engagement;
      },
      replaysCreated(Engagement, idempotencyKey, input),
    );
  }

  endEngagement(caller: Caller, id: number, endedOn: string, expectedVersion?: number | null): Promise<Engagement> {
    return mutate(this.deps, caller, TALENT_POLICIES.endEngagement, async (m) => {
      const engagement = await m.get(Engagement, id, 'input.engagementId');
      if (engagement.stationId !== null) {
        const station = await m.get(Station, engagement.stationId, 'input.engagementId');
        requireUnitManager(m, station.hostUnitId, "end engagements at this station");
      } else requireStaff(caller.viewer, 'end engagements at an offshore base');
      if (endedOn < engagement.startedOn) {
        throw BadUserInputError.of([{ path: 'input.endedOn', message: `must be on or after the engagement's first day, ${engagement.startedOn}` }]);
      }
      const { after } = await m.update(Engagement, id, { endedOn }, {
        expectedVersion,
        guard: { where: 'ended_on IS NULL', conflict: (current) => new ConflictError(`this engagement ended on ${current.endedOn} already`, { currentState: 'ENDED' }) },
      });
      return after;
    });
  }

  confirmEngagement(caller: Caller, id: number, expectedVersion?: number | null): Promise<Engagement> {
    return mutate(this.deps, caller, TALENT_POLICIES.confirmEngagement, async (m) => {
      await m.get(Engagement, id, 'input.engagementId');
      const { after } = await m.update(Engagement, id, { status: EngagementStatus.CONFIRMED }, {
        expectedVersion,
        guard: {
          where: 'status = :proposed',
          parameters: { proposed: EngagementStatus.PROPOSED },
          conflict: () => new ConflictError('this engagement is confirmed already', { currentState: EngagementStatus.CONFIRMED }),
        },
      });
      m.emit({ type: 'NetworkFiguresChanged', figures: ENGAGEMENT_FIGURES });
      return after;
    });
  }

  appointAmbassador(caller: Caller, input: NewAppointment): Promise<AmbassadorAppointment> {
    return mutate(this.deps, caller, TALENT_POLICIES.appointAmbassador, async (m) => {
      await m.get(Talent, input.talentId, 'input.talentId');
      const existing = await m.loaders.oneBy(AmbassadorAppointment, 'talent_id').load(input.talentId);
      if (existing) throw new ConflictError(`this talent was appointed ambassador already, on ${existing.appointedOn} (batch ${existing.batch})`, { currentState: 'APPOINTED' });
      if (input.termEndsOn && input.termEndsOn < input.appointedOn) {
        throw BadUserInputError.of([{ path: 'input.termEndsOn', message: 'must be on or after appointedOn' }]);
      }
      const appointment = await m.insert(AmbassadorAppointment, input);
      m.emit({ type: 'NetworkFiguresChanged', figures: ['ambassadors'] });
      return appointment;
    });
  }
}

/**
 * The host units holding a current engagement of the talent (confirmed, on post today) at one of
 * their stations, read in the mutation's transaction: the same rule as the email and phone guard.
 */
async function unitsEngaging(m: Mutation, talentId: number): Promise<number[]> {
  return m.select<{ unit: number | string }, number[]>(
    `SELECT DISTINCT s.host_unit_id AS unit FROM engagement e JOIN station s ON s.id = e.station_id
      WHERE e.talent_id = :talent AND ${currentEngagementSql('e', ':today')}`,
    { talent: talentId, today: m.today },
    (rows) => rows.map((row) => Number(row.unit)),
  );
}
