/**
 * The station-application workflow driven over HTTP as the demo accounts, for the lifecycle tests
 * and the matrix probes: file an application (as the demo manager, for the graphene institute) and
 * move it on, step by step, to the status a test needs. The two reviewers are the demo reviewer
 * (expert gen:expert:001) and a REVIEWER account STAFF creates for expert gen:expert:002.
 */
import { toGlobalId } from '../../src/graphql/global-id';
import { today } from '../../src/time';
import { dataOf, TestApp } from './app';
import { unique } from './probes/probe';
import { demoScope } from './writes';

export const CREATE = `mutation($input: CreateStationApplicationInput!) { createStationApplication(input: $input) { application { id status version roundYear submittedOn } } }`;
export const UPDATE = `mutation($input: UpdateStationApplicationInput!) { updateStationApplication(input: $input) { application { id status version proposedName serviceAreaM2 dedicatedStaff proposedHead { id } researchFields { totalCount } } } }`;
export const QUALIFY = `mutation($input: QualifyStationApplicationInput!) { qualifyStationApplication(input: $input) { application { id status } } }`;
export const ASSIGN = `mutation($input: AssignReviewersInput!) { assignReviewers(input: $input) { application { id status reviews { totalCount } } } }`;
export const REVIEW = `mutation($input: SubmitReviewInput!) { submitReview(input: $input) { review { id score recommendation reviewedOn } application { id status } } }`;
export const INSPECT = `mutation($input: RecordSiteInspectionInput!) { recordSiteInspection(input: $input) { inspection { id inspectedOn passed findings } application { id status } } }`;
export const PUBLICIZE = `mutation($input: PublicizeStationApplicationInput!) { publicizeStationApplication(input: $input) { application { id status noticeEndsOn } } }`;
export const APPROVE = `mutation($input: ApproveStationApplicationInput!) {
  approveStationApplication(input: $input) {
    application { id status decidedOn conclusion station { id } }
    station { id name status approvalYear approvedOn validUntil head { id name } researchFields { totalCount } }
    stationHead { id name certifiedOn }
    grant { id kind amountCny disbursedCny year }
  }
}`;
export const REJECT = `mutation($input: RejectStationApplicationInput!) { rejectStationApplication(input: $input) { application { id status reason conclusion decidedOn } } }`;
export const WITHDRAW = `mutation($input: WithdrawStationApplicationInput!) { withdrawStationApplication(input: $input) { application { id status reason } } }`;

export type Stage = 'SUBMITTED' | 'QUALIFIED' | 'UNDER_REVIEW' | 'REVIEWED' | 'INSPECTED' | 'PUBLICIZED' | 'APPROVED';
const ORDER: Stage[] = ['SUBMITTED', 'QUALIFIED', 'UNDER_REVIEW', 'REVIEWED', 'INSPECTED', 'PUBLICIZED', 'APPROVED'];

export interface Workflow {
  staff: string;
  manager: string;
  /** The demo reviewer (gen:expert:001) and the second reviewer's token (gen:expert:002). */
  reviewer: string;
  secondReviewer: string;
  /** Row ids. */
  hostUnitId: number;
  districtId: number;
  expertIds: [number, number];
  /** The talent proposed to head new stations (a global id). */
  headTalentId: string;
  researchFieldIds: string[];
  /** A complete application input for the graphene institute, with a fresh proposed name. */
  input(extra?: Record<string, unknown>): Record<string, unknown>;
  /** Files an application (as the demo manager unless `token` says otherwise) and moves it to `stage`. */
  application(stage: Stage, options?: { extra?: Record<string, unknown>; token?: string } & StepOptions): Promise<string>;
  /** Moves an application on from `from` to `to`. */
  advance(id: string, from: Stage, to: Stage, options?: StepOptions): Promise<void>;
}

export interface StepOptions {
  /** The last day of the public notice (default today). */
  noticeEndsOn?: string;
  /** The experts assigned (row ids; default the two reviewers'). Only the default ones can then review. */
  expertIds?: number[];
}

const workflows = new WeakMap<TestApp, Promise<Workflow>>();

/** The row id inside a global id. */
export function rowId(globalId: string): number {
  return Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
}

export function workflowFor(app: TestApp): Promise<Workflow> {
  let flow = workflows.get(app);
  if (!flow) workflows.set(app, (flow = build(app)));
  return flow;
}

async function build(app: TestApp): Promise<Workflow> {
  const [staff, manager, reviewer] = await Promise.all([app.tokenFor('staff'), app.tokenFor('manager'), app.tokenFor('reviewer')]);
  const one = async (sql: string) => Number((await app.dataSource.query(sql))[0].id);
  const scope = await demoScope(app);
  const hostUnitId = scope.hostUnitId;
  const districtId = await one("SELECT s.district_id AS id FROM station s JOIN host_unit h ON h.id = s.host_unit_id WHERE h.seed_key = 'host:graphene' ORDER BY s.id LIMIT 1");
  const expertIds: [number, number] = [scope.expertId, await one("SELECT id FROM expert WHERE seed_key = 'gen:expert:002'")];
  const fields = (await app.dataSource.query('SELECT id FROM research_field ORDER BY id LIMIT 2')) as { id: number }[];
  const researchFieldIds = fields.map((f) => toGlobalId('ResearchField', Number(f.id)));
  const headTalentId = dataOf(
    await app.query('mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { input: { name: 'Proposed Head', country: 'NZ', degree: 'DOCTORATE', email: 'head@example.org' } }, { token: staff }),
  ).createTalent.talent.id as string;
  const email = `${unique('reviewer2')}@example.org`;
  dataOf(
    await app.query('mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }', {
      input: { email, displayName: 'Second reviewer', role: 'REVIEWER', password: 'second-reviewer-password', expertId: toGlobalId('Expert', expertIds[1]) },
    }, { token: staff }),
  );
  const secondReviewer = dataOf(await app.query('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email, password: 'second-reviewer-password' } }, { anonymous: true })).login.token as string;

  const input = (extra: Record<string, unknown> = {}) => ({
    hostUnitId: toGlobalId('HostUnit', hostUnitId),
    proposedName: `${unique('重庆石墨烯研究院海智工作站')}`,
    districtId: toGlobalId('District', districtId),
    serviceAreaM2: 180,
    dedicatedStaff: 3,
    proposedHeadTalentId: headTalentId,
    researchFieldIds,
    ...extra,
  });

  const steps: Record<Exclude<Stage, 'SUBMITTED'>, (id: string, options: StepOptions) => Promise<unknown>> = {
    QUALIFIED: async (applicationId) => dataOf(await app.query(QUALIFY, { input: { applicationId } }, { token: staff })),
    UNDER_REVIEW: async (applicationId, options) =>
      dataOf(await app.query(ASSIGN, { input: { applicationId, expertIds: (options.expertIds ?? expertIds).map((id) => toGlobalId('Expert', id)) } }, { token: staff })),
    REVIEWED: async (applicationId) => {
      dataOf(await app.query(REVIEW, { input: { applicationId, score: 88, recommendation: 'APPROVE', opinion: '具备建站条件，建议批准。' } }, { token: reviewer }));
      dataOf(await app.query(REVIEW, { input: { applicationId, score: 82, recommendation: 'APPROVE', opinion: '申报材料完整，建议批准。' } }, { token: secondReviewer }));
    },
    INSPECTED: async (applicationId) => dataOf(await app.query(INSPECT, { input: { applicationId, inspectedOn: today(), passed: true, notes: '服务场地符合要求。' } }, { token: staff })),
    PUBLICIZED: async (applicationId, options) => dataOf(await app.query(PUBLICIZE, { input: { applicationId, noticeEndsOn: options.noticeEndsOn ?? today() } }, { token: staff })),
    APPROVED: async (applicationId) => dataOf(await app.query(APPROVE, { input: { applicationId } }, { token: staff })),
  };

  const flow: Workflow = {
    staff,
    manager,
    reviewer,
    secondReviewer,
    hostUnitId,
    districtId,
    expertIds,
    headTalentId,
    researchFieldIds,
    input,
    async advance(id, from, to, options = {}) {
      for (const stage of ORDER.slice(ORDER.indexOf(from) + 1, ORDER.indexOf(to) + 1)) {
        if (stage !== 'SUBMITTED') await steps[stage](id, options);
      }
    },
    async application(stage, options = {}) {
      const id = dataOf(await app.query(CREATE, { input: input(options.extra) }, { token: options.token ?? manager })).createStationApplication.application.id as string;
      await flow.advance(id, 'SUBMITTED', stage, options);
      return id;
    },
  };
  return flow;
}

/**
 * Lets the public notice of a publicized application run its course: its last day becomes
 * yesterday. For an app without APPROVAL_SKIP_NOTICE_WAIT, where a test cannot wait days.
 */
export async function letNoticeEnd(app: TestApp, applicationId: string): Promise<void> {
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await app.dataSource.query('UPDATE station_application SET notice_ends_on = ? WHERE id = ?', [yesterday, rowId(applicationId)]);
}
