/**
 * Matrix probes for the station lifecycle (see probe.ts): the application workflow, the station
 * status changes and head certification. Each call prepares a fresh application or station as
 * STAFF (test/support/workflow.ts), so an allowed caller always finds it in the status it needs.
 *
 * "own" and "other": for a UNIT_MANAGER, an application of the graphene institute (their unit) or of
 * another unit; for a REVIEWER, an application assigned to them (the demo reviewer's expert) or one
 * assigned to other experts only. Station mutations are STAFF's alone: both targets are alike.
 */
import { toGlobalId } from '../../../src/graphql/global-id';
import { today } from '../../../src/time';
import { dataOf } from '../app';
import type { TestApp } from '../app';
import { APPROVE, ASSIGN, CREATE, INSPECT, letNoticeEnd, PUBLICIZE, QUALIFY, REJECT, REVIEW, Stage, UPDATE, WITHDRAW, workflowFor } from '../workflow';
import { demoScope } from '../writes';
import { MutationProbe, send } from './probe';

/** A fresh application at `stage`, of the demo manager's unit ('own') or of another unit ('other'), filed by STAFF. */
async function applicationAt(app: TestApp, stage: Stage, target: 'own' | 'other', options: { expertIds?: number[] } = {}): Promise<string> {
  const flow = await workflowFor(app);
  const scope = await demoScope(app);
  const hostUnitId = toGlobalId('HostUnit', target === 'own' ? scope.hostUnitId : scope.otherHostUnitId);
  return flow.application(stage, { token: flow.staff, extra: { hostUnitId }, ...options });
}

/** A fresh ACTIVE station (approved through the workflow) and its head. */
async function freshStation(app: TestApp): Promise<{ stationId: string; stationHeadId: string }> {
  const flow = await workflowFor(app);
  const applicationId = await applicationAt(app, 'PUBLICIZED', 'other');
  await letNoticeEnd(app, applicationId);
  const approval = dataOf(await app.query(APPROVE, { input: { applicationId } }, { token: flow.staff })).approveStationApplication;
  return { stationId: approval.station.id, stationHeadId: approval.stationHead.id };
}

/** One probe per workflow step: an application at `stage`, then `input` for it. */
function step(mutation: string, query: string, stage: Stage, input: (applicationId: string) => Record<string, unknown>): MutationProbe {
  return {
    mutation,
    async send(app, caller, target) {
      const applicationId = await applicationAt(app, stage, target);
      return send(app, caller, query, input(applicationId));
    },
  };
}

const STATION_STATUS = 'station { id status }';

function stationChange(mutation: string, prepare: ((app: TestApp, stationId: string) => Promise<void>) | null): MutationProbe {
  const input = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
  return {
    mutation,
    async send(app, caller) {
      const { stationId } = await freshStation(app);
      await prepare?.(app, stationId);
      return send(app, caller, `mutation($input: ${input}!) { ${mutation}(input: $input) { ${STATION_STATUS} } }`, { stationId, reason: 'matrix probe' });
    },
  };
}

export const lifecycleProbes: MutationProbe[] = [
  {
    mutation: 'createStationApplication',
    async send(app, caller, target) {
      const flow = await workflowFor(app);
      const scope = await demoScope(app);
      return send(app, caller, CREATE, flow.input({ hostUnitId: toGlobalId('HostUnit', target === 'own' ? scope.hostUnitId : scope.otherHostUnitId) }));
    },
  },
  step('updateStationApplication', UPDATE, 'SUBMITTED', (id) => ({ id, dedicatedStaff: 4 })),
  step('qualifyStationApplication', QUALIFY, 'SUBMITTED', (applicationId) => ({ applicationId })),
  {
    mutation: 'assignReviewers',
    async send(app, caller, target) {
      const flow = await workflowFor(app);
      const applicationId = await applicationAt(app, 'QUALIFIED', target);
      return send(app, caller, ASSIGN, { applicationId, expertIds: flow.expertIds.map((id) => toGlobalId('Expert', id)) });
    },
  },
  {
    mutation: 'submitReview',
    async send(app, caller, target) {
      // Own: assigned to the demo reviewer's expert; other: to two other experts only.
      const others = (await app.dataSource.query("SELECT id FROM expert WHERE seed_key IN ('gen:expert:002', 'gen:expert:003') ORDER BY id")) as { id: number }[];
      const applicationId = await applicationAt(app, 'UNDER_REVIEW', 'other', target === 'own' ? {} : { expertIds: others.map((e) => Number(e.id)) });
      return send(app, caller, REVIEW, { applicationId, score: 80, recommendation: 'APPROVE', opinion: 'matrix probe' });
    },
  },
  step('recordSiteInspection', INSPECT, 'REVIEWED', (applicationId) => ({ applicationId, inspectedOn: today(), passed: true })),
  step('publicizeStationApplication', PUBLICIZE, 'INSPECTED', (applicationId) => ({ applicationId, noticeEndsOn: today() })),
  {
    mutation: 'approveStationApplication',
    async send(app, caller, target) {
      const applicationId = await applicationAt(app, 'PUBLICIZED', target);
      await letNoticeEnd(app, applicationId);
      return send(app, caller, APPROVE, { applicationId });
    },
  },
  step('rejectStationApplication', REJECT, 'QUALIFIED', (applicationId) => ({ applicationId, reason: 'matrix probe' })),
  step('withdrawStationApplication', WITHDRAW, 'SUBMITTED', (applicationId) => ({ applicationId })),
  stationChange('suspendStation', null),
  stationChange('reinstateStation', async (app, stationId) => {
    const flow = await workflowFor(app);
    dataOf(await app.query(`mutation($input: SuspendStationInput!) { suspendStation(input: $input) { ${STATION_STATUS} } }`, { input: { stationId, reason: 'matrix probe' } }, { token: flow.staff }));
  }),
  stationChange('revokeStation', null),
  stationChange('renewStation', null),
  {
    mutation: 'certifyStationHead',
    async send(app, caller) {
      const { stationHeadId } = await freshStation(app);
      return send(app, caller, 'mutation($input: CertifyStationHeadInput!) { certifyStationHead(input: $input) { stationHead { id certifiedOn } } }', { stationHeadId, certifiedOn: today() });
    },
  },
];
