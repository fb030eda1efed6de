/** Station applications: the workflow's writes. */
import { requireUnitManager } from '../../auth/write-scope';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../domain-errors';
import { toGlobalId } from '../../graphql/global-id';
import type { ChangesOf, NewOf } from '../../graphql/writable-fields';
import { changesFrom } from '../../write/changes';
import { Caller, mutate, replaysCreated, WriteDeps } from '../../write/mutation';
import { HostUnit } from '../host-unit/host-unit.entity';
import { District } from '../reference/district.entity';
import { ResearchField } from '../reference/research-field.entity';
import { yearOf } from '../station/validity';
import { Talent } from '../talent/talent.entity';
import { ApplicationResearchField } from './application-research-field.entity';
import { ApplicationReview } from './application-review.entity';
import { changeApplicationStatus, OPEN_STATUSES, requireStatus, wrongStatus } from './application-transitions';
import { Establishment, establishStation } from './approval';
import { approvalConclusion, rejectionConclusion, reviewSummary } from './conclusion';
import { assignmentOf, replaceResearchFields, reviewProgress } from './application-rows';
import { ConflictReason, conflictsWith, ExpertConflict } from './conflict-of-interest';
import { Expert } from './expert.entity';
import { stationNamed, unmetConditions } from './qualification';
import type { APPLICATION_FIELDS, REVIEW_FIELDS } from './application.mutation-types';
import { SiteInspection } from './site-inspection.entity';
import { ApplicationStatus, StationApplication } from './station-application.entity';
import { ANY, OWN, writePolicy } from '../../write/policy';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const APPLICATION_POLICIES = {
  createStationApplication: writePolicy('createStationApplication', { STAFF: ANY, UNIT_MANAGER: OWN }),
  updateStationApplication: writePolicy('updateStationApplication', { STAFF: ANY, UNIT_MANAGER: OWN }),
  qualifyStationApplication: writePolicy('qualifyStationApplication', { STAFF: ANY }),
  assignReviewers: writePolicy('assignReviewers', { STAFF: ANY }),
  submitReview: writePolicy('submitReview', { REVIEWER: OWN }),
  recordSiteInspection: writePolicy('recordSiteInspection', { STAFF: ANY }),
  publicizeStationApplication: writePolicy('publicizeStationApplication', { STAFF: ANY }),
  approveStationApplication: writePolicy('approveStationApplication', { STAFF: ANY }),
  rejectStationApplication: writePolicy('rejectStationApplication', { STAFF: ANY }),
  withdrawStationApplication: writePolicy('withdrawStationApplication', { STAFF: ANY, UNIT_MANAGER: OWN }),
};

/** A new application, as the create input gives it (ids decoded, the head null when left out). */
export type NewApplication = NewOf<typeof APPLICATION_FIELDS.fields>;

/** Fields to change; null clears the head, and null or [] names no research field. */
export type ApplicationChanges = ChangesOf<typeof APPLICATION_FIELDS.fields>;

export interface SiteInspectionRecord {
  inspectedOn: string;
  passed: boolean;
  notes?: string | null;
  inspectors?: string | null;
}

/** An expert's review of an application, as the input gives it (the application's id decoded). */
export type ReviewSubmission = NewOf<typeof REVIEW_FIELDS.fields>;

const REQUIRED_APPLICATION_FIELDS = ['proposedName', 'districtId', 'serviceAreaM2', 'dedicatedStaff'] as const;
const MIN_REVIEWERS = 2;

/** The application workflow's writes: the state machine of application-transitions.ts, with each step's rules. */
export class StationApplicationService {
  constructor(private readonly deps: WriteDeps) {}

  createApplication(caller: Caller, input: NewApplication, idempotencyKey?: string | null): Promise<StationApplication> {
    const { researchFieldIds, ...values } = input;
    return mutate(
      this.deps,
      caller,
      APPLICATION_POLICIES.createStationApplication,
      async (m) => {
        requireUnitManager(m, values.hostUnitId, 'apply for a station for this unit');
        await m.get(HostUnit, values.hostUnitId, 'input.hostUnitId');
        await m.get(District, values.districtId, 'input.districtId');
        if (values.proposedHeadTalentId !== null) await m.get(Talent, values.proposedHeadTalentId, 'input.proposedHeadTalentId');
        for (const [index, id] of researchFieldIds.entries()) await m.get(ResearchField, id, `input.researchFieldIds[${index}]`);
        const application = await m.insert(StationApplication, {
          ...values,
          roundYear: yearOf(m.today),
          status: ApplicationStatus.SUBMITTED,
          submittedOn: m.today,
          decidedOn: null,
          conclusion: null,
          stationId: null,
          noticeEndsOn: null,
          reason: null,
        });
        for (const researchFieldId of researchFieldIds) await m.insert(ApplicationResearchField, { applicationId: application.id, researchFieldId });
        m.emit({ type: 'ApplicationStatusChanged', applicationId: application.id, hostUnitId: application.hostUnitId, from: null, to: application.status });
        return application;
      },
      replaysCreated(StationApplication, idempotencyKey, input),
    );
  }

  updateApplication(caller: Caller, id: number, changes: ApplicationChanges, expectedVersion?: number | null): Promise<StationApplication> {
    const { researchFieldIds, ...fields } = changes;
    return mutate(this.deps, caller, APPLICATION_POLICIES.updateStationApplication, async (m) => {
      const application = await m.get(StationApplication, id, 'input.id');
      requireUnitManager(m, application.hostUnitId, 'change this application');
      requireStatus(application, EDITABLE, 'change');
      if (fields.districtId) await m.get(District, fields.districtId, 'input.districtId');
      if (fields.proposedHeadTalentId) await m.get(Talent, fields.proposedHeadTalentId, 'input.proposedHeadTalentId');
      for (const [index, fieldId] of (researchFieldIds ?? []).entries()) await m.get(ResearchField, fieldId, `input.researchFieldIds[${index}]`);
      // The update comes first: its condition (still SUBMITTED, at the version the caller read) is what settles a race.
      const { after } = await m.update(StationApplication, id, changesFrom(fields, REQUIRED_APPLICATION_FIELDS), {
        expectedVersion,
        guard: { where: 'status IN (:...editable)', parameters: { editable: EDITABLE }, conflict: (current) => wrongStatus(current, EDITABLE, 'change') },
      });
      if (researchFieldIds !== undefined) await replaceResearchFields(m, id, researchFieldIds ?? []);
      return after;
    });
  }

  qualify(caller: Caller, id: number, expectedVersion?: number | null): Promise<StationApplication> {
    return mutate(this.deps, caller, APPLICATION_POLICIES.qualifyStationApplication, async (m) => {
      const application = await m.get(StationApplication, id, 'input.applicationId');
      requireStatus(application, [ApplicationStatus.SUBMITTED], 'qualify');
      const problems = await unmetConditions(m, application);
      if (problems.length) throw BadUserInputError.of(problems);
      // At the version just checked: an edit made since would have to be checked again.
      const { after } = await changeApplicationStatus(m, id, { from: [ApplicationStatus.SUBMITTED], to: ApplicationStatus.QUALIFIED, verb: 'qualify', expectedVersion: expectedVersion ?? application.version });
      return after;
    });
  }

  assignReviewers(caller: Caller, id: number, expertIds: readonly number[], expectedVersion?: number | null): Promise<StationApplication> {
    return mutate(this.deps, caller, APPLICATION_POLICIES.assignReviewers, async (m) => {
      const application = await m.get(StationApplication, id, 'input.applicationId');
      requireStatus(application, [ApplicationStatus.QUALIFIED], 'assign reviewers to');
      /** Each expert once, with the position it was first given at (for the error paths). */
      const positions = new Map<number, number>();
      expertIds.forEach((expertId, index) => positions.has(expertId) || positions.set(expertId, index));
      if (positions.size < MIN_REVIEWERS) {
        throw BadUserInputError.of([{ path: 'input.expertIds', message: `name at least ${MIN_REVIEWERS} different experts: every application is reviewed by at least ${MIN_REVIEWERS}` }]);
      }
      const experts = new Map<number, Expert>();
      for (const [expertId, index] of positions) experts.set(expertId, await m.get(Expert, expertId, `input.expertIds[${index}]`));
      const conflicts = await conflictsWith(m, application.hostUnitId, [...positions.keys()]);
      if (conflicts.length) {
        const unit = await m.get(HostUnit, application.hostUnitId, 'input.applicationId');
        const error = BadUserInputError.of(conflicts.map((conflict) => ({ path: `input.expertIds[${positions.get(conflict.expertId)}]`, message: conflictMessage(experts.get(conflict.expertId)!, unit, conflict) })));
        error.details.conflicts = conflicts.map((conflict) => ({ expertId: toGlobalId('Expert', conflict.expertId), reasons: conflict.reasons }));
        throw error;
      }
      const { after } = await changeApplicationStatus(m, id, { from: [ApplicationStatus.QUALIFIED], to: ApplicationStatus.UNDER_REVIEW, verb: 'assign reviewers to', expectedVersion });
      for (const expertId of positions.keys()) {
        await m.insert(ApplicationReview, { applicationId: id, expertId, score: null, recommendation: null, opinion: null, reviewedOn: null });
      }
      return after;
    });
  }

  submitReview(caller: Caller, submission: ReviewSubmission): Promise<{ review: ApplicationReview; application: StationApplication }> {
    const { applicationId, ...review } = submission;
    return mutate(this.deps, caller, APPLICATION_POLICIES.submitReview, async (m) => {
      const expertId = caller.viewer.expertId;
      // The policy lets only REVIEWERs this far; an account linked to no expert record reviews nothing.
      if (expertId === null) throw new ForbiddenError('only the experts assigned to review an application may submit a review, signed in as REVIEWER');
      await m.get(StationApplication, applicationId, 'input.applicationId');
      const assigned = await assignmentOf(m, applicationId, expertId);
      if (!assigned) throw new ForbiddenError('you are not assigned to review this application: only its assigned experts may review it');
      m.rowRuleHeld();
      // Locked until the commit, so the application cannot move on (or be rejected) while the review is written.
      const application = (await m.lock(StationApplication, applicationId))!;
      requireStatus(application, [ApplicationStatus.UNDER_REVIEW], 'review');
      const { after } = await m.update(ApplicationReview, assigned.id, { ...review, reviewedOn: m.today }, {
        guard: {
          where: 'score IS NULL',
          conflict: (current) => new ConflictError(`you reviewed this application already, on ${current.reviewedOn}; a review is submitted once`, { currentState: 'REVIEWED', currentStatus: application.status }),
        },
      });
      m.emit({ type: 'ReviewSubmitted', applicationId, reviewId: after.id, expertId });
      return { review: after, application };
    });
  }

  recordSiteInspection(caller: Caller, id: number, record: SiteInspectionRecord, expectedVersion?: number | null): Promise<{ inspection: SiteInspection; application: StationApplication }> {
    return mutate(this.deps, caller, APPLICATION_POLICIES.recordSiteInspection, async (m) => {
      const application = await m.get(StationApplication, id, 'input.applicationId');
      requireStatus(application, [ApplicationStatus.UNDER_REVIEW], 'record a site inspection for');
      const { assigned, pending } = await reviewProgress(m, id);
      if (pending > 0) {
        throw new ConflictError(`${pending} of the ${assigned} assigned experts have not reviewed yet; the site inspection follows once every review is in`, {
          currentStatus: application.status,
          pendingReviews: pending,
        });
      }
      if (record.inspectedOn > m.today || record.inspectedOn < application.submittedOn) {
        throw BadUserInputError.of([{ path: 'input.inspectedOn', message: `must be between the day the application was filed (${application.submittedOn}) and today (${m.today})` }]);
      }
      const { after } = await changeApplicationStatus(m, id, { from: [ApplicationStatus.UNDER_REVIEW], to: ApplicationStatus.INSPECTED, verb: 'record a site inspection for', expectedVersion });
      const inspection = await m.insert(SiteInspection, {
        applicationId: id,
        inspectedOn: record.inspectedOn,
        passed: record.passed,
        findings: record.notes ?? null,
        inspectors: record.inspectors ?? null,
      });
      return { inspection, application: after };
    });
  }

  publicize(caller: Caller, id: number, noticeEndsOn: string, expectedVersion?: number | null): Promise<StationApplication> {
    return mutate(this.deps, caller, APPLICATION_POLICIES.publicizeStationApplication, async (m) => {
      const application = await m.get(StationApplication, id, 'input.applicationId');
      requireStatus(application, [ApplicationStatus.INSPECTED], 'publicize');
      const inspection = await m.loaders.oneBy(SiteInspection, 'application_id').load(id);
      if (inspection && !inspection.passed) {
        throw new ConflictError(`the site inspection on ${inspection.inspectedOn} did not pass: an application that failed its inspection is rejected, not publicized`, {
          currentStatus: application.status,
          inspectionPassed: false,
        });
      }
      if (inspection && noticeEndsOn < inspection.inspectedOn) {
        throw BadUserInputError.of([{ path: 'input.noticeEndsOn', message: `the notice follows the site inspection: it cannot end before ${inspection.inspectedOn}` }]);
      }
      const { after } = await changeApplicationStatus(m, id, { from: [ApplicationStatus.INSPECTED], to: ApplicationStatus.PUBLICIZED, verb: 'publicize', also: { noticeEndsOn }, expectedVersion });
      return after;
    });
  }

  approve(caller: Caller, id: number, expectedVersion?: number | null): Promise<{ application: StationApplication } & Establishment> {
    return mutate(this.deps, caller, APPLICATION_POLICIES.approveStationApplication, async (m) => {
      const application = await m.get(StationApplication, id, 'input.applicationId');
      requireStatus(application, [ApplicationStatus.PUBLICIZED], 'approve');
      const waitForNotice = !m.programme.approvalSkipNoticeWait;
      if (waitForNotice && !noticeEnded(application, m.today)) throw noticeRunning(application);
      if (await stationNamed(m, application.proposedName)) {
        throw new ConflictError(`a station named "${application.proposedName}" was set up since this application qualified; reject it, or have the unit apply under another name`, {
          currentStatus: application.status,
        });
      }
      const summary = await reviewSummary(m, id);
      // The status change comes first: of many approvals at once, its condition lets exactly one through.
      await changeApplicationStatus(m, id, {
        from: [ApplicationStatus.PUBLICIZED],
        to: ApplicationStatus.APPROVED,
        verb: 'approve',
        also: { decidedOn: m.today, conclusion: approvalConclusion(summary, application.noticeEndsOn) },
        expectedVersion,
        condition: waitForNotice ? { where: '(notice_ends_on IS NULL OR notice_ends_on < :today)', parameters: { today: m.today }, conflict: noticeRunning } : undefined,
      });
      const established = await establishStation(m, application);
      const { after } = await m.update(StationApplication, id, { stationId: established.station.id });
      // Station count moves; the grant pays nothing until a disbursement, so fundingDisbursedCny does not.
      m.emit({ type: 'NetworkFiguresChanged', figures: ['stations'] });
      return { application: after, ...established };
    });
  }

  reject(caller: Caller, id: number, reason: string, expectedVersion?: number | null): Promise<StationApplication> {
    return mutate(this.deps, caller, APPLICATION_POLICIES.rejectStationApplication, async (m) => {
      const application = await m.get(StationApplication, id, 'input.applicationId');
      requireStatus(application, OPEN_STATUSES, 'reject');
      const conclusion = rejectionConclusion(await reviewSummary(m, id), reason);
      const { after } = await changeApplicationStatus(m, id, { from: OPEN_STATUSES, to: ApplicationStatus.REJECTED, verb: 'reject', also: { reason, decidedOn: m.today, conclusion }, expectedVersion });
      return after;
    });
  }

  withdraw(caller: Caller, id: number, reason: string | null, expectedVersion?: number | null): Promise<StationApplication> {
    return mutate(this.deps, caller, APPLICATION_POLICIES.withdrawStationApplication, async (m) => {
      const application = await m.get(StationApplication, id, 'input.applicationId');
      requireUnitManager(m, application.hostUnitId, 'withdraw this application');
      const { after } = await changeApplicationStatus(m, id, { from: OPEN_STATUSES, to: ApplicationStatus.WITHDRAWN, verb: 'withdraw', also: { reason }, expectedVersion });
      return after;
    });
  }
}

/** Only a SUBMITTED application may be changed: after that the checks and reviews are of what was filed. */
const EDITABLE = [ApplicationStatus.SUBMITTED];

/**
 * The notice has ended once its last day has passed. An application publicized without a recorded
 * end (only seeded ones, from before the platform kept the date) counts as ended.
 */
function noticeEnded(application: StationApplication, today: string): boolean {
  return application.noticeEndsOn === null || application.noticeEndsOn < today;
}

function noticeRunning(application: StationApplication): ConflictError {
  return new ConflictError(`the public notice runs until ${application.noticeEndsOn}; the application can be approved from the day after`, {
    currentStatus: application.status,
    noticeEndsOn: application.noticeEndsOn,
  });
}

function conflictMessage(expert: Expert, unit: HostUnit, conflict: ExpertConflict): string {
  const why = conflict.reasons.map((reason) =>
    reason === ConflictReason.WORKS_AT_APPLICANT_UNIT ? `works at the applicant unit, ${unit.nameZh}` : `is engaged at a station of the applicant unit, ${unit.nameZh}`,
  );
  return `${expert.nameZh} has a conflict of interest: ${why.join(', and ')}; choose another expert`;
}
