/**
 * The station-application lifecycle over HTTP, as the demo accounts: a manager applies, staff
 * qualify, assign two reviewers, both review, staff inspect, publicize and approve; approval creates
 * the station, its head and its grant in one transaction. Then what must be refused: illegal
 * transitions (CONFLICT naming the state), conflicts of interest, reviewers and managers outside
 * their scope, applications read before their public notice; a failure mid-approval; and twenty
 * approvals at once.
 *
 * The app runs with the notice waiver (APPROVAL_SKIP_NOTICE_WAIT, as for demos): publicizing sets a
 * notice ending next week and approval need not wait for it. write-station-status.test.ts runs
 * without the waiver and shows approval waiting.
 */
import { toGlobalId } from '../src/graphql/global-id';
import { today } from '../src/time';
import { addDays } from '../src/modules/station/validity';
import { dataOf, GraphQLResponse, startTestApp, TestApp } from './support/app';
import { count, counts, demoScope, failingAt, fingerprints } from './support/writes';
import { APPROVE, ASSIGN, CREATE, INSPECT, PUBLICIZE, QUALIFY, REJECT, REVIEW, rowId, UPDATE, WITHDRAW, Workflow, workflowFor } from './support/workflow';

let app: TestApp;
let flow: Workflow;
let partner: string;
/** A UNIT_MANAGER of another unit, made by STAFF. */
let otherManager: string;
let otherHostUnitId: number;

const NEXT_WEEK = addDays(today(), 7);

function errorOf(response: GraphQLResponse) {
  return { code: response.errors?.[0]?.extensions?.code, message: response.errors?.[0]?.message ?? '', extensions: response.errors?.[0]?.extensions ?? {} };
}

const stats = async () => dataOf(await app.query('{ networkStats { stations fundingDisbursedCny certifiedStationHeads } }')).networkStats;

beforeAll(async () => {
  app = await startTestApp('write_lifecycle', { programme: { approvalSkipNoticeWait: true } });
  flow = await workflowFor(app);
  partner = await app.tokenFor('partner');
  otherHostUnitId = (await demoScope(app)).otherHostUnitId;
  dataOf(
    await app.query('mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }', {
      input: { email: 'other-manager@example.org', displayName: 'Other manager', role: 'UNIT_MANAGER', password: 'other-manager-password', hostUnitId: toGlobalId('HostUnit', otherHostUnitId) },
    }, { token: flow.staff }),
  );
  otherManager = dataOf(await app.query('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email: 'other-manager@example.org', password: 'other-manager-password' } })).login.token;
});
afterAll(async () => {
  await app?.stop();
});

test('the whole path over HTTP: the manager applies, staff qualify, two experts review, staff inspect, publicize and approve; the station, its head and its grant exist', async () => {
  const before = await stats();
  app.events.length = 0;

  // The demo manager applies for their unit.
  const input = flow.input();
  const created = dataOf(await app.query(CREATE, { input }, { token: flow.manager })).createStationApplication.application;
  expect(created).toMatchObject({ status: 'SUBMITTED', version: 1, submittedOn: today(), roundYear: Number(today().slice(0, 4)) });
  const applicationId = created.id as string;
  const read = async (token?: string) =>
    dataOf(
      await app.query(
        `query($id: ID!) { stationApplication(id: $id) { status noticeEndsOn decidedOn conclusion proposedHead { id } researchFields { totalCount edges { node { id } } } station { id name } } }`,
        { id: applicationId },
        token ? { token } : { anonymous: true },
      ),
    ).stationApplication;
  expect(await read(flow.manager)).toMatchObject({ status: 'SUBMITTED', proposedHead: { id: flow.headTalentId }, researchFields: { totalCount: 2 } });

  // Staff qualify and assign the demo reviewer (gen:expert:001) and another expert (gen:expert:002).
  expect(dataOf(await app.query(QUALIFY, { input: { applicationId } }, { token: flow.staff })).qualifyStationApplication.application.status).toBe('QUALIFIED');
  const expertIds = flow.expertIds.map((id) => toGlobalId('Expert', id));
  const assigned = dataOf(await app.query(ASSIGN, { input: { applicationId, expertIds } }, { token: flow.staff })).assignReviewers.application;
  expect(assigned).toMatchObject({ status: 'UNDER_REVIEW', reviews: { totalCount: 2 } });

  // Both review: the demo reviewer, and the REVIEWER account staff made for the second expert.
  const first = dataOf(await app.query(REVIEW, { input: { applicationId, score: 91, recommendation: 'APPROVE', opinion: '创新能力突出，建议批准。' } }, { token: flow.reviewer })).submitReview;
  expect(first.review).toMatchObject({ score: 91, recommendation: 'APPROVE', reviewedOn: today() });
  const second = dataOf(await app.query(REVIEW, { input: { applicationId, score: 80, recommendation: 'REVISE', opinion: '建议完善海外人才工作机制。' } }, { token: flow.secondReviewer })).submitReview;
  expect(second.application.status).toBe('UNDER_REVIEW');

  // Staff inspect, publicize (a notice until next week) and approve.
  const inspection = dataOf(await app.query(INSPECT, { input: { applicationId, inspectedOn: today(), passed: true, notes: '服务场地200平方米，专职人员3名。' } }, { token: flow.staff })).recordSiteInspection;
  expect(inspection).toMatchObject({ inspection: { passed: true, findings: '服务场地200平方米，专职人员3名。' }, application: { status: 'INSPECTED' } });
  expect(dataOf(await app.query(PUBLICIZE, { input: { applicationId, noticeEndsOn: NEXT_WEEK } }, { token: flow.staff })).publicizeStationApplication.application).toMatchObject({ status: 'PUBLICIZED', noticeEndsOn: NEXT_WEEK });
  const approval = dataOf(await app.query(APPROVE, { input: { applicationId } }, { token: flow.staff })).approveStationApplication;

  // The station, ACTIVE, approved in the application's round, valid 3 years; its head; its grant.
  expect(approval.station).toMatchObject({ name: input.proposedName, status: 'ACTIVE', approvalYear: created.roundYear, approvedOn: today(), validUntil: addDays(`${Number(today().slice(0, 4)) + 3}${today().slice(4)}`, -1), researchFields: { totalCount: 2 } });
  expect(approval.station.head).toEqual({ id: approval.stationHead.id, name: 'Proposed Head' });
  expect(approval.stationHead.certifiedOn).toBeNull();
  expect(approval.grant).toMatchObject({ kind: 'ESTABLISHMENT', amountCny: 50_000, disbursedCny: 0, year: created.roundYear });
  expect(approval.application).toMatchObject({ status: 'APPROVED', decidedOn: today(), station: { id: approval.station.id } });
  expect(approval.application.conclusion).toContain('2位专家，平均85.5分');

  // In the database: the head is linked to the talent, the grant to the station, the history starts at approval.
  const stationRow = rowId(approval.station.id);
  const [head] = await app.dataSource.query('SELECT talent_id FROM station_head WHERE id = ?', [rowId(approval.stationHead.id)]);
  expect(Number(head.talent_id)).toBe(rowId(flow.headTalentId));
  expect(await app.dataSource.query('SELECT amount_cny FROM funding_grant WHERE station_id = ?', [stationRow])).toHaveLength(1);
  const history = await app.dataSource.query('SELECT from_status, to_status, changed_by, changed_on FROM station_status_change WHERE station_id = ?', [stationRow]);
  expect(history).toEqual([{ from_status: null, to_status: 'ACTIVE', changed_by: 'staff@demo.haizhi', changed_on: today() }]);
  const [application] = await app.dataSource.query('SELECT station_id, decided_on FROM station_application WHERE id = ?', [rowId(applicationId)]);
  expect({ stationId: Number(application.station_id), decidedOn: application.decided_on }).toEqual({ stationId: stationRow, decidedOn: today() });

  // networkStats: one more station; nothing disbursed until a disbursement.
  const after = await stats();
  expect(after.stations).toBe(before.stations + 1);
  expect(after.fundingDisbursedCny).toBe(before.fundingDisbursedCny);

  // Now public: anonymous reads it (not the conclusion); the manager reads the conclusion once decided.
  expect(await read()).toMatchObject({ status: 'APPROVED', conclusion: null, station: { id: approval.station.id } });
  expect((await read(flow.manager)).conclusion).toBe(approval.application.conclusion);

  // Events, after each commit: every transition with the unit for subscribers' scope, each review, the station's first status.
  const unit = flow.hostUnitId;
  const id = rowId(applicationId);
  expect(app.events.filter((e) => e.type === 'ApplicationStatusChanged').map((e) => e.type === 'ApplicationStatusChanged' && [e.from, e.to, e.hostUnitId, e.applicationId])).toEqual([
    [null, 'SUBMITTED', unit, id],
    ['SUBMITTED', 'QUALIFIED', unit, id],
    ['QUALIFIED', 'UNDER_REVIEW', unit, id],
    ['UNDER_REVIEW', 'INSPECTED', unit, id],
    ['INSPECTED', 'PUBLICIZED', unit, id],
    ['PUBLICIZED', 'APPROVED', unit, id],
  ]);
  expect(app.events.filter((e) => e.type === 'ReviewSubmitted')).toHaveLength(2);
  expect(app.events.filter((e) => e.type === 'StationStatusChanged')).toMatchObject([{ stationId: stationRow, hostUnitId: unit, from: null, to: 'ACTIVE' }]);
  expect(app.events.filter((e) => e.type === 'NetworkFiguresChanged')).toMatchObject([{ figures: ['stations'] }]);

  // Audited: everything the approval wrote, as staff.
  const audited = await app.dataSource.query("SELECT target_type, actor FROM audit_event WHERE action = 'approveStationApplication' ORDER BY id");
  expect(new Set(audited.map((a: { target_type: string }) => a.target_type))).toEqual(new Set(['StationApplication', 'StationHead', 'Station', 'StationResearchField', 'FundingGrant', 'StationStatusChange']));
  expect(new Set(audited.map((a: { actor: string }) => a.actor))).toEqual(new Set(['staff@demo.haizhi']));
});

test('then two failing evaluations revoke the station, and the revocation shows in its history', async () => {
  // The path again, as the demo accounts, in the 2024 round: mutations take that spring as today,
  // so the station has two evaluation years behind it by now.
  const step = async (query: string, input: Record<string, unknown>, token: string) => dataOf(await app.query(query, { input }, { token }));
  let station: { id: string };
  app.setToday('2024-04-08');
  try {
    const applicationId = (await step(CREATE, flow.input(), flow.manager)).createStationApplication.application.id as string;
    await step(QUALIFY, { applicationId }, flow.staff);
    await step(ASSIGN, { applicationId, expertIds: flow.expertIds.map((id) => toGlobalId('Expert', id)) }, flow.staff);
    app.setToday('2024-05-20');
    await step(REVIEW, { applicationId, score: 78, recommendation: 'APPROVE', opinion: '基本具备条件。' }, flow.reviewer);
    await step(REVIEW, { applicationId, score: 75, recommendation: 'REVISE', opinion: '建议完善工作机制。' }, flow.secondReviewer);
    app.setToday('2024-06-03');
    await step(INSPECT, { applicationId, inspectedOn: '2024-06-03', passed: true, notes: '场地符合要求。' }, flow.staff);
    app.setToday('2024-06-10');
    await step(PUBLICIZE, { applicationId, noticeEndsOn: '2024-06-17' }, flow.staff);
    app.setToday('2024-06-20');
    station = (await step(APPROVE, { applicationId }, flow.staff)).approveStationApplication.station;
    expect(station).toMatchObject({ status: 'ACTIVE', approvalYear: 2024, approvedOn: '2024-06-20', validUntil: '2027-06-19' });
  } finally {
    app.setToday(null);
  }

  const EVALUATE = `mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { evaluation { year score grade } station { id status } } }`;
  const first = (await step(EVALUATE, { stationId: station.id, year: 2024, score: 62 }, flow.staff)).recordEvaluation;
  expect(first).toMatchObject({ evaluation: { year: 2024, grade: 'UNQUALIFIED' }, station: { status: 'ACTIVE' } });
  const second = (await step(EVALUATE, { stationId: station.id, year: 2025, score: 58 }, flow.staff)).recordEvaluation;
  expect(second).toMatchObject({ evaluation: { year: 2025, grade: 'UNQUALIFIED' }, station: { status: 'REVOKED' } });

  const history = dataOf(await app.query('query($id: ID!) { station(id: $id) { status statusHistory(first: 10) { edges { node { fromStatus toStatus reason changedBy } } } } }', { id: station.id }, { token: flow.staff })).station;
  expect(history.status).toBe('REVOKED');
  expect(history.statusHistory.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
    { fromStatus: null, toStatus: 'ACTIVE', reason: expect.any(String), changedBy: 'staff@demo.haizhi' },
    { fromStatus: 'ACTIVE', toStatus: 'REVOKED', reason: expect.stringMatching(/2024.*2025.*62.*58/), changedBy: 'staff@demo.haizhi' },
  ]);
});

test('every illegal transition is CONFLICT naming the current status, and changes nothing', async () => {
  // One application in each status: fresh ones for the open statuses, and a rejected and a withdrawn one.
  const byStatus: Record<string, string> = {
    SUBMITTED: await flow.application('SUBMITTED'),
    QUALIFIED: await flow.application('QUALIFIED'),
    UNDER_REVIEW: await flow.application('UNDER_REVIEW'),
    INSPECTED: await flow.application('INSPECTED'),
    PUBLICIZED: await flow.application('PUBLICIZED', { noticeEndsOn: NEXT_WEEK }),
    APPROVED: await flow.application('APPROVED', { noticeEndsOn: NEXT_WEEK }),
    REJECTED: await flow.application('QUALIFIED'),
    WITHDRAWN: await flow.application('SUBMITTED'),
  };
  dataOf(await app.query(REJECT, { input: { applicationId: byStatus.REJECTED, reason: '海外人才渠道不稳定' } }, { token: flow.staff }));
  dataOf(await app.query(WITHDRAW, { input: { applicationId: byStatus.WITHDRAWN } }, { token: flow.manager }));
  const open = ['SUBMITTED', 'QUALIFIED', 'UNDER_REVIEW', 'INSPECTED', 'PUBLICIZED'];
  const experts = flow.expertIds.map((id) => toGlobalId('Expert', id));
  const moves: { query: string; allowed: string[]; input: Record<string, unknown> }[] = [
    { query: UPDATE, allowed: ['SUBMITTED'], input: { dedicatedStaff: 5 } },
    { query: QUALIFY, allowed: ['SUBMITTED'], input: {} },
    { query: ASSIGN, allowed: ['QUALIFIED'], input: { expertIds: experts } },
    { query: INSPECT, allowed: ['UNDER_REVIEW'], input: { inspectedOn: today(), passed: true } },
    { query: PUBLICIZE, allowed: ['INSPECTED'], input: { noticeEndsOn: NEXT_WEEK } },
    { query: APPROVE, allowed: ['PUBLICIZED'], input: {} },
    { query: REJECT, allowed: open, input: { reason: 'no' } },
    { query: WITHDRAW, allowed: open, input: {} },
  ];
  const audits = await count(app, 'audit_event');
  app.events.length = 0;
  const refused: string[] = [];
  for (const move of moves) {
    for (const [status, applicationId] of Object.entries(byStatus)) {
      if (move.allowed.includes(status)) continue;
      const input = move.query === UPDATE ? { id: applicationId, ...move.input } : { applicationId, ...move.input };
      const error = errorOf(await app.query(move.query, { input }, { token: flow.staff }));
      const name = move.query.match(/\{\s*(\w+)\(/)![1];
      expect({ name, status, code: error.code, currentStatus: error.extensions.currentStatus }).toEqual({ name, status, code: 'CONFLICT', currentStatus: status });
      expect(error.message).toContain(`that is ${status}`);
      refused.push(`${name}:${status}`);
    }
  }
  // 8 moves × 8 statuses, less the 16 allowed ones (reject and withdraw from each of the 5 open statuses).
  expect(refused).toHaveLength(64 - 16);
  expect(await count(app, 'audit_event')).toBe(audits);
  expect(app.events).toEqual([]);
  // A review once the application moved on, and a second review, are refused too.
  const reviewed = await flow.application('UNDER_REVIEW');
  const review = (token: string) => app.query(REVIEW, { input: { applicationId: reviewed, score: 70, recommendation: 'REVISE', opinion: 'ok' } }, { token });
  dataOf(await review(flow.reviewer));
  expect(errorOf(await review(flow.reviewer)).extensions).toMatchObject({ code: 'CONFLICT', currentState: 'REVIEWED' });
  dataOf(await app.query(REJECT, { input: { applicationId: reviewed, reason: 'no' } }, { token: flow.staff }));
  expect(errorOf(await review(flow.secondReviewer)).extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'REJECTED' });
});

test('the site inspection waits for every review; a review is scored 0–100 by an assigned reviewer only', async () => {
  const applicationId = await flow.application('UNDER_REVIEW');
  const early = errorOf(await app.query(INSPECT, { input: { applicationId, inspectedOn: today(), passed: true } }, { token: flow.staff }));
  expect(early).toMatchObject({ code: 'CONFLICT', extensions: { currentStatus: 'UNDER_REVIEW', pendingReviews: 2 } });
  const badScore = errorOf(await app.query(REVIEW, { input: { applicationId, score: 101, recommendation: 'APPROVE', opinion: 'x' } }, { token: flow.reviewer }));
  expect(badScore.code).toBe('BAD_USER_INPUT');
  expect((badScore.extensions.problems as { path: string }[]).map((p) => p.path)).toEqual(['input.score']);
  // STAFF do not review; the role check says who may.
  expect(errorOf(await app.query(REVIEW, { input: { applicationId, score: 80, recommendation: 'APPROVE', opinion: 'x' } }, { token: flow.staff })).code).toBe('FORBIDDEN');
  dataOf(await app.query(REVIEW, { input: { applicationId, score: 75, recommendation: 'REVISE', opinion: '基本具备条件。' } }, { token: flow.reviewer }));
  // Each reviewer sees their own review only; STAFF see both.
  const reviews = async (token: string) => dataOf(await app.query('query($id: ID!) { stationApplication(id: $id) { reviews { totalCount edges { node { score expert { id } } } } } }', { id: applicationId }, { token })).stationApplication.reviews;
  expect((await reviews(flow.reviewer)).edges.map((e: { node: { score: number } }) => e.node.score)).toEqual([75]);
  expect((await reviews(flow.secondReviewer)).edges.map((e: { node: { score: number | null } }) => e.node.score)).toEqual([null]);
  expect((await reviews(flow.staff)).totalCount).toBe(2);
  expect(errorOf(await app.query(INSPECT, { input: { applicationId, inspectedOn: today(), passed: true } }, { token: flow.staff })).extensions.pendingReviews).toBe(1);
  dataOf(await app.query(REVIEW, { input: { applicationId, score: 85, recommendation: 'APPROVE', opinion: '同意。' } }, { token: flow.secondReviewer }));
  const future = errorOf(await app.query(INSPECT, { input: { applicationId, inspectedOn: NEXT_WEEK, passed: true } }, { token: flow.staff }));
  expect(future.extensions.problems).toEqual([expect.objectContaining({ path: 'input.inspectedOn' })]);
  // A failed inspection cannot be publicized: the application is rejected instead.
  dataOf(await app.query(INSPECT, { input: { applicationId, inspectedOn: today(), passed: false, notes: '服务场地未落实。' } }, { token: flow.staff }));
  const publicized = errorOf(await app.query(PUBLICIZE, { input: { applicationId, noticeEndsOn: NEXT_WEEK } }, { token: flow.staff }));
  expect(publicized).toMatchObject({ code: 'CONFLICT', extensions: { currentStatus: 'INSPECTED', inspectionPassed: false } });
  const rejected = dataOf(await app.query(REJECT, { input: { applicationId, reason: '实地考察未通过' } }, { token: flow.staff })).rejectStationApplication.application;
  expect(rejected).toMatchObject({ status: 'REJECTED', reason: '实地考察未通过', decidedOn: today() });
  expect(rejected.conclusion).toBe('不予设立。理由：实地考察未通过。专家评审：2位专家，平均80分；建议批准1票、修改后再议1票、不予批准0票。');
});

test('a reviewer not assigned to an application in review cannot see it, so reviewing it is NOT_FOUND, as for an id that names nothing', async () => {
  const applicationId = await flow.application('QUALIFIED');
  const others = (await app.dataSource.query("SELECT id FROM expert WHERE seed_key IN ('gen:expert:003', 'gen:expert:004') ORDER BY id")) as { id: number }[];
  dataOf(await app.query(ASSIGN, { input: { applicationId, expertIds: others.map((e) => toGlobalId('Expert', Number(e.id))) } }, { token: flow.staff }));
  const response = errorOf(await app.query(REVIEW, { input: { applicationId, score: 90, recommendation: 'APPROVE', opinion: 'x' } }, { token: flow.reviewer }));
  expect(response).toMatchObject({ code: 'NOT_FOUND', message: 'input.applicationId names no StationApplication that exists' });
  // Nor may they read it: before its notice an application is for STAFF, its unit's managers and its reviewers.
  expect(dataOf(await app.query('query($id: ID!) { node(id: $id) { id } }', { id: applicationId }, { token: flow.reviewer })).node).toBeNull();
});

test('conflicts of interest: an expert who works at the applicant unit, or is engaged at one of its stations, is refused with the reason; experts(assignableTo) leaves them out', async () => {
  const applicationId = await flow.application('QUALIFIED');
  const [worksThere, engagedThere] = ((await app.dataSource.query("SELECT id, name_zh FROM expert WHERE seed_key IN ('gen:expert:005', 'gen:expert:006') ORDER BY id")) as { id: number; name_zh: string }[]).map((e) => ({ id: Number(e.id), name: e.name_zh }));
  // Fixture: the expert records' ties (no mutation edits experts): one works at the graphene institute...
  await app.dataSource.query('UPDATE expert SET host_unit_id = ? WHERE id = ?', [flow.hostUnitId, worksThere.id]);
  // ...the other is a talent, engaged (over HTTP) at one of its stations.
  const talent = dataOf(await app.query('mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { input: { name: 'Conflicted Expert', country: 'DE', degree: 'DOCTORATE' } }, { token: flow.staff })).createTalent.talent.id;
  const [station] = await app.dataSource.query('SELECT id FROM station WHERE host_unit_id = ? ORDER BY id LIMIT 1', [flow.hostUnitId]);
  dataOf(await app.query('mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { engagement { id } } }', { input: { talentId: talent, stationId: toGlobalId('Station', Number(station.id)), role: 'TECHNICAL_ADVISER', startedOn: '2025-01-01' } }, { token: flow.staff }));
  await app.dataSource.query('UPDATE expert SET talent_id = ? WHERE id = ?', [rowId(talent), engagedThere.id]);

  const ids = [flow.expertIds[0], worksThere.id, engagedThere.id].map((id) => toGlobalId('Expert', id));
  const refused = errorOf(await app.query(ASSIGN, { input: { applicationId, expertIds: ids } }, { token: flow.staff }));
  expect(refused.code).toBe('BAD_USER_INPUT');
  expect(refused.extensions.problems).toEqual([
    { path: 'input.expertIds[1]', message: expect.stringMatching(new RegExp(`^${worksThere.name} has a conflict of interest: works at the applicant unit`)) },
    { path: 'input.expertIds[2]', message: expect.stringMatching(new RegExp(`^${engagedThere.name} has a conflict of interest: is engaged at a station of the applicant unit`)) },
  ]);
  expect(refused.extensions.conflicts).toEqual([
    { expertId: ids[1], reasons: ['WORKS_AT_APPLICANT_UNIT'] },
    { expertId: ids[2], reasons: ['ENGAGED_AT_APPLICANT_STATION'] },
  ]);
  // At least two experts, each once.
  const one = errorOf(await app.query(ASSIGN, { input: { applicationId, expertIds: [ids[0], ids[0]] } }, { token: flow.staff }));
  expect(one.extensions.problems).toEqual([expect.objectContaining({ path: 'input.expertIds' })]);
  expect(dataOf(await app.query('query($id: ID!) { stationApplication(id: $id) { status reviews { totalCount } } }', { id: applicationId }, { token: flow.staff })).stationApplication).toEqual({ status: 'QUALIFIED', reviews: { totalCount: 0 } });

  // The experts list for choosing reviewers: STAFF only; assignableTo leaves out conflicted and assigned experts.
  const EXPERTS = 'query($filter: ExpertFilter, $first: Int) { experts(filter: $filter, first: $first) { totalCount edges { node { id name } } } }';
  const assignable = async (id: string) => dataOf(await app.query(EXPERTS, { filter: { assignableTo: id }, first: 100 }, { token: flow.staff })).experts;
  const all = dataOf(await app.query(EXPERTS, { first: 100 }, { token: flow.staff })).experts;
  expect(all.totalCount).toBe(await count(app, 'expert'));
  const before = await assignable(applicationId);
  expect(before.totalCount).toBe(all.totalCount - 2);
  const names = before.edges.map((e: { node: { id: string } }) => e.node.id);
  expect(names).not.toContain(ids[1]);
  expect(names).not.toContain(ids[2]);
  dataOf(await app.query(ASSIGN, { input: { applicationId, expertIds: flow.expertIds.map((id) => toGlobalId('Expert', id)) } }, { token: flow.staff }));
  expect((await assignable(applicationId)).totalCount).toBe(all.totalCount - 4);
  // Another unit's application: these two have no conflict with it.
  const elsewhere = dataOf(await app.query(CREATE, { input: flow.input({ hostUnitId: toGlobalId('HostUnit', otherHostUnitId) }) }, { token: flow.staff })).createStationApplication.application.id;
  expect((await assignable(elsewhere)).totalCount).toBe(all.totalCount);
  // Filters: research field and name, against SQL.
  const [field] = await app.dataSource.query('SELECT research_field_id AS id, COUNT(*) AS n FROM expert WHERE research_field_id IS NOT NULL GROUP BY research_field_id ORDER BY research_field_id LIMIT 1');
  expect(dataOf(await app.query(EXPERTS, { filter: { researchFieldIds: [toGlobalId('ResearchField', Number(field.id))] } }, { token: flow.staff })).experts.totalCount).toBe(Number(field.n));
  expect(dataOf(await app.query(EXPERTS, { filter: { nameContains: worksThere.name } }, { token: flow.staff })).experts.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(ids[1]);
  for (const token of [flow.manager, flow.reviewer, partner]) expect(errorOf(await app.query(EXPERTS, {}, { token })).code).toBe('FORBIDDEN');
  expect(errorOf(await app.query(EXPERTS, {}, { anonymous: true })).code).toBe('UNAUTHENTICATED');
});

test("a manager applies for and changes their own unit's applications only; partners and anonymous callers cannot apply", async () => {
  const forOther = errorOf(await app.query(CREATE, { input: flow.input({ hostUnitId: toGlobalId('HostUnit', otherHostUnitId) }) }, { token: flow.manager }));
  expect(forOther).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/you manage another host unit/) });
  expect(errorOf(await app.query(CREATE, { input: flow.input() }, { token: partner })).code).toBe('FORBIDDEN');
  expect(errorOf(await app.query(CREATE, { input: flow.input() }, { anonymous: true })).code).toBe('UNAUTHENTICATED');
  const applicationId = await flow.application('SUBMITTED');
  const before = await count(app, 'audit_event');
  // Another unit's application in progress is hidden from its manager: NOT_FOUND, as a missing one (test/hardening-writes.test.ts).
  expect(errorOf(await app.query(UPDATE, { input: { id: applicationId, dedicatedStaff: 9 } }, { token: otherManager })).code).toBe('NOT_FOUND');
  expect(errorOf(await app.query(WITHDRAW, { input: { applicationId } }, { token: otherManager })).code).toBe('NOT_FOUND');
  expect(errorOf(await app.query(QUALIFY, { input: { applicationId } }, { token: flow.manager })).code).toBe('FORBIDDEN');
  expect(await count(app, 'audit_event')).toBe(before);
  // The other unit's manager does not even see it before its notice.
  expect(dataOf(await app.query('query($id: ID!) { stationApplication(id: $id) { id } }', { id: applicationId }, { token: otherManager })).stationApplication).toBeNull();
  // Its own manager withdraws it.
  expect(dataOf(await app.query(WITHDRAW, { input: { applicationId, reason: '调整建站方案' } }, { token: flow.manager })).withdrawStationApplication.application).toMatchObject({ status: 'WITHDRAWN', reason: '调整建站方案' });
});

test('qualification names each unmet condition; the applicant fixes the application while SUBMITTED, with expectedVersion', async () => {
  const [existing] = await app.dataSource.query('SELECT name_zh FROM station ORDER BY id LIMIT 1');
  const applicationId = dataOf(
    await app.query(CREATE, { input: flow.input({ proposedName: existing.name_zh, serviceAreaM2: 60, dedicatedStaff: 0, proposedHeadTalentId: null, researchFieldIds: [] }) }, { token: flow.manager }),
  ).createStationApplication.application.id;
  const refused = errorOf(await app.query(QUALIFY, { input: { applicationId } }, { token: flow.staff }));
  expect(refused.code).toBe('BAD_USER_INPUT');
  expect((refused.extensions.problems as { path: string }[]).map((p) => p.path)).toEqual([
    'application.serviceAreaM2',
    'application.dedicatedStaff',
    'application.proposedHead',
    'application.researchFields',
    'application.proposedName',
  ]);
  expect(refused.message).toContain('a station needs at least 100 m²');

  const update = (input: Record<string, unknown>) => app.query(UPDATE, { input: { id: applicationId, ...input } }, { token: flow.manager });
  const fixed = dataOf(await update({ expectedVersion: 1, proposedName: '重庆石墨烯研究院第二海智工作站', serviceAreaM2: 100, dedicatedStaff: 1, proposedHeadTalentId: flow.headTalentId, researchFieldIds: flow.researchFieldIds })).updateStationApplication.application;
  expect(fixed).toMatchObject({ version: 2, serviceAreaM2: 100, dedicatedStaff: 1, proposedHead: { id: flow.headTalentId }, researchFields: { totalCount: 2 } });
  const stale = errorOf(await update({ expectedVersion: 1, dedicatedStaff: 2 }));
  expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { currentVersion: 2 } });
  expect(errorOf(await update({ proposedName: null })).code).toBe('BAD_USER_INPUT');
  // Research fields are replaced, not added to.
  expect(dataOf(await update({ researchFieldIds: [flow.researchFieldIds[1]] })).updateStationApplication.application.researchFields.totalCount).toBe(1);
  expect(dataOf(await app.query(QUALIFY, { input: { applicationId } }, { token: flow.staff })).qualifyStationApplication.application.status).toBe('QUALIFIED');
  // Names must fit what approval writes: a station's name (200 characters), a station head's (80).
  const longName = errorOf(await app.query(CREATE, { input: flow.input({ proposedName: '站'.repeat(201) }) }, { token: flow.manager }));
  expect((longName.extensions.problems as { path: string }[]).map((p) => p.path)).toEqual(['input.proposedName']);
  const longHead = dataOf(await app.query('mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { input: { name: 'N'.repeat(100), country: 'GB', degree: 'MASTER' } }, { token: flow.manager })).createTalent.talent.id;
  const headless = dataOf(await app.query(CREATE, { input: flow.input({ proposedHeadTalentId: longHead }) }, { token: flow.manager })).createStationApplication.application.id;
  const tooLong = errorOf(await app.query(QUALIFY, { input: { applicationId: headless } }, { token: flow.staff }));
  expect(tooLong.extensions.problems).toEqual([{ path: 'application.proposedHead', message: expect.stringMatching(/longer than the 80 characters/) }]);
  // A second qualified application cannot take the same name.
  const twin = dataOf(await app.query(CREATE, { input: flow.input({ proposedName: '重庆石墨烯研究院第二海智工作站' }) }, { token: flow.manager })).createStationApplication.application.id;
  expect((errorOf(await app.query(QUALIFY, { input: { applicationId: twin } }, { token: flow.staff })).extensions.problems as { path: string }[]).map((p) => p.path)).toEqual(['application.proposedName']);
});

test('anonymous callers and partners see an application only from its public notice on: not in lists, not by node(id)', async () => {
  const applicationId = await flow.application('INSPECTED');
  const visible = async (options: { token?: string; anonymous?: boolean }) => {
    const data = dataOf(
      await app.query(
        'query($id: ID!, $unit: ID!) { node(id: $id) { id } stationApplication(id: $id) { id } stationApplications(filter: { hostUnitIds: [$unit] }, first: 100) { edges { node { id } } } hostUnit(id: $unit) { applications(first: 100) { edges { node { id } } } } }',
        { id: applicationId, unit: toGlobalId('HostUnit', flow.hostUnitId) },
        options,
      ),
    );
    const listed = (edges: { node: { id: string } }[]) => edges.some((edge) => edge.node.id === applicationId);
    return [data.node !== null, data.stationApplication !== null, listed(data.stationApplications.edges), listed(data.hostUnit.applications.edges)];
  };
  for (const caller of [{ anonymous: true }, { token: partner }, { token: otherManager }]) expect(await visible(caller)).toEqual([false, false, false, false]);
  for (const caller of [{ token: flow.staff }, { token: flow.manager }, { token: flow.reviewer }]) expect(await visible(caller)).toEqual([true, true, true, true]);
  dataOf(await app.query(PUBLICIZE, { input: { applicationId, noticeEndsOn: NEXT_WEEK } }, { token: flow.staff }));
  for (const caller of [{ anonymous: true }, { token: partner }, { token: otherManager }]) expect(await visible(caller)).toEqual([true, true, true, true]);
});

test('creating with an idempotency key: a retry replays the first application and writes nothing', async () => {
  const input = flow.input({ idempotencyKey: 'apply-once' });
  const first = dataOf(await app.query(CREATE, { input }, { token: flow.manager })).createStationApplication.application;
  const tables = ['station_application', 'application_research_field', 'audit_event'];
  const before = await counts(app, tables);
  const again = dataOf(await app.query(CREATE, { input }, { token: flow.manager })).createStationApplication.application;
  expect(again.id).toBe(first.id);
  expect(await counts(app, tables)).toEqual(before);
});

test('a failure injected mid-approval, after the station is created, leaves every table as it was and publishes nothing', async () => {
  const applicationId = await flow.application('PUBLICIZED', { noticeEndsOn: NEXT_WEEK });
  // Every table: its row count and a checksum of all its rows.
  const before = await fingerprints(app);
  app.events.length = 0;
  expect(errorOf(await failingAt(app, 'approveStationApplication:station-created', () => app.query(APPROVE, { input: { applicationId } }, { token: flow.staff }))).code).toBe('INTERNAL_SERVER_ERROR');
  expect(await fingerprints(app)).toEqual(before);
  expect(app.events).toEqual([]);
  const [row] = await app.dataSource.query('SELECT status, station_id, decided_on FROM station_application WHERE id = ?', [rowId(applicationId)]);
  expect(row).toEqual({ status: 'PUBLICIZED', station_id: null, decided_on: null });
  // Nothing half-done stands in the way: the retry approves.
  expect(dataOf(await app.query(APPROVE, { input: { applicationId } }, { token: flow.staff })).approveStationApplication.application.status).toBe('APPROVED');
});

test('20 approvals at once: exactly one succeeds, 19 are CONFLICT, and there is one station', async () => {
  const applicationId = await flow.application('PUBLICIZED', { noticeEndsOn: NEXT_WEEK });
  const [stations, grants, heads] = [await count(app, 'station'), await count(app, 'funding_grant'), await count(app, 'station_head')];
  const responses = await Promise.all(Array.from({ length: 20 }, () => app.query(APPROVE, { input: { applicationId } }, { token: flow.staff })));
  const succeeded = responses.filter((r) => !r.errors);
  const conflicts = responses.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
  expect([succeeded.length, conflicts.length]).toEqual([1, 19]);
  for (const conflict of conflicts) expect(conflict.errors?.[0]?.extensions?.currentStatus).toBe('APPROVED');
  expect([await count(app, 'station'), await count(app, 'funding_grant'), await count(app, 'station_head')]).toEqual([stations + 1, grants + 1, heads + 1]);
  const [{ n }] = await app.dataSource.query('SELECT COUNT(*) AS n FROM station_application WHERE station_id IS NOT NULL AND id = ?', [rowId(applicationId)]);
  expect(Number(n)).toBe(1);
});
