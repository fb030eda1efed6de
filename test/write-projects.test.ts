/**
 * Projects over HTTP, as the demo accounts: a manager records projects through their unit's
 * stations, a partner those from their own organisation, STAFF any (bases included); exactly one
 * channel; the status only moves forward; networkStats' project figures move with each write, and
 * NetworkFiguresChanged names exactly the figures that moved, after the commit.
 */
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';
import { organizationGid, rowId } from './support/content';
import { codeOf, counts, demoScope, failingAt } from './support/writes';

let app: TestApp;
let staff: string;
let reviewer: string;
let manager: string;
let partner: string;
let ownStation: string;
let otherStation: string;
let base: string;
let ownOrganization: string;
let otherOrganization: string;

const FIELDS = 'id version name status amountCny introducedOn station { id } offshoreBase { id } partnerOrganization { id } talent { id } researchField { id }';
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { ${FIELDS} } } }`;
const STATS = '{ networkStats { projects projectAmountCny incubatedProjects } }';
const TABLES = ['project', 'audit_event', 'idempotency_key'];

const draft = (extra: Record<string, unknown> = {}) => ({ name: '石墨烯导热膜项目', status: 'INTRODUCED', amountCny: 3_000_000_000, introducedOn: '2026-03-01', ...extra });

async function create(token: string, extra: Record<string, unknown> = {}) {
  return dataOf(await app.query(CREATE, { input: draft(extra) }, { token })).createProject.project;
}

async function stats(): Promise<{ projects: number; projectAmountCny: number; incubatedProjects: number }> {
  return dataOf(await app.query(STATS)).networkStats;
}

/** The figures NetworkFiguresChanged named since the events were last cleared. */
function figuresNamed(): string[][] {
  return app.events.filter((event) => event.type === 'NetworkFiguresChanged').map((event) => [...(event as { figures: string[] }).figures].sort());
}

beforeAll(async () => {
  app = await startTestApp('write_projects');
  [staff, reviewer, manager, partner] = await Promise.all([app.tokenFor('staff'), app.tokenFor('reviewer'), app.tokenFor('manager'), app.tokenFor('partner')]);
  const scope = await demoScope(app);
  ownStation = toGlobalId('Station', scope.ownStationId);
  otherStation = toGlobalId('Station', scope.otherStationId);
  base = toGlobalId('OffshoreBase', scope.offshoreBaseId);
  ownOrganization = await organizationGid(app, scope.organizationId);
  otherOrganization = await organizationGid(app, scope.otherOrganizationId);
});
afterAll(async () => {
  await app?.stop();
});

test('anonymous callers must sign in, reviewers may not record projects, and nothing is written', async () => {
  const before = await counts(app, TABLES);
  expect(codeOf(await app.query(CREATE, { input: draft({ stationId: ownStation }) }))).toBe('UNAUTHENTICATED');
  const asReviewer = await app.query(CREATE, { input: draft({ stationId: ownStation }) }, { token: reviewer });
  expect(codeOf(asReviewer)).toBe('FORBIDDEN');
  expect(asReviewer.errors?.[0].message).toMatch(/createProject is for STAFF or UNIT_MANAGER or PARTNER; you are signed in as REVIEWER/);
  expect(await counts(app, TABLES)).toEqual(before);
});

test("a manager records projects through their own unit's stations only, not another unit's nor a base's", async () => {
  const before = await counts(app, TABLES);
  const elsewhere = await app.query(CREATE, { input: draft({ stationId: otherStation }) }, { token: manager });
  expect(codeOf(elsewhere)).toBe('FORBIDDEN');
  expect(elsewhere.errors?.[0].message).toMatch(/you manage another host unit: only its managers or STAFF may record projects introduced through this station/);
  const atBase = await app.query(CREATE, { input: draft({ offshoreBaseId: base }) }, { token: manager });
  expect(codeOf(atBase)).toBe('FORBIDDEN');
  expect(atBase.errors?.[0].message).toMatch(/only STAFF may record projects incubated at an offshore base/);
  expect(await counts(app, TABLES)).toEqual(before);
  expect(await create(manager, { stationId: ownStation })).toMatchObject({ station: { id: ownStation }, offshoreBase: null, version: 1 });
});

test('a partner records projects from their own organisation only', async () => {
  for (const partnerOrganizationId of [otherOrganization, null]) {
    const response = await app.query(CREATE, { input: draft({ stationId: otherStation, partnerOrganizationId }) }, { token: partner });
    expect({ partnerOrganizationId, code: codeOf(response) }).toEqual({ partnerOrganizationId, code: 'FORBIDDEN' });
  }
  // Where their organisation partners: a station with a partnership (test/hardening-writes.test.ts has the refusals).
  const tie = { organizationId: ownOrganization, stationId: otherStation, kind: 'EXCHANGE', since: '2025-01-01' };
  dataOf(await app.query('mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }', { input: tie }, { token: staff }));
  const mine = await create(partner, { stationId: otherStation, partnerOrganizationId: ownOrganization });
  expect(mine).toMatchObject({ partnerOrganization: { id: ownOrganization }, station: { id: otherStation } });
  // They may keep it up to date, but not hand it to another organisation.
  expect(dataOf(await app.query(UPDATE, { input: { id: mine.id, status: 'LANDED' } }, { token: partner })).updateProject.project.status).toBe('LANDED');
  const handOver = await app.query(UPDATE, { input: { id: mine.id, partnerOrganizationId: otherOrganization } }, { token: partner });
  expect(codeOf(handOver)).toBe('FORBIDDEN');
  const theirs = await create(staff, { stationId: otherStation, partnerOrganizationId: otherOrganization });
  expect(codeOf(await app.query(UPDATE, { input: { id: theirs.id, amountCny: 1 } }, { token: partner }))).toBe('FORBIDDEN');
});

test('create: the row with its amount exact beyond 32 bits, an audit row, the figures moved and named', async () => {
  const [before, figures] = [await counts(app, TABLES), await stats()];
  app.events.length = 0;
  const talent = toGlobalId('Talent', Number((await app.dataSource.query('SELECT id FROM talent ORDER BY id LIMIT 1'))[0].id));
  const field = toGlobalId('ResearchField', 1);
  const project = await create(staff, { stationId: otherStation, partnerOrganizationId: otherOrganization, talentId: talent, researchFieldId: field, amountCny: 3_000_000_001 });
  expect(project).toMatchObject({ amountCny: 3_000_000_001, status: 'INTRODUCED', talent: { id: talent }, researchField: { id: field }, partnerOrganization: { id: otherOrganization } });
  expect(await counts(app, TABLES)).toEqual([before[0] + 1, before[1] + 1, before[2]]);
  const [audit] = await app.dataSource.query("SELECT actor, action, changes FROM audit_event WHERE target_type = 'Project' AND target_id = ?", [project.id]);
  expect(audit).toMatchObject({ actor: 'staff@demo.haizhi', action: 'createProject' });
  expect(JSON.parse(audit.changes)).toMatchObject({ before: null, after: { amountCny: 3_000_000_001, status: 'INTRODUCED' } });
  expect(await stats()).toEqual({ ...figures, projects: figures.projects + 1, projectAmountCny: figures.projectAmountCny + 3_000_000_001 });
  expect(figuresNamed()).toEqual([['projectAmountCny', 'projects']]);
});

test('a project still negotiating moves no figure and names none; one incubated at a base moves incubatedProjects', async () => {
  const figures = await stats();
  app.events.length = 0;
  const negotiating = await create(manager, { stationId: ownStation, status: 'NEGOTIATING' });
  expect(await stats()).toEqual(figures);
  expect(app.events).toEqual([]);
  await create(staff, { offshoreBaseId: base, status: 'INCUBATING' });
  expect(await stats()).toEqual({ ...figures, incubatedProjects: figures.incubatedProjects + 1 });
  expect(figuresNamed()).toEqual([['incubatedProjects']]);

  // Introduced at last: now it counts, with its amount.
  app.events.length = 0;
  dataOf(await app.query(UPDATE, { input: { id: negotiating.id, status: 'INTRODUCED' } }, { token: manager }));
  const after = await stats();
  expect(after.projects).toBe(figures.projects + 1);
  expect(after.projectAmountCny).toBe(figures.projectAmountCny + 3_000_000_000);
  expect(figuresNamed()).toEqual([['projectAmountCny', 'projects']]);
  // A change of name moves nothing and says so by saying nothing.
  app.events.length = 0;
  dataOf(await app.query(UPDATE, { input: { id: negotiating.id, name: '改名' } }, { token: manager }));
  expect(app.events).toEqual([]);
});

test('status moves forward only, steps may be skipped; going back is CONFLICT naming the current status', async () => {
  const project = await create(manager, { stationId: ownStation, status: 'NEGOTIATING' });
  const landed = dataOf(await app.query(UPDATE, { input: { id: project.id, expectedVersion: 1, status: 'LANDED' } }, { token: manager })).updateProject.project;
  expect(landed).toMatchObject({ status: 'LANDED', version: 2 });
  const figures = await stats();
  app.events.length = 0;
  const back = await app.query(UPDATE, { input: { id: project.id, status: 'INCUBATING' } }, { token: manager });
  expect(codeOf(back)).toBe('CONFLICT');
  expect(back.errors?.[0].extensions?.currentStatus).toBe('LANDED');
  expect(back.errors?.[0].message).toMatch(/cannot move a project that is LANDED back to INCUBATING/);
  // The same status again is no move back.
  expect(dataOf(await app.query(UPDATE, { input: { id: project.id, status: 'LANDED' } }, { token: manager })).updateProject.project.version).toBe(3);
  expect(await stats()).toEqual(figures);
  expect(app.events).toEqual([]);
});

test('update: a stale expectedVersion is CONFLICT naming the current version; required fields cannot be cleared', async () => {
  const project = await create(staff, { stationId: otherStation });
  dataOf(await app.query(UPDATE, { input: { id: project.id, expectedVersion: 1, amountCny: 5 } }, { token: staff }));
  const stale = await app.query(UPDATE, { input: { id: project.id, expectedVersion: 1, amountCny: 7 } }, { token: staff });
  expect(codeOf(stale)).toBe('CONFLICT');
  expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
  const cleared = await app.query(UPDATE, { input: { id: project.id, amountCny: null, name: null } }, { token: staff });
  expect(codeOf(cleared)).toBe('BAD_USER_INPUT');
  expect((cleared.errors?.[0].extensions?.problems as { path: string }[]).map((p) => p.path).sort()).toEqual(['input.amountCny', 'input.name']);
  const [row] = await app.dataSource.query('SELECT amount_cny, version FROM project WHERE id = ?', [rowId(project.id)]);
  expect({ amount: Number(row.amount_cny), version: Number(row.version) }).toEqual({ amount: 5, version: 2 });
});

test("a manager may not change another unit's project, nor move their own to another unit's station", async () => {
  const theirs = await create(staff, { stationId: otherStation });
  expect(codeOf(await app.query(UPDATE, { input: { id: theirs.id, name: 'x' } }, { token: manager }))).toBe('FORBIDDEN');
  const mine = await create(manager, { stationId: ownStation });
  const move = await app.query(UPDATE, { input: { id: mine.id, stationId: otherStation } }, { token: manager });
  expect(codeOf(move)).toBe('FORBIDDEN');
  const [row] = await app.dataSource.query('SELECT station_id, version FROM project WHERE id = ?', [rowId(mine.id)]);
  expect({ station: Number(row.station_id), version: Number(row.version) }).toEqual({ station: rowId(ownStation), version: 1 });
  // STAFF move a project from a station to a base: exactly one channel, and both figures follow.
  const figures = await stats();
  app.events.length = 0;
  const both = await app.query(UPDATE, { input: { id: mine.id, offshoreBaseId: base } }, { token: staff });
  expect(codeOf(both)).toBe('BAD_USER_INPUT');
  const moved = dataOf(await app.query(UPDATE, { input: { id: mine.id, stationId: null, offshoreBaseId: base } }, { token: staff })).updateProject.project;
  expect(moved).toMatchObject({ station: null, offshoreBase: { id: base } });
  expect(await stats()).toEqual({ projects: figures.projects - 1, projectAmountCny: figures.projectAmountCny - 3_000_000_000, incubatedProjects: figures.incubatedProjects + 1 });
  expect(figuresNamed()).toEqual([['incubatedProjects', 'projectAmountCny', 'projects']]);
});

test('bad input names the field, and nothing is written', async () => {
  const before = await counts(app, TABLES);
  for (const channel of [{}, { stationId: ownStation, offshoreBaseId: base }]) {
    const response = await app.query(CREATE, { input: draft(channel) }, { token: staff });
    expect({ channel, code: codeOf(response), argument: response.errors?.[0].extensions?.argument }).toEqual({ channel, code: 'BAD_USER_INPUT', argument: 'input.stationId' });
  }
  const rules = await app.query(CREATE, { input: draft({ stationId: ownStation, amountCny: -1, introducedOn: '1 March', name: '' }) }, { token: staff });
  expect(codeOf(rules)).toBe('BAD_USER_INPUT');
  expect((rules.errors?.[0].extensions?.problems as { path: string }[]).map((p) => p.path).sort()).toEqual(['input.amountCny', 'input.introducedOn', 'input.name']);
  const fraction = await app.query(CREATE, { input: draft({ stationId: ownStation, amountCny: 1.5 }) }, { token: staff });
  expect(codeOf(fraction)).toBe('BAD_USER_INPUT');
  const talent = await app.query(CREATE, { input: draft({ stationId: ownStation, talentId: toGlobalId('Talent', 999_999) }) }, { token: staff });
  expect(codeOf(talent)).toBe('NOT_FOUND');
  expect(talent.errors?.[0].extensions?.argument).toBe('input.talentId');
  expect(await counts(app, TABLES)).toEqual(before);
});

test('an idempotency key replays the first project: no second row, no second event', async () => {
  const input = draft({ stationId: ownStation, idempotencyKey: 'project-retry-1' });
  const first = dataOf(await app.query(CREATE, { input }, { token: manager })).createProject.project;
  const [before, figures] = [await counts(app, TABLES), await stats()];
  app.events.length = 0;
  const again = dataOf(await app.query(CREATE, { input }, { token: manager })).createProject.project;
  expect(again.id).toBe(first.id);
  expect(await counts(app, TABLES)).toEqual(before);
  expect(await stats()).toEqual(figures);
  expect(app.events).toEqual([]);
  expect(codeOf(await app.query(CREATE, { input: { ...input, amountCny: 1 } }, { token: manager }))).toBe('CONFLICT');
});

test('a failure injected after the writes leaves every table and figure as it was, and publishes nothing', async () => {
  const [before, figures] = [await counts(app, TABLES), await stats()];
  app.events.length = 0;
  expect(codeOf(await failingAt(app, 'createProject:before-commit', () => app.query(CREATE, { input: draft({ stationId: ownStation, idempotencyKey: 'doomed-project' }) }, { token: manager })))).toBe('INTERNAL_SERVER_ERROR');
  expect(await counts(app, TABLES)).toEqual(before);
  expect(await stats()).toEqual(figures);
  expect(app.events).toEqual([]);
});
