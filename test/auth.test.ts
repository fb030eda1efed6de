/**
 * Accounts and credentials over HTTP: login (the same error for a wrong email and a wrong password,
 * and a limit on failures), the viewer each credential makes, tokens and API keys that stop working
 * the moment an account is deactivated or a key revoked, and what is never stored.
 */
import { DEMO_PASSWORD } from '../seeds/demo-accounts';
import { TokenService } from '../src/auth/tokens';
import { dataOf, startTestApp, TestApp } from './support/app';
import { codeOf, count } from './support/writes';

let app: TestApp;
let staff: string;

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token viewer { id email displayName role credential hostUnit { name } organization { name } expert { name } } } }';
const VIEWER = '{ viewer { id email displayName role credential hostUnit { name } organization { name } expert { name } } }';

beforeAll(async () => {
  app = await startTestApp('auth');
  staff = await app.tokenFor('staff');
});
afterAll(async () => {
  await app?.stop();
});

test('each demo account logs in and the viewer says who and what it manages', async () => {
  const manager = dataOf(await app.query(LOGIN, { input: { email: 'manager@demo.haizhi', password: DEMO_PASSWORD } })).login;
  expect(manager.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  expect(manager.viewer).toMatchObject({ email: 'manager@demo.haizhi', role: 'UNIT_MANAGER', credential: 'TOKEN', hostUnit: { name: '重庆石墨烯研究院有限公司' }, organization: null, expert: null });
  const partner = dataOf(await app.query(VIEWER, undefined, { token: await app.tokenFor('partner') })).viewer;
  expect(partner).toMatchObject({ role: 'PARTNER', organization: { name: '新加坡工程师学会' } });
  const reviewer = dataOf(await app.query(VIEWER, undefined, { token: await app.tokenFor('reviewer') })).viewer;
  expect(reviewer.role).toBe('REVIEWER');
  expect(reviewer.expert?.name).toEqual(expect.any(String));
  expect(dataOf(await app.query(VIEWER)).viewer).toBeNull();
});

test('a wrong email and a wrong password give the same UNAUTHENTICATED answer', async () => {
  const wrongPassword = await app.query(LOGIN, { input: { email: 'staff@demo.haizhi', password: 'not-the-password' } });
  const wrongEmail = await app.query(LOGIN, { input: { email: 'nobody@demo.haizhi', password: DEMO_PASSWORD } });
  expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
  expect(wrongEmail.errors).toEqual(wrongPassword.errors);
});

test('after ten failed logins for one email the next is RATE_LIMITED, even with the right password', async () => {
  const input = { email: 'staff@demo.haizhi', password: DEMO_PASSWORD };
  const create = await app.query('mutation($input: CreateUserInput!) { createUser(input: $input) { user { email } } }', { input: { email: 'limited@example.org', displayName: 'Limited', role: 'STAFF', password: 'right-password-1' } }, { token: staff });
  expect(codeOf(create)).toBeUndefined();
  for (let i = 0; i < 10; i++) expect(codeOf(await app.query(LOGIN, { input: { email: 'limited@example.org', password: `wrong-${i}` } }))).toBe('UNAUTHENTICATED');
  const limited = await app.query(LOGIN, { input: { email: 'limited@example.org', password: 'right-password-1' } });
  expect(codeOf(limited)).toBe('RATE_LIMITED');
  expect(limited.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  // Other accounts are not held back.
  expect(codeOf(await app.query(LOGIN, { input }))).toBeUndefined();
});

test('a deactivated account cannot log in, and its existing token is refused at once with 401', async () => {
  const created = dataOf(await app.query('mutation($input: CreateUserInput!) { createUser(input: $input) { user { id isActive } } }', { input: { email: 'leaving@example.org', displayName: 'Leaving', role: 'STAFF', password: 'leaving-password' } }, { token: staff })).createUser.user;
  const token = dataOf(await app.query(LOGIN, { input: { email: 'leaving@example.org', password: 'leaving-password' } })).login.token;
  expect((await app.post(VIEWER, undefined, { token })).status).toBe(200);
  dataOf(await app.query('mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { isActive } } }', { input: { id: created.id } }, { token: staff }));
  const refused = await app.post(VIEWER, undefined, { token });
  expect({ status: refused.status, code: codeOf(refused.body) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  expect(refused.body.errors?.[0].message).toMatch(/deactivated/);
  expect(codeOf(await app.query(LOGIN, { input: { email: 'leaving@example.org', password: 'leaving-password' } }))).toBe('UNAUTHENTICATED');
  // Deactivating twice names the state; deactivating oneself is refused.
  expect(codeOf(await app.query('mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { id } } }', { input: { id: created.id } }, { token: staff }))).toBe('CONFLICT');
  const self = dataOf(await app.query('{ viewer { id } }', undefined, { token: staff })).viewer.id;
  expect(codeOf(await app.query('mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { id } } }', { input: { id: self } }, { token: staff }))).toBe('BAD_USER_INPUT');
});

test('an expired token, or one signed with another key, is refused with 401 and says which', async () => {
  const [account] = await app.dataSource.query("SELECT id FROM account WHERE email = 'staff@demo.haizhi'");
  // Signed with this server's key, but expired a second ago.
  const expired = await new TokenService({ ...app.config.auth, jwtTtlSeconds: -1 }).issue(Number(account.id));
  const late = await app.post(VIEWER, undefined, { token: expired });
  expect({ status: late.status, code: codeOf(late.body) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  expect(late.body.errors?.[0].message).toMatch(/expired; log in again/);
  // Valid for hours, but signed with another key.
  const forged = await new TokenService({ ...app.config.auth, jwtSecret: 'x'.repeat(40) }).issue(Number(account.id));
  const refused = await app.post(VIEWER, undefined, { token: forged });
  expect({ status: refused.status, code: codeOf(refused.body) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  expect(refused.body.errors?.[0].message).toMatch(/not one this API issued/);
  // The same account's real token still works.
  expect(dataOf(await app.query(VIEWER, undefined, { token: staff })).viewer.email).toBe('staff@demo.haizhi');
});

test('an API key acts with its role and scope; revoked, it is refused at once; only its hash is stored', async () => {
  const partnerOrg = dataOf(await app.query('{ viewer { organization { id } } }', undefined, { token: await app.tokenFor('partner') })).viewer.organization.id;
  const created = dataOf(
    await app.query('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name role prefix revokedAt organization { id } } } }', { input: { name: 'partner app', role: 'PARTNER', organizationId: partnerOrg } }, { token: staff }),
  ).createApiKey;
  expect(created.secret).toMatch(/^hzk_[\w-]{40,}$/);
  expect(created.apiKey).toMatchObject({ name: 'partner app', role: 'PARTNER', revokedAt: null, prefix: created.secret.slice(0, 12), organization: { id: partnerOrg } });
  const rows: { key_hash: string }[] = await app.dataSource.query('SELECT key_hash FROM api_key');
  expect(rows.some((row) => row.key_hash.includes(created.secret) || created.secret.includes(row.key_hash))).toBe(false);
  const audits: { changes: string }[] = await app.dataSource.query("SELECT changes FROM audit_event WHERE action = 'createApiKey'");
  expect(audits.some((audit) => audit.changes.includes(created.secret))).toBe(false);

  const viewer = dataOf(await app.query(VIEWER, undefined, { token: created.secret })).viewer;
  expect(viewer).toMatchObject({ id: created.apiKey.id, role: 'PARTNER', credential: 'API_KEY', email: null, displayName: 'partner app' });
  // A partner key may not do what only STAFF do.
  expect(codeOf(await app.query('mutation { createApiKey(input: { name: "x", role: STAFF }) { secret } }', undefined, { token: created.secret }))).toBe('FORBIDDEN');

  dataOf(await app.query('mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } } }', { input: { id: created.apiKey.id } }, { token: staff }));
  const refused = await app.post(VIEWER, undefined, { token: created.secret });
  expect({ status: refused.status, code: codeOf(refused.body) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  expect(refused.body.errors?.[0].message).toMatch(/revoked/);
});

test('API keys: a REVIEWER key is not issued, a PARTNER key needs its organisation', async () => {
  const reviewer = await app.query('mutation { createApiKey(input: { name: "r", role: REVIEWER }) { secret } }', undefined, { token: staff });
  expect(codeOf(reviewer)).toBe('BAD_USER_INPUT');
  const partner = await app.query('mutation { createApiKey(input: { name: "p", role: PARTNER }) { secret } }', undefined, { token: staff });
  expect(codeOf(partner)).toBe('BAD_USER_INPUT');
  expect(partner.errors?.[0].extensions?.argument).toBe('input.organizationId');
});

test('passwords are stored as argon2id hashes, and no mutation leaves one in the audit trail', async () => {
  const rows: { password_hash: string }[] = await app.dataSource.query("SELECT password_hash FROM account WHERE email = 'staff@demo.haizhi'");
  expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  const audits: { changes: string }[] = await app.dataSource.query("SELECT changes FROM audit_event WHERE action = 'createUser'");
  expect(audits.length).toBeGreaterThan(0);
  for (const audit of audits) {
    expect(audit.changes).not.toMatch(/argon2/);
    expect(JSON.parse(audit.changes).after.passwordHash).toBe('[redacted]');
  }
});

test('users and apiKeys are STAFF lists; a user sees their own account through node(id) and nobody else\'s', async () => {
  const asPartner = await app.query('{ users(first: 5) { totalCount } }', undefined, { token: await app.tokenFor('partner') });
  expect(codeOf(asPartner)).toBe('FORBIDDEN');
  const all = dataOf(await app.query('{ users(first: 100) { totalCount edges { node { email role } } } }', undefined, { token: staff })).users;
  expect(all.edges.map((edge: { node: { email: string } }) => edge.node.email)).toEqual(expect.arrayContaining(['staff@demo.haizhi', 'reviewer@demo.haizhi', 'manager@demo.haizhi', 'partner@demo.haizhi']));
  expect(all.totalCount).toBe(await count(app, 'account'));
});
