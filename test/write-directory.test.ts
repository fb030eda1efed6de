/**
 * The directory's writes over HTTP, as the demo accounts: organisations (their kind fixed for
 * good, a partner changing their own), host units (a manager changing their own, not its kind or
 * district), offshore bases and the reference lists (STAFF's), unique names and codes as CONFLICT,
 * versions, idempotency keys, audit rows, events after commit only, rollback on an injected failure,
 * and two updates racing on one version (one wins, on SQLite and on MariaDB alike).
 * Partnerships have their own file (write-partnerships.test.ts).
 */
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, GraphQLResponse, startTestApp, TestApp } from './support/app';
import { codeOf, count, counts, demoScope, failingAt } from './support/writes';

let app: TestApp;
let staff: string;
let manager: string;
let partner: string;
let reviewer: string;
/** The manager's unit (the graphene institute) and another; the partner's organisation (IES, a Society) and another. */
let ownUnit: string;
let otherUnit: string;
let ownOrganization: string;
let otherOrganization: string;
let district: string;

const ORGANIZATION = '__typename id kind name nameEn country city website description version ... on Consulate { jurisdiction }';
const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { ${ORGANIZATION} } } }`;
const UPDATE_ORG = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { ${ORGANIZATION} } } }`;
const HOST_UNIT = 'id kind name nameEn legalRepresentative serviceAreaM2 version district { code }';
const CREATE_UNIT = `mutation($input: CreateHostUnitInput!) { createHostUnit(input: $input) { hostUnit { ${HOST_UNIT} } } }`;
const UPDATE_UNIT = `mutation($input: UpdateHostUnitInput!) { updateHostUnit(input: $input) { hostUnit { ${HOST_UNIT} } } }`;
const BASE = 'id name nameEn kind level establishedYear version district { code }';
const CREATE_BASE = `mutation($input: CreateOffshoreBaseInput!) { createOffshoreBase(input: $input) { offshoreBase { ${BASE} } } }`;
const UPDATE_BASE = `mutation($input: UpdateOffshoreBaseInput!) { updateOffshoreBase(input: $input) { offshoreBase { ${BASE} } } }`;
const CREATE_DISTRICT = 'mutation($input: CreateDistrictInput!) { createDistrict(input: $input) { district { id code name nameEn kind version } } }';
const UPDATE_DISTRICT = 'mutation($input: UpdateDistrictInput!) { updateDistrict(input: $input) { district { id code name nameEn kind version } } }';
const CREATE_FIELD = 'mutation($input: CreateResearchFieldInput!) { createResearchField(input: $input) { researchField { id code name nameEn version } } }';
const UPDATE_FIELD = 'mutation($input: UpdateResearchFieldInput!) { updateResearchField(input: $input) { researchField { id code name nameEn version } } }';

const problemPaths = (response: GraphQLResponse) => ((response.errors?.[0]?.extensions?.problems ?? []) as { path: string }[]).map((p) => p.path).sort();
/** The row id inside a global id. */
const rowId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

async function firstId(sql: string): Promise<number> {
  const [row] = await app.dataSource.query(sql);
  return Number(row.id);
}

beforeAll(async () => {
  app = await startTestApp('write_directory');
  [staff, manager, partner, reviewer] = await Promise.all([app.tokenFor('staff'), app.tokenFor('manager'), app.tokenFor('partner'), app.tokenFor('reviewer')]);
  const scope = await demoScope(app);
  ownUnit = toGlobalId('HostUnit', scope.hostUnitId);
  otherUnit = toGlobalId('HostUnit', scope.otherHostUnitId);
  ownOrganization = toGlobalId('Society', scope.organizationId);
  otherOrganization = toGlobalId('Society', await firstId("SELECT id FROM organization WHERE kind = 'SOCIETY' AND seed_key <> 'org:ies' ORDER BY id"));
  district = toGlobalId('District', await firstId("SELECT id FROM district WHERE code = 'yubei'"));
});
afterAll(async () => {
  await app?.stop();
});

const newOrganization = (extra: Record<string, unknown> = {}) => ({ kind: 'UNIVERSITY', name: '示例大学', nameEn: 'Example University', country: 'DE', website: 'https://example.edu', ...extra });

describe('organisations', () => {
  test('STAFF alone registers them; the payload is the type of its kind, and one audit row names it so', async () => {
    const [organizations, audits] = [await count(app, 'organization'), await count(app, 'audit_event')];
    expect(codeOf(await app.query(CREATE_ORG, { input: newOrganization() }))).toBe('UNAUTHENTICATED');
    for (const token of [partner, manager, reviewer]) {
      const refused = await app.query(CREATE_ORG, { input: newOrganization() }, { token });
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.errors?.[0].message).toMatch(/createOrganization is for STAFF; you are signed in as/);
    }
    expect(await count(app, 'organization')).toBe(organizations);

    const input = newOrganization({ kind: 'CONSULATE', name: '  德国驻成都总领事馆 ', nameEn: 'Consulate General of Germany in Chengdu', city: '成都', jurisdiction: '四川、重庆、贵州、云南' });
    const made = dataOf(await app.query(CREATE_ORG, { input }, { token: staff })).createOrganization.organization;
    expect(made).toMatchObject({ __typename: 'Consulate', kind: 'CONSULATE', name: '德国驻成都总领事馆', country: 'DE', city: '成都', jurisdiction: '四川、重庆、贵州、云南', version: 1 });
    expect(Buffer.from(made.id, 'base64url').toString()).toMatch(/^Consulate:\d+$/);
    expect([await count(app, 'organization'), await count(app, 'audit_event')]).toEqual([organizations + 1, audits + 1]);
    const [audit] = await app.dataSource.query('SELECT actor, action, target_type, target_id, changes FROM audit_event ORDER BY id DESC LIMIT 1');
    expect(audit).toMatchObject({ actor: 'staff@demo.haizhi', action: 'createOrganization', target_type: 'Consulate', target_id: made.id });
    expect(JSON.parse(audit.changes)).toMatchObject({ before: null, after: { kind: 'CONSULATE', nameZh: '德国驻成都总领事馆' } });
    // A client reads it back through the interface like any seeded one.
    const read = dataOf(await app.query('query($id: ID!) { organization(id: $id) { __typename name } }', { id: made.id })).organization;
    expect(read).toEqual({ __typename: 'Consulate', name: '德国驻成都总领事馆' });
  });

  test('bad input names each field; a jurisdiction belongs to consulates only; nothing is written', async () => {
    const before = await count(app, 'organization');
    const bad = await app.query(CREATE_ORG, { input: newOrganization({ country: 'de', name: '   ', website: 'ftp://example.edu' }) }, { token: staff });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(problemPaths(bad)).toEqual(['input.country', 'input.name', 'input.website']);
    const jurisdiction = await app.query(CREATE_ORG, { input: newOrganization({ jurisdiction: '四川' }) }, { token: staff });
    expect(codeOf(jurisdiction)).toBe('BAD_USER_INPUT');
    expect(jurisdiction.errors?.[0].extensions?.argument).toBe('input.jurisdiction');
    expect(jurisdiction.errors?.[0].message).toMatch(/only a consulate has a jurisdiction/);
    expect(await count(app, 'organization')).toBe(before);
  });

  test('an idempotency key replays the first registration and writes nothing', async () => {
    const input = newOrganization({ name: '重试大学', idempotencyKey: 'org-retry-1' });
    const first = dataOf(await app.query(CREATE_ORG, { input }, { token: staff })).createOrganization.organization;
    const [organizations, audits] = [await count(app, 'organization'), await count(app, 'audit_event')];
    const again = dataOf(await app.query(CREATE_ORG, { input }, { token: staff })).createOrganization.organization;
    expect(again).toEqual(first);
    expect([await count(app, 'organization'), await count(app, 'audit_event')]).toEqual([organizations, audits]);
    expect(codeOf(await app.query(CREATE_ORG, { input: { ...input, name: '另一所大学' } }, { token: staff }))).toBe('CONFLICT');
  });

  test("its kind never changes: the error says why; the same kind passes; an id of another type finds nothing", async () => {
    const made = dataOf(await app.query(CREATE_ORG, { input: newOrganization({ name: '类型大学' }) }, { token: staff })).createOrganization.organization;
    const changed = await app.query(UPDATE_ORG, { input: { id: made.id, kind: 'RESEARCH_INSTITUTE', city: 'Berlin' } }, { token: staff });
    expect(codeOf(changed)).toBe('BAD_USER_INPUT');
    expect(changed.errors?.[0].extensions?.argument).toBe('input.kind');
    expect(changed.errors?.[0].message).toMatch(/kind cannot change: the kind is its type \(University\) and its id names that type/);
    expect(changed.errors?.[0].message).toMatch(/register it again as a ResearchInstitute/);
    const same = dataOf(await app.query(UPDATE_ORG, { input: { id: made.id, kind: 'UNIVERSITY', city: 'Berlin' } }, { token: staff })).updateOrganization.organization;
    expect(same).toMatchObject({ __typename: 'University', city: 'Berlin', version: 2 });
    const forged = await app.query(UPDATE_ORG, { input: { id: toGlobalId('Company', rowId(made.id)), city: 'Bonn' } }, { token: staff });
    expect(codeOf(forged)).toBe('NOT_FOUND');
    expect(forged.errors?.[0].extensions?.argument).toBe('input.id');
    const [row] = await app.dataSource.query('SELECT kind, city FROM organization WHERE id = ?', [rowId(made.id)]);
    expect(row).toEqual({ kind: 'UNIVERSITY', city: 'Berlin' });
  });

  test('a partner changes their own organisation (not its country), never another; a manager none', async () => {
    const own = dataOf(await app.query(UPDATE_ORG, { input: { id: ownOrganization, description: 'Singapore’s national society of engineers', nameEn: 'IES' } }, { token: partner }));
    expect(own.updateOrganization.organization).toMatchObject({ name: '新加坡工程师学会', nameEn: 'IES', description: 'Singapore’s national society of engineers', country: 'SG' });
    const other = await app.query(UPDATE_ORG, { input: { id: otherOrganization, description: 'not ours' } }, { token: partner });
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.errors?.[0].message).toMatch(/you act for another organisation/);
    const country = await app.query(UPDATE_ORG, { input: { id: ownOrganization, country: 'MY' } }, { token: partner });
    expect(codeOf(country)).toBe('FORBIDDEN');
    expect(country.errors?.[0].message).toMatch(/only STAFF may change an organisation's country/);
    // Giving the country it has already changes nothing and is no reason to refuse.
    expect(codeOf(await app.query(UPDATE_ORG, { input: { id: ownOrganization, country: 'SG', city: 'Singapore' } }, { token: partner }))).toBeUndefined();
    expect(codeOf(await app.query(UPDATE_ORG, { input: { id: ownOrganization, city: 'x' } }, { token: manager }))).toBe('FORBIDDEN');
    const [row] = await app.dataSource.query('SELECT country_code, city FROM organization WHERE id = ?', [rowId(ownOrganization)]);
    expect(row).toEqual({ country_code: 'SG', city: 'Singapore' });
  });

  test('a stale expectedVersion is CONFLICT naming the current version; a required field cannot be cleared', async () => {
    const made = dataOf(await app.query(CREATE_ORG, { input: newOrganization({ name: '版本大学' }) }, { token: staff })).createOrganization.organization;
    dataOf(await app.query(UPDATE_ORG, { input: { id: made.id, expectedVersion: 1, city: 'Köln' } }, { token: staff }));
    const stale = await app.query(UPDATE_ORG, { input: { id: made.id, expectedVersion: 1, city: 'Bonn' } }, { token: staff });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
    const cleared = await app.query(UPDATE_ORG, { input: { id: made.id, name: null } }, { token: staff });
    expect(problemPaths(cleared)).toEqual(['input.name']);
    const [row] = await app.dataSource.query('SELECT city, version FROM organization WHERE id = ?', [rowId(made.id)]);
    expect(row).toMatchObject({ city: 'Köln', version: 2 });
  });

  test('moving an organisation that holds a tie into China moves partnerOrganizations, and says so after the commit', async () => {
    const stats = async () => dataOf(await app.query('{ networkStats { partnerOrganizations } }')).networkStats.partnerOrganizations as number;
    const before = await stats();
    // svpc (US) holds a tie CQAST holds itself.
    const svpc = toGlobalId('Society', await firstId("SELECT id FROM organization WHERE seed_key = 'org:svpc'"));
    app.events.length = 0;
    dataOf(await app.query(UPDATE_ORG, { input: { id: svpc, country: 'CN' } }, { token: staff }));
    expect(await stats()).toBe(before - 1);
    expect(app.events).toEqual([expect.objectContaining({ type: 'NetworkFiguresChanged', figures: ['partnerOrganizations'] })]);
    // One without ties moves no figure, and nothing is published.
    const lone = dataOf(await app.query(CREATE_ORG, { input: newOrganization({ name: '无伙伴大学' }) }, { token: staff })).createOrganization.organization;
    app.events.length = 0;
    dataOf(await app.query(UPDATE_ORG, { input: { id: lone.id, country: 'CN' } }, { token: staff }));
    expect(app.events).toEqual([]);
    dataOf(await app.query(UPDATE_ORG, { input: { id: svpc, country: 'US' } }, { token: staff }));
    expect(await stats()).toBe(before);
  });

  test('two updates sent at the same moment on one version: exactly one wins, the other is CONFLICT, and the row holds the winner’s change', async () => {
    const made = dataOf(await app.query(CREATE_ORG, { input: newOrganization({ name: '并发大学' }) }, { token: staff })).createOrganization.organization;
    for (let round = 0; round < 3; round++) {
      const version = made.version + round;
      const cities = [`A-${round}`, `B-${round}`];
      const answers = await Promise.all(cities.map((city) => app.query(UPDATE_ORG, { input: { id: made.id, expectedVersion: version, city } }, { token: staff })));
      const winners = answers.filter((answer) => !answer.errors);
      const losers = answers.filter((answer) => answer.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map(codeOf)).toEqual(['CONFLICT']);
      expect(losers[0].errors?.[0].extensions?.currentVersion).toBe(version + 1);
      const winner = winners[0].data!.updateOrganization.organization;
      const [row] = await app.dataSource.query('SELECT city, version FROM organization WHERE id = ?', [rowId(made.id)]);
      expect(row).toEqual({ city: winner.city, version: version + 1 });
    }
  });

  test('a failure injected after the update leaves the row, the audit and the events as they were', async () => {
    const made = dataOf(await app.query(CREATE_ORG, { input: newOrganization({ name: '失败大学' }) }, { token: staff })).createOrganization.organization;
    const audits = await count(app, 'audit_event');
    app.events.length = 0;
    expect(codeOf(await failingAt(app, 'updateOrganization:before-commit', () => app.query(UPDATE_ORG, { input: { id: made.id, country: 'CN', city: 'Gone' } }, { token: staff })))).toBe('INTERNAL_SERVER_ERROR');
    const [row] = await app.dataSource.query('SELECT country_code, city, version FROM organization WHERE id = ?', [rowId(made.id)]);
    expect(row).toEqual({ country_code: 'DE', city: null, version: 1 });
    expect(await count(app, 'audit_event')).toBe(audits);
    expect(app.events).toEqual([]);
  });
});

const newUnit = (extra: Record<string, unknown> = {}) => ({ kind: 'ENTERPRISE', name: '重庆示例科技有限公司', districtId: district, serviceAreaM2: 120, ...extra });

describe('host units', () => {
  test('STAFF registers them (name trimmed); nobody else may; a taken name is CONFLICT naming it, letter case aside', async () => {
    const before = await count(app, 'host_unit');
    for (const token of [manager, partner, reviewer]) expect(codeOf(await app.query(CREATE_UNIT, { input: newUnit() }, { token }))).toBe('FORBIDDEN');
    const made = dataOf(await app.query(CREATE_UNIT, { input: newUnit({ name: ' Chongqing Example Lab ' }) }, { token: staff })).createHostUnit.hostUnit;
    expect(made).toMatchObject({ kind: 'ENTERPRISE', name: 'Chongqing Example Lab', serviceAreaM2: 120, version: 1, district: { code: 'yubei' } });
    for (const name of ['Chongqing Example Lab', 'CHONGQING EXAMPLE LAB  ']) {
      const taken = await app.query(CREATE_UNIT, { input: newUnit({ name }) }, { token: staff });
      expect(codeOf(taken)).toBe('CONFLICT');
      expect(taken.errors?.[0].message).toMatch(new RegExp(`the name "${name.trim()}" is taken: HostUnit ${made.id} has it already`));
      expect(taken.errors?.[0].extensions).toMatchObject({ argument: 'input.name', existingId: made.id });
    }
    // A name the seed holds: the article's graphene institute.
    const seeded = await app.query(CREATE_UNIT, { input: newUnit({ name: '重庆石墨烯研究院有限公司' }) }, { token: staff });
    expect(codeOf(seeded)).toBe('CONFLICT');
    expect(seeded.errors?.[0].extensions?.existingId).toBe(ownUnit);
    expect(await count(app, 'host_unit')).toBe(before + 1);
  });

  test('bad input: the path of each broken rule; an unknown district is NOT_FOUND naming it', async () => {
    const bad = await app.query(CREATE_UNIT, { input: newUnit({ name: '', serviceAreaM2: 0 }) }, { token: staff });
    expect(problemPaths(bad)).toEqual(['input.name', 'input.serviceAreaM2']);
    const nowhere = await app.query(CREATE_UNIT, { input: newUnit({ name: '无区县单位', districtId: toGlobalId('District', 999_999) }) }, { token: staff });
    expect(codeOf(nowhere)).toBe('NOT_FOUND');
    expect(nowhere.errors?.[0].extensions?.argument).toBe('input.districtId');
    const wrongType = await app.query(CREATE_UNIT, { input: newUnit({ name: '错类型单位', districtId: ownUnit }) }, { token: staff });
    expect(codeOf(wrongType)).toBe('BAD_USER_INPUT');
    expect(wrongType.errors?.[0].extensions?.argument).toBe('input.districtId');
  });

  test("a manager changes their own unit's details, not its kind or district, and no other unit", async () => {
    const own = dataOf(await app.query(UPDATE_UNIT, { input: { id: ownUnit, legalRepresentative: '示例代表', serviceAreaM2: 800 } }, { token: manager }));
    expect(own.updateHostUnit.hostUnit).toMatchObject({ legalRepresentative: '示例代表', serviceAreaM2: 800 });
    const other = await app.query(UPDATE_UNIT, { input: { id: otherUnit, legalRepresentative: 'x' } }, { token: manager });
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.errors?.[0].message).toMatch(/you manage another host unit/);
    const elsewhere = toGlobalId('District', await firstId("SELECT id FROM district WHERE code = 'wanzhou'"));
    const moved = await app.query(UPDATE_UNIT, { input: { id: ownUnit, districtId: elsewhere } }, { token: manager });
    expect(codeOf(moved)).toBe('FORBIDDEN');
    expect(moved.errors?.[0].message).toMatch(/only STAFF may change a host unit's kind or district/);
    expect(codeOf(await app.query(UPDATE_UNIT, { input: { id: ownUnit, kind: 'HOSPITAL' } }, { token: manager }))).toBe('FORBIDDEN');
    expect(codeOf(await app.query(UPDATE_UNIT, { input: { id: ownUnit, legalRepresentative: 'x' } }, { token: partner }))).toBe('FORBIDDEN');
    // STAFF may move it.
    const [{ district_id: was }] = await app.dataSource.query('SELECT district_id FROM host_unit WHERE id = ?', [rowId(ownUnit)]);
    dataOf(await app.query(UPDATE_UNIT, { input: { id: ownUnit, districtId: elsewhere } }, { token: staff }));
    dataOf(await app.query(UPDATE_UNIT, { input: { id: ownUnit, districtId: toGlobalId('District', Number(was)) } }, { token: staff }));
  });

  test('renaming: a taken name is CONFLICT, its own name in other letters is fine, a stale version is CONFLICT', async () => {
    const unit = dataOf(await app.query(CREATE_UNIT, { input: newUnit({ name: 'Rename Me Ltd' }) }, { token: staff })).createHostUnit.hostUnit;
    const taken = await app.query(UPDATE_UNIT, { input: { id: unit.id, name: '重庆石墨烯研究院有限公司' } }, { token: staff });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0].extensions?.argument).toBe('input.name');
    const recased = dataOf(await app.query(UPDATE_UNIT, { input: { id: unit.id, expectedVersion: 1, name: 'RENAME ME LTD' } }, { token: staff })).updateHostUnit.hostUnit;
    expect(recased).toMatchObject({ name: 'RENAME ME LTD', version: 2 });
    const stale = await app.query(UPDATE_UNIT, { input: { id: unit.id, expectedVersion: 1, nameEn: 'x' } }, { token: staff });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
  });

  test('two registrations of one name at the same moment: one unit, the other CONFLICT (never an internal error)', async () => {
    const before = await count(app, 'host_unit');
    const answers = await Promise.all([0, 1].map(() => app.query(CREATE_UNIT, { input: newUnit({ name: '同时注册有限公司' }) }, { token: staff })));
    expect(answers.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    // On MariaDB the loser may pass the check and be refused by the UNIQUE index: the same sentence either way.
    expect(answers.find((answer) => answer.errors)?.errors?.[0].message).toMatch(/^the name "同时注册有限公司" is taken: (another HostUnit|HostUnit \S+) has it already/);
    expect(await count(app, 'host_unit')).toBe(before + 1);
  });

  test('idempotent retry, and a failure injected before the commit leaves every table as it was', async () => {
    const input = newUnit({ name: '重试单位', idempotencyKey: 'unit-retry-1' });
    const tables = ['host_unit', 'audit_event', 'idempotency_key'];
    const before = await counts(app, tables);
    expect(codeOf(await failingAt(app, 'createHostUnit:before-commit', () => app.query(CREATE_UNIT, { input }, { token: staff })))).toBe('INTERNAL_SERVER_ERROR');
    expect(await counts(app, tables)).toEqual(before);
    const first = dataOf(await app.query(CREATE_UNIT, { input }, { token: staff })).createHostUnit.hostUnit;
    const again = dataOf(await app.query(CREATE_UNIT, { input }, { token: staff })).createHostUnit.hostUnit;
    expect(again.id).toBe(first.id);
    expect(await counts(app, tables)).toEqual([before[0] + 1, before[1] + 1, before[2] + 1]);
  });
});

const newBase = (extra: Record<string, unknown> = {}) => ({ name: '示例离岸创新创业基地', kind: 'OFFSHORE_BASE', level: 'MUNICIPAL', districtId: district, establishedYear: 2024, ...extra });

describe('offshore bases', () => {
  test('STAFF alone registers and changes them; a taken name is CONFLICT; a future year and a cleared name are BAD_USER_INPUT', async () => {
    for (const token of [manager, partner, reviewer]) expect(codeOf(await app.query(CREATE_BASE, { input: newBase() }, { token }))).toBe('FORBIDDEN');
    const base = dataOf(await app.query(CREATE_BASE, { input: newBase() }, { token: staff })).createOffshoreBase.offshoreBase;
    expect(base).toMatchObject({ name: '示例离岸创新创业基地', kind: 'OFFSHORE_BASE', level: 'MUNICIPAL', establishedYear: 2024, version: 1, district: { code: 'yubei' } });
    const taken = await app.query(CREATE_BASE, { input: newBase() }, { token: staff });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0].extensions?.existingId).toBe(base.id);
    const future = await app.query(CREATE_BASE, { input: newBase({ name: '未来基地', establishedYear: new Date().getUTCFullYear() + 1 }) }, { token: staff });
    expect(problemPaths(future)).toEqual(['input.establishedYear']);
    expect(problemPaths(await app.query(CREATE_BASE, { input: newBase({ name: '远古基地', establishedYear: 12 }) }, { token: staff }))).toEqual(['input.establishedYear']);

    expect(codeOf(await app.query(UPDATE_BASE, { input: { id: base.id, level: 'NATIONAL' } }, { token: manager }))).toBe('FORBIDDEN');
    const changed = dataOf(await app.query(UPDATE_BASE, { input: { id: base.id, expectedVersion: 1, level: 'NATIONAL', nameEn: 'Example Offshore Base' } }, { token: staff })).updateOffshoreBase.offshoreBase;
    expect(changed).toMatchObject({ level: 'NATIONAL', nameEn: 'Example Offshore Base', version: 2 });
    expect(problemPaths(await app.query(UPDATE_BASE, { input: { id: base.id, name: null } }, { token: staff }))).toEqual(['input.name']);
    const [seeded] = await app.dataSource.query('SELECT name_zh FROM offshore_base WHERE id <> ? ORDER BY id LIMIT 1', [rowId(base.id)]);
    const renamed = await app.query(UPDATE_BASE, { input: { id: base.id, name: seeded.name_zh } }, { token: staff });
    expect(codeOf(renamed)).toBe('CONFLICT');
    expect(codeOf(await app.query(UPDATE_BASE, { input: { id: base.id, expectedVersion: 1, level: 'MUNICIPAL' } }, { token: staff }))).toBe('CONFLICT');
    const [row] = await app.dataSource.query('SELECT level, version FROM offshore_base WHERE id = ?', [rowId(base.id)]);
    expect(row).toEqual({ level: 'NATIONAL', version: 2 });
  });
});

describe('reference data', () => {
  test('districts: STAFF only; a taken code is CONFLICT naming the code; codes are slugs', async () => {
    const input = { code: 'liangjiang-east', name: '两江东区', nameEn: 'Liangjiang East', kind: 'NEW_AREA' };
    expect(codeOf(await app.query(CREATE_DISTRICT, { input }, { token: manager }))).toBe('FORBIDDEN');
    const made = dataOf(await app.query(CREATE_DISTRICT, { input }, { token: staff })).createDistrict.district;
    expect(made).toMatchObject({ ...input, version: 1 });
    const taken = await app.query(CREATE_DISTRICT, { input: { ...input, code: 'yubei' } }, { token: staff });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0].message).toMatch(/^the code "yubei" is taken: District \S+ has it already/);
    expect(taken.errors?.[0].extensions).toMatchObject({ argument: 'input.code', existingId: district });
    expect(problemPaths(await app.query(CREATE_DISTRICT, { input: { ...input, code: 'Liang Jiang' } }, { token: staff }))).toEqual(['input.code']);

    const renamed = await app.query(UPDATE_DISTRICT, { input: { id: made.id, code: 'yubei' } }, { token: staff });
    expect(codeOf(renamed)).toBe('CONFLICT');
    const kept = dataOf(await app.query(UPDATE_DISTRICT, { input: { id: made.id, code: 'liangjiang-east', nameEn: 'Liangjiang East Area', expectedVersion: 1 } }, { token: staff }));
    expect(kept.updateDistrict.district).toMatchObject({ code: 'liangjiang-east', nameEn: 'Liangjiang East Area', version: 2 });
    expect(codeOf(await app.query(UPDATE_DISTRICT, { input: { id: made.id, kind: 'COUNTY', expectedVersion: 1 } }, { token: staff }))).toBe('CONFLICT');
    expect(codeOf(await app.query(UPDATE_DISTRICT, { input: { id: made.id, nameEn: 'x' } }, { token: partner }))).toBe('FORBIDDEN');
    // The new district is one a host unit can sit in.
    const unit = dataOf(await app.query(CREATE_UNIT, { input: newUnit({ name: '东区单位', districtId: made.id }) }, { token: staff })).createHostUnit.hostUnit;
    expect(unit.district.code).toBe('liangjiang-east');
  });

  test('research fields: STAFF only; a taken code is CONFLICT; renaming the code to a free one works; audit rows record each change', async () => {
    const audits = await count(app, 'audit_event');
    const input = { code: 'quantum-sensing', name: '量子传感', nameEn: 'Quantum sensing' };
    expect(codeOf(await app.query(CREATE_FIELD, { input }, { token: reviewer }))).toBe('FORBIDDEN');
    expect(codeOf(await app.query(CREATE_FIELD, { input }))).toBe('UNAUTHENTICATED');
    const made = dataOf(await app.query(CREATE_FIELD, { input }, { token: staff })).createResearchField.researchField;
    const taken = await app.query(CREATE_FIELD, { input: { ...input, code: 'graphene' } }, { token: staff });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0].message).toMatch(/the code "graphene" is taken/);
    const moved = dataOf(await app.query(UPDATE_FIELD, { input: { id: made.id, code: 'quantum-sensors' } }, { token: staff })).updateResearchField.researchField;
    expect(moved).toMatchObject({ code: 'quantum-sensors', version: 2 });
    expect(codeOf(await app.query(UPDATE_FIELD, { input: { id: made.id, code: 'graphene' } }, { token: staff }))).toBe('CONFLICT');
    expect(await count(app, 'audit_event')).toBe(audits + 2);
    const [audit] = await app.dataSource.query('SELECT action, target_type, changes FROM audit_event ORDER BY id DESC LIMIT 1');
    expect(audit.action).toBe('updateResearchField');
    expect(JSON.parse(audit.changes)).toEqual({ before: { code: 'quantum-sensing', version: 1 }, after: { code: 'quantum-sensors', version: 2 } });
  });
});
