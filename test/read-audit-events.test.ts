/**
 * auditEvents over HTTP: STAFF only; it shows what the mutations changed (secrets and contact
 * details redacted as stored), newest first unless asked otherwise, pages through cursors on
 * occurredAt, filters by action, target, type, actor and time, and resolves each event's target.
 */
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';
import { codeOf, count } from './support/writes';

let app: TestApp;
let staff: string;

const EVENTS = `query($filter: AuditEventFilter, $orderBy: AuditEventOrder, $first: Int, $after: String) {
  auditEvents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id actor action targetId targetType occurredAt changes { before after } target { __typename id ... on Talent { name email } ... on FundingGrant { disbursedCny } } } }
  }
}`;

interface Event {
  id: string;
  actor: string;
  action: string;
  targetId: string;
  targetType: string;
  occurredAt: string;
  changes: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
  target: { __typename: string; id: string; name?: string; email?: string | null; disbursedCny?: number } | null;
}
interface Page {
  auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Event }[] };
}

let talent: { id: string };
let grant: string;

async function events(variables: Record<string, unknown> = {}): Promise<Page['auditEvents']> {
  return dataOf(await app.query<Page>(EVENTS, variables, { token: staff })).auditEvents;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

beforeAll(async () => {
  app = await startTestApp('read_audit_events');
  staff = await app.tokenFor('staff');
  // Logging in is audited too: every demo account logs in now, before the writes the tests look at.
  await Promise.all((['manager', 'partner', 'reviewer'] as const).map((role) => app.tokenFor(role)));
  const station = toGlobalId('Station', Number((await app.dataSource.query("SELECT id FROM station WHERE status = 'ACTIVE' ORDER BY id LIMIT 1"))[0].id));
  // A few writes, a moment apart, so their times differ.
  talent = dataOf(
    await app.query('mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', {
      input: { name: 'Audited Example', country: 'NZ', degree: 'DOCTORATE', email: 'audited@example.org', phone: '+64 9 000 0000', researchFieldIds: [toGlobalId('ResearchField', 1)] },
    }, { token: staff }),
  ).createTalent.talent;
  await pause();
  dataOf(await app.query('mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }', { input: { email: 'audited.user@demo.haizhi', displayName: 'Audited User', role: 'STAFF', password: 'a-long-enough-password' } }, { token: staff }));
  await pause();
  grant = dataOf(
    await app.query('mutation($input: CreateFundingGrantInput!) { createFundingGrant(input: $input) { grant { id } } }', {
      input: { kind: 'ACADEMIC_EXCHANGE', title: '审计测试资助', stationId: station, year: 2026, amountCny: 10_000, awardedOn: '2026-01-10' },
    }, { token: staff }),
  ).createFundingGrant.grant.id;
  await pause();
  dataOf(await app.query('mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { disbursement { id } } }', { input: { grantId: grant, amountCny: 4_000, paidOn: '2026-02-01', idempotencyKey: 'audit-1' } }, { token: staff }));
});
afterAll(async () => {
  await app?.stop();
});

test('STAFF only: anonymous callers sign in first, other roles are refused', async () => {
  expect(codeOf(await app.query(EVENTS))).toBe('UNAUTHENTICATED');
  for (const role of ['manager', 'partner', 'reviewer'] as const) {
    const response = await app.query(EVENTS, {}, { token: await app.tokenFor(role) });
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(response.data?.auditEvents ?? null).toBeNull();
  }
});

test('the mutations are there, newest first, with contact details and password hashes redacted', async () => {
  const all = await events({ first: 100 });
  expect(all.totalCount).toBe(await count(app, 'audit_event'));
  const actions = all.edges.map((edge) => edge.node.action);
  // Newest first: the disbursement (its row and the grant's change), the grant, the user, the talent and its field.
  expect(actions.slice(0, 6)).toEqual(['recordDisbursement', 'recordDisbursement', 'createFundingGrant', 'createUser', 'createTalent', 'createTalent']);
  const times = all.edges.map((edge) => edge.node.occurredAt);
  expect([...times].sort().reverse()).toEqual(times);

  const created = all.edges.map((edge) => edge.node).find((node) => node.targetType === 'Talent')!;
  expect(created).toMatchObject({ actor: 'staff@demo.haizhi', action: 'createTalent', targetId: talent.id, changes: { before: null } });
  expect(created.changes.after).toMatchObject({ name: 'Audited Example', email: '[redacted]', phone: '[redacted]', countryCode: 'NZ' });
  // The target is the record as it is now, read as STAFF reads it.
  expect(created.target).toEqual({ __typename: 'Talent', id: talent.id, name: 'Audited Example', email: 'audited@example.org' });

  const user = all.edges.map((edge) => edge.node).find((node) => node.action === 'createUser')!;
  expect(user.changes.after).toMatchObject({ passwordHash: '[redacted]', email: '[redacted]' });
  // No stored change holds a contact detail, a hash or a password, whatever its field.
  const stored = JSON.stringify(all.edges.map((edge) => edge.node.changes));
  for (const secret of ['audited@example.org', 'audited.user@demo.haizhi', '+64 9', '$argon2', 'a-long-enough-password']) expect(stored).not.toContain(secret);
});

test('filters: actions, target, type, actor, time; a link row has no target node', async () => {
  const byTarget = await events({ filter: { targetId: grant } });
  expect(byTarget.edges.map((edge) => [edge.node.action, edge.node.changes.after])).toEqual([
    ['recordDisbursement', { disbursedCny: 4_000, version: 2 }],
    ['createFundingGrant', expect.objectContaining({ amountCny: 10_000, disbursedCny: 0 })],
  ]);
  expect(byTarget.edges[0].node.target).toEqual({ __typename: 'FundingGrant', id: grant, disbursedCny: 4_000 });

  const payments = await events({ filter: { actions: ['recordDisbursement'], targetType: 'Disbursement' } });
  expect(payments.totalCount).toBe(1);
  expect(payments.edges[0].node.target?.__typename).toBe('Disbursement');

  const link = await events({ filter: { targetType: 'TalentResearchField' } });
  expect(link.totalCount).toBe(1);
  expect(link.edges[0].node.target).toBeNull();

  expect((await events({ filter: { actorContains: 'STAFF@demo' } })).totalCount).toBeGreaterThanOrEqual(6);
  expect((await events({ filter: { actorContains: 'nobody-like-this' } })).totalCount).toBe(0);

  // From the talent's creation on: every event above; from a moment later: all but the talent's.
  const start = new Date((await events({ filter: { targetId: talent.id } })).edges[0].node.occurredAt);
  const since = await events({ filter: { occurredAt: { from: start.toISOString() } } });
  expect(since.edges.map((edge) => edge.node.action)).toEqual(['recordDisbursement', 'recordDisbursement', 'createFundingGrant', 'createUser', 'createTalent', 'createTalent']);
  const later = await events({ filter: { occurredAt: { from: new Date(start.getTime() + 1).toISOString() } } });
  expect(later.edges.map((edge) => edge.node.action)).toEqual(['recordDisbursement', 'recordDisbursement', 'createFundingGrant', 'createUser']);
  const before = await events({ filter: { occurredAt: { to: start.toISOString() } } });
  expect(before.edges.map((edge) => edge.node.action).filter((action) => action !== 'login')).toEqual(['createTalent', 'createTalent']);
  expect((await events({ filter: { actions: ['login'] } })).edges.map((edge) => edge.node.targetType)).toEqual(['User', 'User', 'User', 'User']);

  const bad = await app.query(EVENTS, { filter: { targetId: 'not-an-id' } }, { token: staff });
  expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  expect(bad.errors?.[0].extensions?.argument).toBe('filter.targetId');
});

test('pages through occurredAt with cursors, both ways of ordering, with every event once', async () => {
  const everything = (await events({ first: 100 })).edges.map((edge) => edge.node.id);
  for (const direction of ['DESC', 'ASC'] as const) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const result: Page['auditEvents'] = await events({ first: 2, after, orderBy: { field: 'OCCURRED_AT', direction } });
      seen.push(...result.edges.map((edge) => edge.node.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(direction === 'DESC' ? everything : [...everything].reverse());
  }
});
