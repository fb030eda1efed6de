/**
 * A refused credential's WebSocket close names what was wrong (code 4403, as docs/authorization.md
 * says; the reason is the problem in a few words), over real sockets: at connection_init, and for a
 * credential that goes bad while connected. The event stream's 401 names the same problem in its
 * error message.
 */
import { TokenService } from '../src/auth/tokens';
import { dataOf, startTestApp, TestApp } from './support/app';
import { eventually, rawSocket } from './support/realtime';

let app: TestApp;
let staff: string;

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';

beforeAll(async () => {
  app = await startTestApp('realtime_close_reasons', { realtime: { credentialCheckMs: 300 } });
  staff = await app.tokenFor('staff');
});
afterAll(async () => {
  await app?.stop();
});

async function closeOf(authorization: unknown): Promise<{ code: number; reason: string }> {
  const raw = rawSocket(app.url);
  await raw.opened;
  raw.send({ type: 'connection_init', payload: { authorization } });
  const closed = await raw.closed;
  expect(raw.messages).toEqual([]);
  return closed;
}

/** The event stream's refusal of the same credential: its status and error message. */
async function streamRefusal(authorization: string): Promise<{ status: number; message: string | undefined }> {
  const response = await fetch(`${app.url}/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization },
    body: JSON.stringify({ query: 'subscription { announcementPublished { announcement { id } } }' }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  return { status: response.status, message: body.errors?.[0]?.message };
}

async function apiKey(): Promise<{ id: string; secret: string }> {
  const created = await app.query('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }', { input: { name: 'close reasons', role: 'STAFF' } }, { token: staff });
  const { apiKey: key, secret } = dataOf(created).createApiKey;
  return { id: key.id, secret };
}

async function revoke(id: string): Promise<void> {
  dataOf(await app.query('mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } } }', { input: { id } }, { token: staff }));
}

/** A fresh STAFF account's token, and a way to deactivate that account. */
async function account(email: string): Promise<{ token: string; deactivate(): Promise<void> }> {
  const input = { email, displayName: email, role: 'STAFF', password: 'close-reasons-password' };
  const { id } = dataOf(await app.query('mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }', { input }, { token: staff })).createUser.user;
  const { token } = dataOf(await app.query(LOGIN, { input: { email, password: input.password } })).login;
  return {
    token,
    deactivate: async () => void dataOf(await app.query('mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { isActive } } }', { input: { id } }, { token: staff })),
  };
}

describe('at connection_init, the close reason names the problem (code 4403)', () => {
  test('an expired token, a malformed one, one signed by another key, a header that is not Bearer, a non-string', async () => {
    const [row] = await app.dataSource.query("SELECT id FROM account WHERE email = 'staff@demo.haizhi'");
    const expired = await new TokenService({ ...app.config.auth, jwtTtlSeconds: -1 }).issue(Number(row.id));
    const forged = await new TokenService({ ...app.config.auth, jwtSecret: 'x'.repeat(40) }).issue(Number(row.id));
    const cases: [unknown, string][] = [
      [`Bearer ${expired}`, 'token expired'],
      ['Bearer not-a-token', 'malformed token'],
      [`Bearer ${forged}`, 'token not issued by this API, or altered'],
      ['Basic c3RhZmY6cGFzcw==', 'malformed Authorization: expected "Bearer <token or API key>"'],
      ['Bearer hzk_nonsense', 'unknown API key'],
      [42, 'malformed credential: authorization must be a string'],
    ];
    for (const [authorization, reason] of cases) {
      expect({ authorization, closed: await closeOf(authorization) }).toEqual({ authorization, closed: { code: 4403, reason } });
    }
  });

  test('a revoked API key: "API key revoked"; a deactivated account: "account deactivated"; the stream\'s 401 says the same', async () => {
    const key = await apiKey();
    await revoke(key.id);
    expect(await closeOf(`Bearer ${key.secret}`)).toEqual({ code: 4403, reason: 'API key revoked' });
    expect(await streamRefusal(`Bearer ${key.secret}`)).toEqual({ status: 401, message: expect.stringMatching(/^the API key has been revoked/) });

    const leaving = await account('leaving-at-init@example.org');
    await leaving.deactivate();
    expect(await closeOf(`Bearer ${leaving.token}`)).toEqual({ code: 4403, reason: 'account deactivated' });
    expect(await streamRefusal(`Bearer ${leaving.token}`)).toEqual({ status: 401, message: expect.stringMatching(/^the account this token was issued to has been deactivated/) });

    const [row] = await app.dataSource.query("SELECT id FROM account WHERE email = 'staff@demo.haizhi'");
    const expired = await new TokenService({ ...app.config.auth, jwtTtlSeconds: -1 }).issue(Number(row.id));
    expect(await streamRefusal(`Bearer ${expired}`)).toEqual({ status: 401, message: expect.stringMatching(/^the token has expired; log in again/) });
    expect(await streamRefusal('Bearer not-a-token')).toEqual({ status: 401, message: expect.stringMatching(/^the token is malformed/) });
  });
});

describe('a credential that goes bad while connected closes with the problem as its reason', () => {
  async function connected(authorization: string) {
    const raw = rawSocket(app.url);
    await raw.opened;
    raw.send({ type: 'connection_init', payload: { authorization } });
    await eventually(() => raw.messages.some((message) => message.type === 'connection_ack'), 10_000, 'connection_ack');
    return raw;
  }

  test('revoked: "API key revoked"', async () => {
    const key = await apiKey();
    const raw = await connected(`Bearer ${key.secret}`);
    await revoke(key.id);
    expect(await raw.closed).toEqual({ code: 4403, reason: 'API key revoked' });
  });

  test('deactivated: "account deactivated"', async () => {
    const leaving = await account('leaving-while-connected@example.org');
    const raw = await connected(`Bearer ${leaving.token}`);
    await leaving.deactivate();
    expect(await raw.closed).toEqual({ code: 4403, reason: 'account deactivated' });
  });

  test('expired: "token expired"', async () => {
    const [row] = await app.dataSource.query("SELECT id FROM account WHERE email = 'staff@demo.haizhi'");
    const shortLived = await new TokenService({ ...app.config.auth, jwtTtlSeconds: 1 }).issue(Number(row.id));
    const raw = await connected(`Bearer ${shortLived}`);
    expect(await raw.closed).toEqual({ code: 4403, reason: 'token expired' });
  });
});
