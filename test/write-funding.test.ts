/**
 * createFundingGrant and recordDisbursement over HTTP: STAFF only; who receives and who pays a
 * grant agree with its kind; a disbursement never takes a grant past its amount, not even when
 * payments arrive at the same moment (the running total's conditional update), and the one that
 * would is CONFLICT naming what is left; retries with the same key pay nothing twice;
 * networkStats.fundingDisbursedCny moves with disbursements only; a failure after the insert leaves
 * every table as it was.
 */
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';
import { codeOf, count, counts, demoScope, failingAt, fingerprints } from './support/writes';

let app: TestApp;
let staff: string;
let station: string;
let base: string;
let district: string;

const CREATE = `mutation($input: CreateFundingGrantInput!) {
  createFundingGrant(input: $input) { grant { id kind title amountCny disbursedCny year awardedOn version station { id } offshoreBase { id } funderDistrict { id } } }
}`;
const PAY = `mutation($input: RecordDisbursementInput!) {
  recordDisbursement(input: $input) { grant { id amountCny disbursedCny version } disbursement { id amountCny disbursedOn note fundingGrant { id } } }
}`;

interface Paid {
  grant: { id: string; amountCny: number; disbursedCny: number; version: number };
  disbursement: { id: string; amountCny: number; disbursedOn: string; note: string | null };
}

beforeAll(async () => {
  app = await startTestApp('write_funding');
  staff = await app.tokenFor('staff');
  const one = async (sql: string) => Number((await app.dataSource.query(sql))[0].id);
  station = toGlobalId('Station', await one("SELECT id FROM station WHERE status = 'ACTIVE' ORDER BY id LIMIT 1"));
  base = toGlobalId('OffshoreBase', (await demoScope(app)).offshoreBaseId);
  district = toGlobalId('District', await one('SELECT id FROM district ORDER BY id LIMIT 1'));
});
afterAll(async () => {
  await app?.stop();
});

async function scalar(sql: string, parameters: unknown[] = []): Promise<number> {
  const [row] = await app.dataSource.query(sql, parameters);
  return Number(Object.values(row)[0] ?? 0);
}

const rowId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

const grantInput = (extra: Record<string, unknown> = {}) => ({ kind: 'ACADEMIC_EXCHANGE', title: '国际学术交流活动资助', stationId: station, year: 2026, amountCny: 100_000, awardedOn: '2026-03-01', ...extra });

/** An establishment grant by default: its payments are station funding, which fundingDisbursedCny counts. */
async function newGrant(extra: Record<string, unknown> = {}): Promise<string> {
  return dataOf(await app.query(CREATE, { input: grantInput({ kind: 'ESTABLISHMENT', title: '建站工作经费', ...extra }) }, { token: staff })).createFundingGrant.grant.id;
}

let keys = 0;
const pay = (grantId: string, amountCny: number, extra: Record<string, unknown> = {}, token = staff) =>
  app.query<{ recordDisbursement: Paid }>(PAY, { input: { grantId, amountCny, paidOn: '2026-04-01', idempotencyKey: `payment-${++keys}`, ...extra } }, { token });

const disbursedFigure = async () => dataOf(await app.query<{ networkStats: { fundingDisbursedCny: number } }>('{ networkStats { fundingDisbursedCny } }')).networkStats.fundingDisbursedCny;

/** Every grant's running total against the sum of its disbursements: the pairs that differ (none, always). */
const runningTotalsOff = () =>
  app.dataSource.query(
    'SELECT g.id, g.disbursed_cny, (SELECT COALESCE(SUM(d.amount_cny), 0) FROM disbursement d WHERE d.funding_grant_id = g.id) AS paid FROM funding_grant g WHERE g.disbursed_cny <> (SELECT COALESCE(SUM(d.amount_cny), 0) FROM disbursement d WHERE d.funding_grant_id = g.id) OR g.disbursed_cny > g.amount_cny',
  );

test('STAFF only: anonymous callers sign in first, other roles are refused, and nothing is written', async () => {
  const grant = await newGrant();
  const before = await counts(app, ['funding_grant', 'disbursement']);
  expect(codeOf(await app.query(CREATE, { input: grantInput() }))).toBe('UNAUTHENTICATED');
  expect(codeOf(await app.query(PAY, { input: { grantId: grant, amountCny: 1, paidOn: '2026-04-01', idempotencyKey: 'anonymous' } }))).toBe('UNAUTHENTICATED');
  for (const role of ['manager', 'partner', 'reviewer'] as const) {
    const token = await app.tokenFor(role);
    const create = await app.query(CREATE, { input: grantInput() }, { token });
    expect(codeOf(create)).toBe('FORBIDDEN');
    expect(create.errors?.[0].message).toMatch(/createFundingGrant is for STAFF/);
    expect(codeOf(await pay(grant, 1, {}, token))).toBe('FORBIDDEN');
  }
  expect(await counts(app, ['funding_grant', 'disbursement'])).toEqual(before);
});

test('grants: to a station or a base; district matching funds name the district; nothing is paid yet, so fundingDisbursedCny stays', async () => {
  const figure = await disbursedFigure();
  app.events.length = 0;
  const toStation = dataOf(await app.query(CREATE, { input: grantInput({ kind: 'ESTABLISHMENT', title: '建站工作经费', amountCny: 50_000 }) }, { token: staff })).createFundingGrant.grant;
  expect(toStation).toMatchObject({ kind: 'ESTABLISHMENT', amountCny: 50_000, disbursedCny: 0, version: 1, station: { id: station }, offshoreBase: null, funderDistrict: null });
  const toBase = dataOf(await app.query(CREATE, { input: grantInput({ stationId: null, offshoreBaseId: base }) }, { token: staff })).createFundingGrant.grant;
  expect(toBase).toMatchObject({ station: null, offshoreBase: { id: base } });
  const matching = dataOf(await app.query(CREATE, { input: grantInput({ kind: 'DISTRICT_MATCHING', title: '区配套经费', funderDistrictId: district }) }, { token: staff })).createFundingGrant.grant;
  expect(matching.funderDistrict).toEqual({ id: district });
  expect(await disbursedFigure()).toBe(figure);
  expect(app.events).toEqual([]);
  const [audit] = await app.dataSource.query("SELECT actor, target_type, target_id, changes FROM audit_event WHERE action = 'createFundingGrant' ORDER BY id DESC LIMIT 1");
  expect(audit).toMatchObject({ actor: 'staff@demo.haizhi', target_type: 'FundingGrant', target_id: matching.id });
  expect(JSON.parse(audit.changes).after).toMatchObject({ kind: 'DISTRICT_MATCHING', amountCny: 100_000, disbursedCny: 0 });
});

test('bad grant input names the field, and nothing is written', async () => {
  const before = await count(app, 'funding_grant');
  const pathsOf = async (input: Record<string, unknown>) => {
    const response = await app.query(CREATE, { input: grantInput(input) }, { token: staff });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    return (response.errors?.[0].extensions?.problems as { path: string }[]).map((p) => p.path).sort();
  };
  expect(await pathsOf({ offshoreBaseId: base })).toEqual(['input.stationId']);
  expect(await pathsOf({ stationId: null })).toEqual(['input.stationId']);
  expect(await pathsOf({ kind: 'ESTABLISHMENT', stationId: null, offshoreBaseId: base })).toEqual(['input.offshoreBaseId']);
  expect(await pathsOf({ kind: 'DISTRICT_MATCHING' })).toEqual(['input.funderDistrictId']);
  expect(await pathsOf({ funderDistrictId: district })).toEqual(['input.funderDistrictId']);
  expect(await pathsOf({ amountCny: 0, title: '' })).toEqual(['input.amountCny', 'input.title']);
  const missing = await app.query(CREATE, { input: grantInput({ stationId: toGlobalId('Station', 999_999) }) }, { token: staff });
  expect(codeOf(missing)).toBe('NOT_FOUND');
  expect(missing.errors?.[0].extensions?.argument).toBe('input.stationId');
  expect(await count(app, 'funding_grant')).toBe(before);
});

test('a disbursement moves the grant, fundingDisbursedCny and the audit trail, and publishes after the commit', async () => {
  const grant = await newGrant({ amountCny: 80_000 });
  const figure = await disbursedFigure();
  const audits = await count(app, 'audit_event');
  app.events.length = 0;
  const paid = dataOf(await pay(grant, 30_000, { note: '第1笔拨付' })).recordDisbursement;
  expect(paid.grant).toMatchObject({ id: grant, amountCny: 80_000, disbursedCny: 30_000, version: 2 });
  expect(paid.disbursement).toMatchObject({ amountCny: 30_000, disbursedOn: '2026-04-01', note: '第1笔拨付' });
  expect(await disbursedFigure()).toBe(figure + 30_000);
  expect(app.events).toEqual([expect.objectContaining({ type: 'NetworkFiguresChanged', figures: ['fundingDisbursedCny'] })]);
  // The disbursement's row and the grant's change.
  expect(await count(app, 'audit_event')).toBe(audits + 2);
  const [change] = await app.dataSource.query("SELECT changes FROM audit_event WHERE action = 'recordDisbursement' AND target_type = 'FundingGrant' ORDER BY id DESC LIMIT 1");
  expect(JSON.parse(change.changes)).toEqual({ before: { disbursedCny: 0, version: 1 }, after: { disbursedCny: 30_000, version: 2 } });
  const read = dataOf(await app.query('query($id: ID!) { node(id: $id) { ... on FundingGrant { disbursedCny disbursements { totalCount } } } }', { id: grant })).node;
  expect(read).toEqual({ disbursedCny: 30_000, disbursements: { totalCount: 1 } });
});

test('a disbursement past what the grant has left is CONFLICT naming the remainder, and writes nothing', async () => {
  const grant = await newGrant({ amountCny: 50_000 });
  dataOf(await pay(grant, 30_000));
  const before = [await count(app, 'disbursement'), await count(app, 'audit_event'), await disbursedFigure()];
  app.events.length = 0;
  const over = await pay(grant, 20_001);
  expect(codeOf(over)).toBe('CONFLICT');
  expect(over.errors?.[0].extensions).toMatchObject({ remainingCny: 20_000, currentDisbursedCny: 30_000 });
  expect(over.errors?.[0].message).toMatch(/20000 CNY left to pay .*pay at most 20000/);
  expect([await count(app, 'disbursement'), await count(app, 'audit_event'), await disbursedFigure()]).toEqual(before);
  expect(app.events).toEqual([]);
  // The rest exactly is fine; then nothing is left.
  expect(dataOf(await pay(grant, 20_000)).recordDisbursement.grant.disbursedCny).toBe(50_000);
  const full = await pay(grant, 1);
  expect(full.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', remainingCny: 0 });
  expect(full.errors?.[0].message).toMatch(/paid in full/);
});

test('bad disbursement input names the field', async () => {
  const grant = await newGrant({ awardedOn: '2026-03-01' });
  const early = await pay(grant, 100, { paidOn: '2026-02-28' });
  expect(codeOf(early)).toBe('BAD_USER_INPUT');
  expect(early.errors?.[0].extensions?.argument).toBe('input.paidOn');
  const zero = await pay(grant, 0);
  expect((zero.errors?.[0].extensions?.problems as { path: string }[]).map((p) => p.path)).toEqual(['input.amountCny']);
  const noKey = await app.query(PAY, { input: { grantId: grant, amountCny: 1, paidOn: '2026-04-01' } }, { token: staff });
  expect(codeOf(noKey)).toBe('BAD_USER_INPUT');
  const missing = await pay(toGlobalId('FundingGrant', 999_999), 100);
  expect(codeOf(missing)).toBe('NOT_FOUND');
  expect(missing.errors?.[0].extensions?.argument).toBe('input.grantId');
  expect(await scalar('SELECT disbursed_cny AS n FROM funding_grant WHERE id = ?', [rowId(grant)])).toBe(0);
});

test('an academic-exchange payment moves its grant but not fundingDisbursedCny (station funding only), and announces no figure change', async () => {
  const grant = await newGrant({ kind: 'ACADEMIC_EXCHANGE', title: '国际学术交流活动资助' });
  const figure = await disbursedFigure();
  app.events.length = 0;
  expect(dataOf(await pay(grant, 10_000)).recordDisbursement.grant.disbursedCny).toBe(10_000);
  expect(await disbursedFigure()).toBe(figure);
  expect(app.events).toEqual([]);
});

test('a retry with the same idempotency key returns the first disbursement and writes nothing; the figure does not move', async () => {
  const grant = await newGrant();
  const first = dataOf(await pay(grant, 10_000, { idempotencyKey: 'pay-once' })).recordDisbursement;
  const before = [...(await counts(app, ['disbursement', 'audit_event', 'idempotency_key'])), await disbursedFigure()];
  app.events.length = 0;
  const again = dataOf(await pay(grant, 10_000, { idempotencyKey: 'pay-once' })).recordDisbursement;
  expect(again.disbursement).toEqual(first.disbursement);
  expect(again.grant.disbursedCny).toBe(10_000);
  expect([...(await counts(app, ['disbursement', 'audit_event', 'idempotency_key'])), await disbursedFigure()]).toEqual(before);
  expect(app.events).toEqual([]);
  const other = await pay(grant, 20_000, { idempotencyKey: 'pay-once' });
  expect(codeOf(other)).toBe('CONFLICT');
  expect(other.errors?.[0].message).toMatch(/idempotencyKey "pay-once" was used for a different request/);
});

test('disbursements at the same moment never take a grant past its amount; the running total equals the sum of the payments', async () => {
  const grant = await newGrant({ amountCny: 100_000 });
  const figure = await disbursedFigure();
  // Ten payments of 15,000 against 100,000: six fit.
  const responses = await Promise.all(Array.from({ length: 10 }, () => pay(grant, 15_000)));
  const paid = responses.filter((response) => !response.errors);
  const refused = responses.filter((response) => response.errors);
  expect(paid).toHaveLength(6);
  expect(refused.map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
  for (const response of refused) expect(response.errors?.[0].extensions?.remainingCny).toBe(10_000);
  const id = rowId(grant);
  expect(await scalar('SELECT disbursed_cny AS n FROM funding_grant WHERE id = ?', [id])).toBe(90_000);
  expect(await scalar('SELECT COALESCE(SUM(amount_cny), 0) AS n FROM disbursement WHERE funding_grant_id = ?', [id])).toBe(90_000);
  expect(await disbursedFigure()).toBe(figure + 90_000);
  expect(await runningTotalsOff()).toEqual([]);
});

test('a failure injected after the disbursement is inserted leaves every table as it was and publishes nothing', async () => {
  const grant = await newGrant();
  const snapshot = async () => [
    ...(await counts(app, ['funding_grant', 'disbursement', 'audit_event', 'idempotency_key'])),
    await scalar('SELECT COALESCE(SUM(disbursed_cny), 0) AS n FROM funding_grant'),
    await scalar('SELECT COALESCE(SUM(version), 0) AS n FROM funding_grant'),
    await disbursedFigure(),
  ];
  const before = await snapshot();
  const tables = await fingerprints(app);
  app.events.length = 0;
  expect(codeOf(await failingAt(app, 'recordDisbursement:disbursement-inserted', () => pay(grant, 5_000, { idempotencyKey: 'doomed-payment' })))).toBe('INTERNAL_SERVER_ERROR');
  expect(await snapshot()).toEqual(before);
  // Every table, row for row.
  expect(await fingerprints(app)).toEqual(tables);
  expect(app.events).toEqual([]);
  expect(await runningTotalsOff()).toEqual([]);
  // The key was not taken: the retry pays.
  expect(dataOf(await pay(grant, 5_000, { idempotencyKey: 'doomed-payment' })).recordDisbursement.grant.disbursedCny).toBe(5_000);
});
