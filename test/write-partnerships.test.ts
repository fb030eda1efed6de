/**
 * Partnerships over HTTP, as the demo accounts: who may make, change and end a tie (judged on the
 * tie's own organisation and holder), one tie per holder and organisation, versions, idempotency,
 * the partnerOrganizations figure and its event (first and last tie of an overseas organisation,
 * after the commit only), and rollback on an injected failure.
 */
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, GraphQLResponse, startTestApp, TestApp } from './support/app';
import { codeOf, count, counts, demoScope, failingAt } from './support/writes';

let app: TestApp;
let staff: string;
let manager: string;
let partner: string;
let reviewer: string;
/** A station of the manager's unit and one of another unit; an offshore base; the partner's organisation (IES, a Society). */
let ownStation: string;
let otherStation: string;
let base: string;
let ies: string;

const PARTNERSHIP = 'id kind since note version holder organization { id name } station { id } offshoreBase { id }';
const CREATE = `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { ${PARTNERSHIP} } } }`;
const UPDATE = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { ${PARTNERSHIP} } } }`;
const END = `mutation($input: EndPartnershipInput!) { endPartnership(input: $input) { partnership { ${PARTNERSHIP} } } }`;

const messageOf = (response: GraphQLResponse) => response.errors?.[0]?.message;
const argumentOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.argument;
const rowId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

let organizations = 0;
/** A new organisation with no tie yet (overseas unless a country says otherwise). */
async function newOrganization(country = 'DE'): Promise<string> {
  const input = { kind: 'RESEARCH_INSTITUTE', name: `伙伴研究所 ${++organizations}`, country };
  return dataOf(await app.query('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }', { input }, { token: staff })).createOrganization.organization.id;
}

const tie = (organizationId: string, holder: { stationId?: string; offshoreBaseId?: string } = {}, extra: Record<string, unknown> = {}) => ({
  organizationId,
  ...holder,
  kind: 'JOINT_RESEARCH',
  since: '2024-05-01',
  ...extra,
});

async function create(token: string, input: Record<string, unknown>) {
  return dataOf(await app.query(CREATE, { input }, { token })).createPartnership.partnership;
}

async function partnerOrganizations(): Promise<number> {
  return dataOf(await app.query('{ networkStats { partnerOrganizations } }')).networkStats.partnerOrganizations;
}

beforeAll(async () => {
  app = await startTestApp('write_partnerships');
  [staff, manager, partner, reviewer] = await Promise.all([app.tokenFor('staff'), app.tokenFor('manager'), app.tokenFor('partner'), app.tokenFor('reviewer')]);
  const scope = await demoScope(app);
  ownStation = toGlobalId('Station', scope.ownStationId);
  otherStation = toGlobalId('Station', scope.otherStationId);
  base = toGlobalId('OffshoreBase', scope.offshoreBaseId);
  ies = toGlobalId('Society', scope.organizationId);
});
afterAll(async () => {
  await app?.stop();
});

test("making a tie: STAFF any; a manager for their own unit's station only; a partner for their own organisation with a station or base, not CQAST's", async () => {
  const before = await count(app, 'partnership');
  const org = await newOrganization();
  expect(codeOf(await app.query(CREATE, { input: tie(org, { stationId: ownStation }) }))).toBe('UNAUTHENTICATED');
  expect(messageOf(await app.query(CREATE, { input: tie(org, { stationId: ownStation }) }, { token: reviewer }))).toMatch(/createPartnership is for STAFF or UNIT_MANAGER or PARTNER; you are signed in as REVIEWER/);

  const refusals: Array<[string, Record<string, unknown>, RegExp]> = [
    [manager, tie(org, { stationId: otherStation }), /you manage another host unit/],
    [manager, tie(org, { offshoreBaseId: base }), /only when a station of their unit holds it/],
    [manager, tie(org), /only when a station of their unit holds it/],
    [partner, tie(org, { stationId: ownStation }), /you act for another organisation/],
    [partner, tie(ies), /the ties CQAST holds itself are for STAFF/],
  ];
  for (const [token, input, message] of refusals) {
    const refused = await app.query(CREATE, { input }, { token });
    expect({ code: codeOf(refused), message: messageOf(refused) }).toEqual({ code: 'FORBIDDEN', message: expect.stringMatching(message) });
  }
  expect(await count(app, 'partnership')).toBe(before);

  expect(await create(manager, tie(org, { stationId: ownStation }))).toMatchObject({ holder: 'STATION', station: { id: ownStation }, organization: { id: org }, version: 1 });
  expect(await create(partner, tie(ies, { stationId: otherStation }, { kind: 'EXCHANGE' }))).toMatchObject({ holder: 'STATION', station: { id: otherStation }, kind: 'EXCHANGE' });
  expect(await create(partner, tie(ies, { offshoreBaseId: base }))).toMatchObject({ holder: 'OFFSHORE_BASE', offshoreBase: { id: base }, station: null });
  expect(await create(staff, tie(org))).toMatchObject({ holder: 'OPERATOR', station: null, offshoreBase: null });
  expect(await count(app, 'partnership')).toBe(before + 4);
  // The station lists its new partner, with the tie on the edge.
  const partners = dataOf(await app.query('query($id: ID!) { station(id: $id) { partners(first: 100) { edges { kind node { id } } } } }', { id: ownStation })).station.partners.edges;
  expect(partners).toContainEqual({ kind: 'JOINT_RESEARCH', node: { id: org } });
});

test('bad input names the field: two holders, a date to come or no date at all, an id of the wrong type; an unknown station is NOT_FOUND', async () => {
  const before = await count(app, 'partnership');
  const org = await newOrganization();
  const both = await app.query(CREATE, { input: tie(org, { stationId: ownStation, offshoreBaseId: base }) }, { token: staff });
  expect([codeOf(both), argumentOf(both)]).toEqual(['BAD_USER_INPUT', 'input.offshoreBaseId']);
  const future = await app.query(CREATE, { input: tie(org, { stationId: ownStation }, { since: '2999-01-01' }) }, { token: staff });
  expect([codeOf(future), argumentOf(future)]).toEqual(['BAD_USER_INPUT', 'input.since']);
  expect(messageOf(future)).toMatch(/since cannot be after today/);
  const notADate = await app.query(CREATE, { input: tie(org, { stationId: ownStation }, { since: '2024-13-01' }) }, { token: staff });
  expect([codeOf(notADate), argumentOf(notADate)]).toEqual(['BAD_USER_INPUT', 'input.since']);
  const wrongType = await app.query(CREATE, { input: tie(ownStation, { stationId: ownStation }) }, { token: staff });
  expect([codeOf(wrongType), argumentOf(wrongType)]).toEqual(['BAD_USER_INPUT', 'input.organizationId']);
  const nowhere = await app.query(CREATE, { input: tie(org, { stationId: toGlobalId('Station', 999_999) }) }, { token: staff });
  expect([codeOf(nowhere), argumentOf(nowhere)]).toEqual(['NOT_FOUND', 'input.stationId']);
  expect(await count(app, 'partnership')).toBe(before);
});

test('a holder has one tie per organisation: a second is CONFLICT naming the first, CQAST included; once ended, a new one may be made', async () => {
  const org = await newOrganization();
  const first = await create(staff, tie(org, { stationId: otherStation }));
  const second = await app.query(CREATE, { input: tie(org, { stationId: otherStation }, { kind: 'MOU' }) }, { token: staff });
  expect(codeOf(second)).toBe('CONFLICT');
  expect(messageOf(second)).toMatch(/this station partners with this organisation already \(JOINT_RESEARCH, since 2024-05-01\): .*updatePartnership/);
  expect(second.errors?.[0].extensions?.existingId).toBe(first.id);
  // Another holder may tie with the same organisation.
  await create(staff, tie(org, { stationId: ownStation }));
  // IES has a tie CQAST holds itself (seeded).
  const operator = await app.query(CREATE, { input: tie(ies) }, { token: staff });
  expect(codeOf(operator)).toBe('CONFLICT');
  expect(messageOf(operator)).toMatch(/^CQAST partners with this organisation already/);
  dataOf(await app.query(END, { input: { partnershipId: first.id } }, { token: staff }));
  expect(await create(staff, tie(org, { stationId: otherStation }, { kind: 'MOU' }))).toMatchObject({ kind: 'MOU' });
});

test('two ties of one holder and organisation made at the same moment: one is made, the other is CONFLICT', async () => {
  const org = await newOrganization();
  const answers = await Promise.all(['EXCHANGE', 'MOU'].map((kind) => app.query(CREATE, { input: tie(org, { offshoreBaseId: base }, { kind }) }, { token: staff })));
  expect(answers.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
  const [row] = await app.dataSource.query('SELECT COUNT(*) AS n FROM partnership WHERE organization_id = ?', [rowId(org)]);
  expect(Number(row.n)).toBe(1);
});

test("changing a tie is judged on the tie's own organisation and holder; a stale version is CONFLICT; kind and since cannot be cleared", async () => {
  const org = await newOrganization();
  const own = await create(staff, tie(org, { stationId: ownStation }, { note: 'first note' }));
  const other = await create(staff, tie(org, { stationId: otherStation }));
  const changed = dataOf(await app.query(UPDATE, { input: { id: own.id, expectedVersion: 1, kind: 'MOU', since: '2023-02-03', note: null } }, { token: manager })).updatePartnership.partnership;
  expect(changed).toMatchObject({ kind: 'MOU', since: '2023-02-03', note: null, version: 2, holder: 'STATION' });
  expect(messageOf(await app.query(UPDATE, { input: { id: other.id, note: 'x' } }, { token: manager }))).toMatch(/you manage another host unit/);
  expect(codeOf(await app.query(UPDATE, { input: { id: own.id, note: 'x' } }, { token: partner }))).toBe('FORBIDDEN');
  const stale = await app.query(UPDATE, { input: { id: own.id, expectedVersion: 1, note: 'late' } }, { token: staff });
  expect([codeOf(stale), stale.errors?.[0].extensions?.currentVersion]).toEqual(['CONFLICT', 2]);
  const cleared = await app.query(UPDATE, { input: { id: own.id, kind: null } }, { token: staff });
  expect([codeOf(cleared), argumentOf(cleared)]).toEqual(['BAD_USER_INPUT', 'input.kind']);
  expect([codeOf(await app.query(UPDATE, { input: { id: own.id, since: '2999-01-01' } }, { token: staff }))]).toEqual(['BAD_USER_INPUT']);

  // A partner changes their own organisation's ties held by a station, not the one CQAST holds.
  const iesTie = await create(staff, tie(ies, { stationId: ownStation }));
  expect(dataOf(await app.query(UPDATE, { input: { id: iesTie.id, note: 'from IES' } }, { token: partner })).updatePartnership.partnership.note).toBe('from IES');
  const [{ id: operatorTie }] = await app.dataSource.query('SELECT id FROM partnership WHERE organization_id = ? AND station_id IS NULL AND offshore_base_id IS NULL', [rowId(ies)]);
  const cqast = await app.query(UPDATE, { input: { id: toGlobalId('Partnership', Number(operatorTie)), note: 'x' } }, { token: partner });
  expect(messageOf(cqast)).toMatch(/the ties CQAST holds itself are for STAFF/);
  const [row] = await app.dataSource.query('SELECT kind, note, version FROM partnership WHERE id = ?', [rowId(own.id)]);
  expect(row).toEqual({ kind: 'MOU', note: null, version: 2 });
});

test('ending a tie removes it and answers with its last state; the audit row keeps it; a second end is NOT_FOUND; a stale version removes nothing', async () => {
  const org = await newOrganization();
  const own = await create(staff, tie(org, { stationId: ownStation }));
  dataOf(await app.query(UPDATE, { input: { id: own.id, note: 'last words' } }, { token: staff }));
  const stale = await app.query(END, { input: { partnershipId: own.id, expectedVersion: 1 } }, { token: manager });
  expect([codeOf(stale), stale.errors?.[0].extensions?.currentVersion]).toEqual(['CONFLICT', 2]);
  expect(codeOf(await app.query(END, { input: { partnershipId: own.id } }, { token: partner }))).toBe('FORBIDDEN');
  expect(await count(app, 'partnership')).toBeGreaterThan(0);
  const [before] = await app.dataSource.query('SELECT COUNT(*) AS n FROM partnership WHERE id = ?', [rowId(own.id)]);
  expect(Number(before.n)).toBe(1);

  const ended = dataOf(await app.query(END, { input: { partnershipId: own.id, expectedVersion: 2 } }, { token: manager })).endPartnership.partnership;
  expect(ended).toMatchObject({ id: own.id, kind: 'JOINT_RESEARCH', note: 'last words', version: 2, holder: 'STATION', organization: { id: org }, station: { id: ownStation } });
  const [after] = await app.dataSource.query('SELECT COUNT(*) AS n FROM partnership WHERE id = ?', [rowId(own.id)]);
  expect(Number(after.n)).toBe(0);
  const [audit] = await app.dataSource.query('SELECT actor, action, target_id, changes FROM audit_event ORDER BY id DESC LIMIT 1');
  expect(audit).toMatchObject({ actor: 'manager@demo.haizhi', action: 'endPartnership', target_id: own.id });
  expect(JSON.parse(audit.changes)).toMatchObject({ before: { note: 'last words', stationId: rowId(ownStation) }, after: null });
  const again = await app.query(END, { input: { partnershipId: own.id } }, { token: manager });
  expect([codeOf(again), argumentOf(again)]).toEqual(['NOT_FOUND', 'input.partnershipId']);
});

test("partnerOrganizations moves with an overseas organisation's first and last tie, and the event follows the commit; a domestic one moves nothing", async () => {
  const org = await newOrganization('NZ');
  const start = await partnerOrganizations();
  app.events.length = 0;
  // Refused: nothing is published.
  await app.query(CREATE, { input: tie(org, { stationId: otherStation }) }, { token: manager });
  expect(app.events).toEqual([]);
  const first = await create(staff, tie(org, { stationId: otherStation }));
  expect(await partnerOrganizations()).toBe(start + 1);
  expect(app.events).toEqual([expect.objectContaining({ type: 'NetworkFiguresChanged', figures: ['partnerOrganizations'] })]);
  app.events.length = 0;
  const second = await create(staff, tie(org, { offshoreBaseId: base }));
  dataOf(await app.query(UPDATE, { input: { id: second.id, kind: 'MOU' } }, { token: staff }));
  dataOf(await app.query(END, { input: { partnershipId: first.id } }, { token: staff }));
  expect(await partnerOrganizations()).toBe(start + 1);
  expect(app.events).toEqual([]);
  dataOf(await app.query(END, { input: { partnershipId: second.id } }, { token: staff }));
  expect(await partnerOrganizations()).toBe(start);
  expect(app.events).toEqual([expect.objectContaining({ type: 'NetworkFiguresChanged', figures: ['partnerOrganizations'] })]);

  app.events.length = 0;
  const domestic = await newOrganization('CN');
  const local = await create(staff, tie(domestic, { stationId: otherStation }));
  dataOf(await app.query(END, { input: { partnershipId: local.id } }, { token: staff }));
  expect(app.events).toEqual([]);
  expect(await partnerOrganizations()).toBe(start);
});

test('an idempotency key replays the first tie (no second-tie CONFLICT), and refuses another input', async () => {
  const org = await newOrganization();
  const input = tie(org, { stationId: ownStation }, { idempotencyKey: 'tie-retry-1' });
  const first = await create(manager, input);
  const [ties, audits] = [await count(app, 'partnership'), await count(app, 'audit_event')];
  expect(await create(manager, input)).toEqual(first);
  expect([await count(app, 'partnership'), await count(app, 'audit_event')]).toEqual([ties, audits]);
  expect(codeOf(await app.query(CREATE, { input: { ...input, kind: 'MOU' } }, { token: manager }))).toBe('CONFLICT');
});

test('a failure injected before the commit leaves every table as it was and publishes nothing, for a new tie and for an ended one', async () => {
  const org = await newOrganization();
  const tables = ['partnership', 'audit_event', 'idempotency_key'];
  const before = await counts(app, tables);
  app.events.length = 0;
  expect(codeOf(await failingAt(app, 'createPartnership:before-commit', () => app.query(CREATE, { input: tie(org, { stationId: ownStation }, { idempotencyKey: 'doomed-tie' }) }, { token: staff })))).toBe('INTERNAL_SERVER_ERROR');
  expect(await counts(app, tables)).toEqual(before);
  expect(app.events).toEqual([]);

  const made = await create(staff, tie(org, { stationId: ownStation }, { idempotencyKey: 'doomed-tie' }));
  const kept = await counts(app, tables);
  app.events.length = 0;
  expect(codeOf(await failingAt(app, 'endPartnership:before-commit', () => app.query(END, { input: { partnershipId: made.id } }, { token: staff })))).toBe('INTERNAL_SERVER_ERROR');
  expect(await counts(app, tables)).toEqual(kept);
  expect(app.events).toEqual([]);
});
