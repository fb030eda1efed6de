/**
 * Platforms over HTTP, as the demo accounts: a manager writes the platforms of their unit's
 * stations, a partner those their organisation is a partner of and adds or removes only their own
 * organisation, STAFF any; `platforms` (built by bases) moves and is named.
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
let thirdOrganization: string;

const FIELDS = 'id version name kind establishedOn station { id } offshoreBase { id } partners(first: 10) { totalCount edges { node { id } } }';
const CREATE = `mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { platform { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdatePlatformInput!) { updatePlatform(input: $input) { platform { ${FIELDS} } } }`;
const ADD = `mutation($input: PlatformPartnerInput!) { addPlatformPartner(input: $input) { platform { ${FIELDS} } } }`;
const REMOVE = `mutation($input: PlatformPartnerInput!) { removePlatformPartner(input: $input) { platform { ${FIELDS} } } }`;
const TABLES = ['platform', 'platform_partner', 'audit_event', 'idempotency_key'];

const draft = (extra: Record<string, unknown> = {}) => ({ name: '中新石墨烯联合实验室', kind: 'JOINT_LAB', establishedOn: '2026-04-01', ...extra });
const partnerIds = (platform: { partners: { edges: { node: { id: string } }[] } }) => platform.partners.edges.map((edge) => edge.node.id).sort();

async function create(token: string, extra: Record<string, unknown> = {}) {
  return dataOf(await app.query(CREATE, { input: draft(extra) }, { token })).createPlatform.platform;
}

const platformsFigure = async () => dataOf(await app.query('{ networkStats { platforms } }')).networkStats.platforms as number;

beforeAll(async () => {
  app = await startTestApp('write_platforms');
  [staff, reviewer, manager, partner] = await Promise.all([app.tokenFor('staff'), app.tokenFor('reviewer'), app.tokenFor('manager'), app.tokenFor('partner')]);
  const scope = await demoScope(app);
  ownStation = toGlobalId('Station', scope.ownStationId);
  otherStation = toGlobalId('Station', scope.otherStationId);
  base = toGlobalId('OffshoreBase', scope.offshoreBaseId);
  ownOrganization = await organizationGid(app, scope.organizationId);
  const [other, third] = await app.dataSource.query("SELECT id FROM organization WHERE seed_key <> 'org:ies' ORDER BY id LIMIT 2");
  otherOrganization = await organizationGid(app, Number(other.id));
  thirdOrganization = await organizationGid(app, Number(third.id));
});
afterAll(async () => {
  await app?.stop();
});

test('anonymous callers must sign in and reviewers may not record platforms; nothing is written', async () => {
  const before = await counts(app, TABLES);
  expect(codeOf(await app.query(CREATE, { input: draft({ stationId: ownStation }) }))).toBe('UNAUTHENTICATED');
  expect(codeOf(await app.query(CREATE, { input: draft({ stationId: ownStation }) }, { token: reviewer }))).toBe('FORBIDDEN');
  expect(await counts(app, TABLES)).toEqual(before);
});

test("create: a manager for their unit's stations only; the platform, its partners and an audit row each", async () => {
  const before = await counts(app, TABLES);
  expect(codeOf(await app.query(CREATE, { input: draft({ stationId: otherStation }) }, { token: manager }))).toBe('FORBIDDEN');
  expect(codeOf(await app.query(CREATE, { input: draft({ offshoreBaseId: base }) }, { token: manager }))).toBe('FORBIDDEN');
  expect(await counts(app, TABLES)).toEqual(before);
  const platform = await create(manager, { stationId: ownStation, partnerOrganizationIds: [ownOrganization, otherOrganization, ownOrganization] });
  expect(platform).toMatchObject({ version: 1, kind: 'JOINT_LAB', establishedOn: '2026-04-01', station: { id: ownStation }, offshoreBase: null });
  expect(partnerIds(platform)).toEqual([ownOrganization, otherOrganization].sort());
  expect(await counts(app, TABLES)).toEqual([before[0] + 1, before[1] + 2, before[2] + 3, before[3]]);
  const actions = await app.dataSource.query("SELECT DISTINCT action, actor FROM audit_event WHERE target_type IN ('Platform', 'PlatformPartner') AND action = 'createPlatform'");
  expect(actions).toEqual([{ action: 'createPlatform', actor: 'manager@demo.haizhi' }]);
});

test('a partner records platforms with their own organisation as the only partner', async () => {
  const before = await counts(app, TABLES);
  for (const partnerOrganizationIds of [[ownOrganization, otherOrganization], [otherOrganization], []]) {
    const response = await app.query(CREATE, { input: draft({ stationId: otherStation, partnerOrganizationIds }) }, { token: partner });
    expect({ partnerOrganizationIds, code: codeOf(response) }).toEqual({ partnerOrganizationIds, code: 'FORBIDDEN' });
  }
  expect(await counts(app, TABLES)).toEqual(before);
  const mine = await create(partner, { stationId: otherStation, partnerOrganizationIds: [ownOrganization] });
  expect(partnerIds(mine)).toEqual([ownOrganization]);
  // A partner of it may change it; a partner of another organisation's platform may not.
  expect(dataOf(await app.query(UPDATE, { input: { id: mine.id, kind: 'RD_CENTER' } }, { token: partner })).updatePlatform.platform.kind).toBe('RD_CENTER');
  const theirs = await create(staff, { stationId: otherStation, partnerOrganizationIds: [otherOrganization] });
  expect(codeOf(await app.query(UPDATE, { input: { id: theirs.id, kind: 'RD_CENTER' } }, { token: partner }))).toBe('FORBIDDEN');
});

test("partners: a partner adds and removes their own organisation only; a manager any organisation on their unit's platforms", async () => {
  const platform = await create(staff, { stationId: otherStation, partnerOrganizationIds: [otherOrganization] });
  const before = await counts(app, TABLES);
  const another = await app.query(ADD, { input: { platformId: platform.id, organizationId: thirdOrganization } }, { token: partner });
  expect(codeOf(another)).toBe('FORBIDDEN');
  expect(another.errors?.[0].message).toMatch(/a PARTNER may add only their own organisation as a platform's partner/);
  expect(codeOf(await app.query(REMOVE, { input: { platformId: platform.id, organizationId: otherOrganization } }, { token: partner }))).toBe('FORBIDDEN');
  expect(codeOf(await app.query(ADD, { input: { platformId: platform.id, organizationId: thirdOrganization } }, { token: manager }))).toBe('FORBIDDEN');
  expect(await counts(app, TABLES)).toEqual(before);

  const joined = dataOf(await app.query(ADD, { input: { platformId: platform.id, organizationId: ownOrganization } }, { token: partner })).addPlatformPartner.platform;
  expect(partnerIds(joined)).toEqual([ownOrganization, otherOrganization].sort());
  const twice = await app.query(ADD, { input: { platformId: platform.id, organizationId: ownOrganization } }, { token: partner });
  expect(codeOf(twice)).toBe('CONFLICT');
  expect(twice.errors?.[0].extensions?.currentState).toBe('PARTNER');
  const left = dataOf(await app.query(REMOVE, { input: { platformId: platform.id, organizationId: ownOrganization } }, { token: partner })).removePlatformPartner.platform;
  expect(partnerIds(left)).toEqual([otherOrganization]);
  const gone = await app.query(REMOVE, { input: { platformId: platform.id, organizationId: ownOrganization } }, { token: partner });
  expect(codeOf(gone)).toBe('NOT_FOUND');
  expect(gone.errors?.[0].extensions?.argument).toBe('input.organizationId');
  // Each change is audited under its own action.
  const audits = await app.dataSource.query("SELECT action FROM audit_event WHERE target_type = 'PlatformPartner' AND actor = 'partner@demo.haizhi' ORDER BY id");
  expect(audits.map((row: { action: string }) => row.action).slice(-2)).toEqual(['addPlatformPartner', 'removePlatformPartner']);

  const mine = await create(manager, { stationId: ownStation });
  expect(partnerIds(dataOf(await app.query(ADD, { input: { platformId: mine.id, organizationId: thirdOrganization } }, { token: manager })).addPlatformPartner.platform)).toEqual([thirdOrganization]);
});

test('platforms built by bases count in networkStats.platforms: creating, moving to a station, and the event naming it', async () => {
  const before = await platformsFigure();
  app.events.length = 0;
  const atStation = await create(staff, { stationId: otherStation });
  expect(await platformsFigure()).toBe(before);
  expect(app.events).toEqual([]);
  const atBase = await create(staff, { offshoreBaseId: base });
  expect(await platformsFigure()).toBe(before + 1);
  expect(app.events.map((event) => [event.type, (event as { figures?: string[] }).figures])).toEqual([['NetworkFiguresChanged', ['platforms']]]);
  app.events.length = 0;
  const moved = dataOf(await app.query(UPDATE, { input: { id: atBase.id, offshoreBaseId: null, stationId: ownStation } }, { token: staff })).updatePlatform.platform;
  expect(moved).toMatchObject({ station: { id: ownStation }, offshoreBase: null, version: 2 });
  expect(await platformsFigure()).toBe(before);
  expect(app.events.map((event) => event.type)).toEqual(['NetworkFiguresChanged']);
  // A manager may not move their own platform to another unit's station.
  const move = await app.query(UPDATE, { input: { id: moved.id, stationId: otherStation } }, { token: manager });
  expect(codeOf(move)).toBe('FORBIDDEN');
  expect(codeOf(await app.query(UPDATE, { input: { id: atStation.id, name: 'x' } }, { token: manager }))).toBe('FORBIDDEN');
});

test('update: stale expectedVersion is CONFLICT; exactly one builder; required fields stay', async () => {
  const platform = await create(staff, { stationId: ownStation });
  dataOf(await app.query(UPDATE, { input: { id: platform.id, expectedVersion: 1, name: '新名' } }, { token: manager }));
  const stale = await app.query(UPDATE, { input: { id: platform.id, expectedVersion: 1, name: '旧名' } }, { token: manager });
  expect(codeOf(stale)).toBe('CONFLICT');
  expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
  const both = await app.query(UPDATE, { input: { id: platform.id, offshoreBaseId: base } }, { token: staff });
  expect(codeOf(both)).toBe('BAD_USER_INPUT');
  expect(both.errors?.[0].extensions?.argument).toBe('input.stationId');
  expect(codeOf(await app.query(UPDATE, { input: { id: platform.id, kind: null } }, { token: staff }))).toBe('BAD_USER_INPUT');
  const [row] = await app.dataSource.query('SELECT name_zh, version, offshore_base_id FROM platform WHERE id = ?', [rowId(platform.id)]);
  expect(row).toMatchObject({ name_zh: '新名', offshore_base_id: null });
  expect(Number(row.version)).toBe(2);
});

test('bad input names the field; an idempotency key replays; a failure after the insert leaves every table as it was', async () => {
  const before = await counts(app, TABLES);
  const neither = await app.query(CREATE, { input: draft() }, { token: staff });
  expect(codeOf(neither)).toBe('BAD_USER_INPUT');
  const unknown = await app.query(CREATE, { input: draft({ stationId: ownStation, partnerOrganizationIds: [otherOrganization, toGlobalId('Society', 999_999)] }) }, { token: staff });
  expect(codeOf(unknown)).toBe('NOT_FOUND');
  expect(unknown.errors?.[0].extensions?.argument).toBe('input.partnerOrganizationIds[1]');
  const date = await app.query(CREATE, { input: draft({ stationId: ownStation, establishedOn: '2026/04/01' }) }, { token: staff });
  expect(date.errors?.[0].extensions?.argument).toBe('input.establishedOn');
  expect(await counts(app, TABLES)).toEqual(before);

  app.events.length = 0;
  expect(codeOf(await failingAt(app, 'createPlatform:inserted', () => app.query(CREATE, { input: draft({ offshoreBaseId: base, partnerOrganizationIds: [otherOrganization], idempotencyKey: 'platform-1' }) }, { token: staff })))).toBe('INTERNAL_SERVER_ERROR');
  expect(await counts(app, TABLES)).toEqual(before);
  expect(app.events).toEqual([]);

  const input = draft({ offshoreBaseId: base, partnerOrganizationIds: [otherOrganization], idempotencyKey: 'platform-1' });
  const first = dataOf(await app.query(CREATE, { input }, { token: staff })).createPlatform.platform;
  const afterFirst = await counts(app, TABLES);
  app.events.length = 0;
  expect(dataOf(await app.query(CREATE, { input }, { token: staff })).createPlatform.platform.id).toBe(first.id);
  expect(await counts(app, TABLES)).toEqual(afterFirst);
  expect(app.events).toEqual([]);
});
