/**
 * Attacks on the write side that the hardening probe found (issue 12, §5), each kept as a test over
 * real HTTP:
 * - a partner's project of 2^53 − 1 yuan made networkStats answer INTERNAL_SERVER_ERROR for
 *   everyone: amounts are bounded (10^11 each, src/write/money.ts) and so are the totals the
 *   figures sum;
 * - a partner could attach a project to any unit's station: only to a station or base that
 *   partners with its organisation;
 * - NOT_FOUND versus FORBIDDEN told whether a hidden application exists: a row the caller cannot
 *   read is NOT_FOUND, in the words used for a missing id;
 * - idempotency keys compared case-insensitively on MariaDB: "abc" and "ABC" are two keys everywhere.
 */
import { toGlobalId } from '../src/graphql/global-id';
import { MAX_AMOUNT_CNY, MAX_TOTAL_CNY } from '../src/write/money';
import { dataOf, GraphQLResponse, startTestApp, TestApp } from './support/app';
import { organizationGid } from './support/content';
import { Workflow, workflowFor, UPDATE, WITHDRAW } from './support/workflow';
import { codeOf, count, demoScope } from './support/writes';

let app: TestApp;
let flow: Workflow;
let staff: string;
let manager: string;
let partner: string;
let ownStation: string;
let otherStation: string;
let base: string;
let ownOrganization: string;
let otherHostUnit: string;

const CREATE_PROJECT = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id amountCny station { id } offshoreBase { id } } } }';
const UPDATE_PROJECT = 'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id amountCny station { id } } } }';
const CREATE_GRANT = 'mutation($input: CreateFundingGrantInput!) { createFundingGrant(input: $input) { grant { id } } }';
const CREATE_PARTNERSHIP = 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }';
const STATS = '{ networkStats { projects projectAmountCny fundingDisbursedCny byProjectStatus { key amountCny } } }';

const project = (extra: Record<string, unknown> = {}) => ({ name: '加固测试项目', status: 'INTRODUCED', amountCny: 1_000_000, introducedOn: '2026-03-01', ...extra });

function errorOf(response: GraphQLResponse) {
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  return { code: error.extensions?.code, message: error.message, extensions: error.extensions };
}

beforeAll(async () => {
  app = await startTestApp('hardening_writes');
  flow = await workflowFor(app);
  [staff, manager, partner] = [flow.staff, flow.manager, await app.tokenFor('partner')];
  const scope = await demoScope(app);
  ownStation = toGlobalId('Station', scope.ownStationId);
  otherStation = toGlobalId('Station', scope.otherStationId);
  base = toGlobalId('OffshoreBase', scope.offshoreBaseId);
  ownOrganization = await organizationGid(app, scope.organizationId);
  otherHostUnit = toGlobalId('HostUnit', scope.otherHostUnitId);
});
afterAll(async () => {
  await app?.stop();
});

describe('money: one amount cannot break the public figures', () => {
  test('a project of 2^53 − 1 yuan is refused (BAD_USER_INPUT naming the bound), nothing is written, and networkStats still answers', async () => {
    // The partner may record projects at this station: its organisation partners with it.
    dataOf(await app.query(CREATE_PARTNERSHIP, { input: { organizationId: ownOrganization, stationId: otherStation, kind: 'EXCHANGE', since: '2025-01-01' } }, { token: staff }));
    const before = await count(app, 'project');
    const attack = errorOf(await app.query(CREATE_PROJECT, { input: project({ amountCny: Number.MAX_SAFE_INTEGER, stationId: otherStation, partnerOrganizationId: ownOrganization }) }, { token: partner }));
    expect(attack).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining(`at most ${MAX_AMOUNT_CNY}`) });
    expect(await count(app, 'project')).toBe(before);
    const figures = await app.query(STATS, {}, { anonymous: true });
    expect(figures.errors).toBeUndefined();

    // The bound itself is allowed; one yuan more is not, on update as on create.
    const atBound = dataOf(await app.query(CREATE_PROJECT, { input: project({ amountCny: MAX_AMOUNT_CNY, stationId: otherStation, partnerOrganizationId: ownOrganization }) }, { token: partner })).createProject.project;
    expect(atBound.amountCny).toBe(MAX_AMOUNT_CNY);
    const raised = errorOf(await app.query(UPDATE_PROJECT, { input: { id: atBound.id, amountCny: MAX_AMOUNT_CNY + 1 } }, { token: partner }));
    expect(raised).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { argument: 'input.amountCny' } });
    expect(dataOf(await app.query(STATS, {}, { anonymous: true })).networkStats.projectAmountCny).toBe(dataOf(figures).networkStats.projectAmountCny + MAX_AMOUNT_CNY);
  });

  test('grants and payments are bounded the same way', async () => {
    const grant = { kind: 'ESTABLISHMENT', title: '加固测试经费', stationId: ownStation, year: 2026, awardedOn: '2026-01-05' };
    const refused = errorOf(await app.query(CREATE_GRANT, { input: { ...grant, amountCny: Number.MAX_SAFE_INTEGER } }, { token: staff }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining(`at most ${MAX_AMOUNT_CNY}`) });
    const grantId = dataOf(await app.query(CREATE_GRANT, { input: { ...grant, amountCny: MAX_AMOUNT_CNY } }, { token: staff })).createFundingGrant.grant.id;
    const payment = { grantId, paidOn: '2026-01-06', idempotencyKey: 'hardening-pay' };
    const overpaid = errorOf(await app.query('mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { disbursement { id } } }', { input: { ...payment, amountCny: MAX_AMOUNT_CNY + 1 } }, { token: staff }));
    expect(overpaid).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { argument: 'input.amountCny' } });
  });

  test('many rows at the bound: a write that would take the total past what the figures count exactly is CONFLICT, and the figures keep answering', async () => {
    // As if about 90,000 projects at the bound had been recorded: one row carries their sum (written directly, not through the API).
    const [{ id: stationRow }] = await app.dataSource.query('SELECT id FROM station ORDER BY id LIMIT 1');
    const [{ total }] = await app.dataSource.query('SELECT COALESCE(SUM(amount_cny), 0) AS total FROM project');
    const filler = MAX_TOTAL_CNY - Number(total) - MAX_AMOUNT_CNY / 2;
    await app.dataSource.query("INSERT INTO project (name_zh, name_sort, status, amount_cny, station_id, introduced_on, is_generated, version) VALUES ('累计', 'lei ji', 'LANDED', ?, ?, '2026-01-01', 0, 1)", [filler, stationRow]);

    const passing = errorOf(await app.query(CREATE_PROJECT, { input: project({ amountCny: MAX_AMOUNT_CNY, stationId: ownStation }) }, { token: manager }));
    expect(passing).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(String(MAX_TOTAL_CNY)), extensions: { remainingCny: MAX_AMOUNT_CNY / 2 } });
    // What is left still fits.
    dataOf(await app.query(CREATE_PROJECT, { input: project({ amountCny: MAX_AMOUNT_CNY / 2, stationId: ownStation }) }, { token: manager }));
    const figures = await app.query(STATS, {}, { anonymous: true });
    expect(figures.errors).toBeUndefined();
    expect(dataOf(figures).networkStats.projectAmountCny).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    // The figure is the exact sum of the rows, as the database counts it.
    const [{ exact }] = await app.dataSource.query("SELECT CAST(SUM(amount_cny) AS CHAR) AS exact FROM project WHERE station_id IS NOT NULL AND status <> 'NEGOTIATING'");
    expect(String(dataOf(figures).networkStats.projectAmountCny)).toBe(String(exact));
    await app.dataSource.query("DELETE FROM project WHERE name_zh = '累计'");
  });
});

describe('a partner places projects only where its organisation partners', () => {
  test("at another unit's station it has no partnership with: FORBIDDEN saying why; once STAFF record the partnership: allowed", async () => {
    const [{ id: stationRow }] = await app.dataSource.query('SELECT s.id FROM station s WHERE NOT EXISTS (SELECT 1 FROM partnership p WHERE p.station_id = s.id AND p.organization_id = ?) ORDER BY s.id DESC LIMIT 1', [
      (await demoScope(app)).organizationId,
    ]);
    const foreign = toGlobalId('Station', Number(stationRow));
    const before = await count(app, 'project');
    const refused = errorOf(await app.query(CREATE_PROJECT, { input: project({ stationId: foreign, partnerOrganizationId: ownOrganization }) }, { token: partner }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/this station holds no partnership with your organisation/) });
    // An offshore base likewise.
    const atBase = errorOf(await app.query(CREATE_PROJECT, { input: project({ offshoreBaseId: base, partnerOrganizationId: ownOrganization }) }, { token: partner }));
    expect(atBase).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/this offshore base holds no partnership/) });
    expect(await count(app, 'project')).toBe(before);

    // Nor may it move one of its projects there.
    const mine = dataOf(await app.query(CREATE_PROJECT, { input: project({ stationId: otherStation, partnerOrganizationId: ownOrganization }) }, { token: partner })).createProject.project;
    const moved = errorOf(await app.query(UPDATE_PROJECT, { input: { id: mine.id, stationId: foreign } }, { token: partner }));
    expect(moved).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/holds no partnership/) });

    dataOf(await app.query(CREATE_PARTNERSHIP, { input: { organizationId: ownOrganization, stationId: foreign, kind: 'JOINT_RESEARCH', since: '2025-06-01' } }, { token: staff }));
    const placed = dataOf(await app.query(CREATE_PROJECT, { input: project({ stationId: foreign, partnerOrganizationId: ownOrganization }) }, { token: partner })).createProject.project;
    expect(placed.station).toEqual({ id: foreign });
    expect(dataOf(await app.query(UPDATE_PROJECT, { input: { id: mine.id, stationId: foreign } }, { token: partner })).updateProject.project.station).toEqual({ id: foreign });
  });
});

describe('a mutation does not tell a hidden row from a missing one', () => {
  const missing = toGlobalId('StationApplication', 987_654);

  test("another unit's application in progress: NOT_FOUND for a manager of a different unit, exactly as for an id that names nothing; a partner gets the same answer for both", async () => {
    const hidden = await flow.application('SUBMITTED', { extra: { hostUnitId: otherHostUnit }, token: staff });
    // The demo manager cannot read it...
    expect(dataOf(await app.query('query($id: ID!) { node(id: $id) { id } }', { id: hidden }, { token: manager })).node).toBeNull();
    const before = await count(app, 'audit_event');
    for (const [query, input] of [
      [UPDATE, (id: string) => ({ id, dedicatedStaff: 9 })],
      [WITHDRAW, (id: string) => ({ applicationId: id })],
    ] as const) {
      for (const token of [manager, partner]) {
        const onHidden = errorOf(await app.query(query, { input: input(hidden) }, { token }));
        const onMissing = errorOf(await app.query(query, { input: input(missing) }, { token }));
        expect(onHidden).toEqual(onMissing);
      }
      expect(errorOf(await app.query(query, { input: input(hidden) }, { token: manager }))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/names no StationApplication that exists/) });
    }
    expect(await count(app, 'audit_event')).toBe(before);
    // Its own unit's managers and STAFF still change it.
    expect(dataOf(await app.query(WITHDRAW, { input: { applicationId: hidden } }, { token: staff })).withdrawStationApplication.application.status).toBe('WITHDRAWN');
  });

  test('a row the caller can read but not change stays FORBIDDEN: a publicized application of another unit', async () => {
    const visible = await flow.application('PUBLICIZED', { extra: { hostUnitId: otherHostUnit }, token: staff });
    expect(dataOf(await app.query('query($id: ID!) { node(id: $id) { id } }', { id: visible }, { token: manager })).node).toEqual({ id: visible });
    expect(errorOf(await app.query(WITHDRAW, { input: { applicationId: visible } }, { token: manager }))).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/you manage another host unit/) });
  });
});

test('idempotency keys are exact on every database: "abc" and "ABC" are two keys, each replaying its own create', async () => {
  const send = (idempotencyKey: string) => app.query(CREATE_PROJECT, { input: project({ name: '幂等键项目', stationId: ownStation, idempotencyKey }) }, { token: manager });
  const lower = dataOf(await send('abc')).createProject.project.id;
  const upper = await send('ABC');
  expect(codeOf(upper)).toBeUndefined();
  expect(dataOf(upper).createProject.project.id).not.toBe(lower);
  // A retry under either key replays its own project and writes nothing.
  const before = await count(app, 'project');
  expect(dataOf(await send('ABC')).createProject.project.id).toBe(dataOf(upper).createProject.project.id);
  expect(dataOf(await send('abc')).createProject.project.id).toBe(lower);
  expect(await count(app, 'project')).toBe(before);
});
