/**
 * The login limits (docs/api.md, "Rate limits"), as an attacker would try them, over real HTTP:
 * a slot is taken before the password is checked, so 50 parallel wrong guesses check at most 10
 * passwords (counted: src/auth/passwords.ts counts every check); the count is the account's,
 * whatever spelling the database folds to it (case everywhere, accents on MariaDB); an attacker at
 * other addresses slows an account down but never locks its owner out of an address they sign in
 * from; one address cannot spray guesses across accounts; the window expires; and two instances
 * count together through Redis.
 *
 * Every client here sits behind the trusted loopback proxy and is named by X-Forwarded-For, so
 * each test attacks from addresses of its own.
 */
import { DEMO_PASSWORD } from '../seeds/demo-accounts';
import { passwordChecks } from '../src/auth/passwords';
import { loginSubject } from '../src/rate-limit/login-limits';
import { dataOf, startTestApp, TestApp } from './support/app';
import { eventually } from './support/realtime';
import { describeWithRedis, PrivateRedis } from './support/redis';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';

interface Attempt {
  status: number;
  code: string | undefined;
  message: string | undefined;
  retryAfterSeconds: number | undefined;
  token: string | undefined;
}

/** A login from a client at `from`. */
async function login(app: TestApp, email: string, password: string, from: string): Promise<Attempt> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } | null } | null; errors?: { message: string; extensions?: Record<string, any> }[] };
  const error = body.errors?.[0];
  return { status: response.status, code: error?.extensions?.code, message: error?.message, retryAfterSeconds: error?.extensions?.retryAfterSeconds, token: body.data?.login?.token };
}

/** How many passwords `send` made the process check. */
async function checksDuring<T>(send: () => Promise<T>): Promise<{ result: T; checks: number }> {
  const before = passwordChecks.count;
  const result = await send();
  return { result, checks: passwordChecks.count - before };
}

const tally = (attempts: Attempt[]) => attempts.reduce<Record<string, number>>((counts, attempt) => ({ ...counts, [attempt.code ?? 'OK']: (counts[attempt.code ?? 'OK'] ?? 0) + 1 }), {});

async function newAccount(app: TestApp, email: string, password: string): Promise<void> {
  const input = { email, displayName: email, role: 'STAFF', password };
  dataOf(await app.query('mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }', { input }, { token: await app.tokenFor('staff') }));
}

describe('one instance', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('login_limits', { trustProxy: ['loopback'], loginLimits: { perAccount: 20, perAddress: 30 } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  test('50 parallel wrong guesses for one account from one address: 10 passwords checked, 40 RATE_LIMITED unchecked', async () => {
    await newAccount(app, 'parallel@example.org', 'the-right-password');
    const from = '198.51.100.1';
    const { result: attempts, checks } = await checksDuring(() => Promise.all(Array.from({ length: 50 }, (_, i) => login(app, 'parallel@example.org', `wrong-guess-${i}`, from))));
    expect(checks).toBe(10);
    expect(tally(attempts)).toEqual({ UNAUTHENTICATED: 10, RATE_LIMITED: 40 });
    for (const refused of attempts.filter((attempt) => attempt.code === 'RATE_LIMITED')) {
      expect(refused.status).toBe(429);
      expect(refused.message).toMatch(/^too many failed logins for this account from your address: at most 10 in 15 minutes; try again in \d+ seconds$/);
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(900);
    }
    // The right password from that address is refused too, and is not checked.
    const right = await checksDuring(() => login(app, 'parallel@example.org', 'the-right-password', from));
    expect({ code: right.result.code, checks: right.checks }).toEqual({ code: 'RATE_LIMITED', checks: 0 });
    // The owner at their own address is not locked out by the attacker's guesses.
    const owner = await login(app, 'parallel@example.org', 'the-right-password', '198.51.100.2');
    expect(owner.code).toBeUndefined();
    expect(owner.token).toEqual(expect.any(String));
  });

  test('the count is the account’s whatever the spelling the database folds to it: case on both databases, accents on MariaDB', async () => {
    const from = '198.51.100.10';
    const spellings = ['partner@demo.haizhi', 'PARTNER@demo.haizhi', 'Partner@Demo.Haizhi', ' partner@DEMO.haizhi '];
    for (let i = 0; i < 10; i += 1) expect((await login(app, spellings[i % spellings.length], `wrong-${i}`, from)).code).toBe('UNAUTHENTICATED');
    expect((await login(app, 'PARTNER@DEMO.HAIZHI', DEMO_PASSWORD, from)).code).toBe('RATE_LIMITED');
    // The accented spelling gets no fresh guesses at the real account, and never logs in to it.
    const accented = await login(app, 'pártner@demo.haizhi', DEMO_PASSWORD, from);
    expect(accented.token).toBeUndefined();
    if (app.db.kind === 'mysql') {
      // MariaDB's collation finds the account under the accented spelling: the same counter.
      expect(accented.code).toBe('RATE_LIMITED');
      const other = '198.51.100.11';
      for (let i = 0; i < 10; i += 1) expect((await login(app, i % 2 ? 'PÁRTNER@demo.haizhi' : 'pàrtner@demo.haizhi', `wrong-${i}`, other)).code).toBe('UNAUTHENTICATED');
      expect((await login(app, 'partner@demo.haizhi', DEMO_PASSWORD, other)).code).toBe('RATE_LIMITED');
    } else {
      // SQLite compares exactly: the accented spelling names no account, so it can log in to none.
      expect(accented.code).toBe('UNAUTHENTICATED');
    }
    // Where the database finds no account, the email is folded (case and accents) for the count.
    expect(loginSubject(null, ' PÁRTNER@demo.haizhi')).toBe(loginSubject(null, 'partner@demo.haizhi'));
    expect(loginSubject(7, 'pártner@demo.haizhi')).toBe('account:7');
  });

  test('back-off per account: past 20 failures from addresses it never signed in from, only its known addresses may try', async () => {
    await newAccount(app, 'besieged@example.org', 'besieged-password');
    const home = '198.51.100.20';
    expect((await login(app, 'besieged@example.org', 'besieged-password', home)).token).toEqual(expect.any(String));
    const attackers = ['203.0.113.1', '203.0.113.2'];
    const { checks } = await checksDuring(() => Promise.all(attackers.flatMap((from) => Array.from({ length: 10 }, (_, i) => login(app, 'besieged@example.org', `guess-${from}-${i}`, from)))));
    expect(checks).toBe(20);
    // A third address, fresh for its own pair, is refused without a check.
    const third = await checksDuring(() => login(app, 'besieged@example.org', 'besieged-password', '203.0.113.3'));
    expect(third.checks).toBe(0);
    expect(third.result).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(third.result.message).toMatch(/^too many failed logins for this account from addresses it has not signed in from: at most 20 in 15 minutes; an address it signed in from before can still log in; try again in \d+ seconds$/);
    // The owner at home is not locked out: a typo, then the right password.
    expect((await login(app, 'besieged@example.org', 'a-typo', home)).code).toBe('UNAUTHENTICATED');
    expect((await login(app, 'besieged@example.org', 'besieged-password', home)).token).toEqual(expect.any(String));
    // Other accounts are not held back from the attackers' addresses either.
    expect((await login(app, 'reviewer@demo.haizhi', DEMO_PASSWORD, attackers[0])).token).toEqual(expect.any(String));
  });

  test('one address cannot spray guesses across accounts: 30 failures, then RATE_LIMITED for any email, known or not', async () => {
    const from = '203.0.113.50';
    const emails = ['sprayed-1@example.org', 'sprayed-2@example.org', 'manager@demo.haizhi'];
    const { result, checks } = await checksDuring(() => Promise.all(emails.flatMap((email) => Array.from({ length: 10 }, (_, i) => login(app, email, `spray-${i}`, from)))));
    expect({ checks, tally: tally(result) }).toEqual({ checks: 30, tally: { UNAUTHENTICATED: 30 } });
    const unknown = await checksDuring(() => login(app, 'sprayed-4@example.org', 'spray', from));
    const known = await checksDuring(() => login(app, 'staff@demo.haizhi', DEMO_PASSWORD, from));
    for (const refused of [unknown, known]) {
      expect(refused.checks).toBe(0);
      expect(refused.result.message).toMatch(/^too many failed logins from your address: at most 30 in 15 minutes; try again in \d+ seconds$/);
    }
    // An email with no account is limited exactly as a real one: the answers do not tell which exist.
    const ghost = '203.0.113.51';
    const [realFrom, ghostFrom] = ['203.0.113.52', ghost];
    await Promise.all(Array.from({ length: 10 }, (_, i) => [login(app, 'nobody@example.org', `x-${i}`, ghostFrom), login(app, 'manager@demo.haizhi', `x-${i}`, realFrom)]).flat());
    const [noAccount, account] = await Promise.all([login(app, 'nobody@example.org', 'x', ghostFrom), login(app, 'manager@demo.haizhi', 'x', realFrom)]);
    expect({ ...noAccount, message: noAccount.message?.replace(/\d+ seconds/, 'N seconds') }).toEqual({ ...account, message: account.message?.replace(/\d+ seconds/, 'N seconds'), retryAfterSeconds: noAccount.retryAfterSeconds });
  });
});

test('the window expires: after it the count starts again (2 checks in 5 seconds here; 10 in 15 minutes by default)', async () => {
  // A short window, and a small limit so the guesses fit well inside it on a busy machine.
  const app = await startTestApp('login_limits_window', { trustProxy: ['loopback'], loginLimits: { windowSeconds: 5, perAccountAndAddress: 2 } });
  try {
    const from = '198.51.100.30';
    const guesses = await Promise.all([0, 1].map((i) => login(app, 'staff@demo.haizhi', `wrong-${i}`, from)));
    expect(tally(guesses)).toEqual({ UNAUTHENTICATED: 2 });
    const refused = await login(app, 'staff@demo.haizhi', DEMO_PASSWORD, from);
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.message).toMatch(/^too many failed logins for this account from your address: at most 2 in 5 seconds; try again in [1-5] seconds$/);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(5);
    await new Promise((resolve) => setTimeout(resolve, refused.retryAfterSeconds! * 1000 + 100));
    expect((await login(app, 'staff@demo.haizhi', DEMO_PASSWORD, from)).token).toEqual(expect.any(String));
  } finally {
    await app.stop();
  }
});

describeWithRedis('two instances through Redis', () => {
  let redis: PrivateRedis;
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    redis = await PrivateRedis.start();
    const options = { trustProxy: ['loopback'], redisUrl: redis.url, rateLimits: { enabled: true, anonymousPerHour: 100_000 } };
    one = await startTestApp('login_limits_redis', options);
    two = await startTestApp('login_limits_redis_two', { ...options, sharing: one });
  });
  afterAll(async () => {
    await two?.stop();
    await one?.stop();
    await redis?.close();
  });

  test('count together: 50 parallel wrong guesses split across both check 10 passwords', async () => {
    // Until an instance's Redis client is connected it counts in memory (its insurance): wait for both.
    let probe = 0;
    const used = async (app: TestApp, from: string) => Number((await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body: '{"query":"{ __typename }"}' })).headers.get('x-ratelimit-used'));
    await eventually(async () => {
      probe += 1;
      await used(one, `192.0.2.${probe}`);
      return (await used(two, `192.0.2.${probe}`)) === 2;
    }, 10_000, 'both instances to count in Redis');

    const from = '198.51.100.40';
    const { result, checks } = await checksDuring(() => Promise.all(Array.from({ length: 50 }, (_, i) => login(i % 2 ? two : one, 'manager@demo.haizhi', `wrong-${i}`, from))));
    expect(checks).toBe(10);
    expect(tally(result)).toEqual({ UNAUTHENTICATED: 10, RATE_LIMITED: 40 });
    expect((await login(one, 'manager@demo.haizhi', DEMO_PASSWORD, from)).code).toBe('RATE_LIMITED');
    expect((await login(two, 'manager@demo.haizhi', DEMO_PASSWORD, from)).code).toBe('RATE_LIMITED');
    expect((await login(two, 'manager@demo.haizhi', DEMO_PASSWORD, '198.51.100.41')).token).toEqual(expect.any(String));
  });
});
