/**
 * The hourly rate limits (docs/api.md, "Rate limits"), over real HTTP, WebSocket and SSE: the
 * x-ratelimit-* headers on every answer, HTTP 429 with RATE_LIMITED and retryAfterSeconds over the
 * budget (a refused request costs nothing), the `rateLimit` field, a key's own limit set by STAFF,
 * one budget shared by two instances through Redis, and TRUST_PROXY: X-Forwarded-For names the
 * client only when the socket's peer is a trusted proxy, for the budgets and for the per-address
 * connection limit alike.
 *
 * The suite's other files run with RATE_LIMITS off (test/support/app.ts); these apps turn them on
 * with small budgets. Each test spends the budget of an address of its own (X-Forwarded-For from
 * the trusted loopback), so the tests do not share one.
 */
import WebSocket from 'ws';
import { loadConfig, ConfigError } from '../src/config';
import { pointsForFetches } from '../src/rate-limit/rate-limits';
import { dataOf, startTestApp, TestApp } from './support/app';
import { eventually } from './support/realtime';
import { describeWithRedis, PrivateRedis } from './support/redis';
import { codeOf } from './support/writes';

const BUDGETS = { enabled: true, anonymousPerHour: 5, accountPerHour: 8, apiKeyPerHour: 6 };
const RATE_LIMIT = '{ rateLimit { limit remaining used resetAt cost } }';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

/** A POST to /graphql as a client behind `from` (X-Forwarded-For), with a credential or none. */
async function ask(app: TestApp, query: string, { from, token, variables }: { from?: string; token?: string; variables?: Record<string, unknown> } = {}): Promise<Answer> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(from ? { 'x-forwarded-for': from } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

/** The x-ratelimit-* headers as numbers. */
function budget(headers: Headers): { limit: number; remaining: number; used: number; reset: number } {
  const read = (name: string) => Number(headers.get(`x-ratelimit-${name}`));
  return { limit: read('limit'), remaining: read('remaining'), used: read('used'), reset: read('reset') };
}

/** A graphql-transport-ws socket opened as a client behind `from`, acknowledged. */
async function socketFrom(app: TestApp, from: string): Promise<{ socket: WebSocket; messages: any[]; closed: Promise<number> }> {
  const socket = new WebSocket(app.url.replace(/^http/, 'ws'), 'graphql-transport-ws', { headers: { 'x-forwarded-for': from } });
  const messages: any[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
  await eventually(() => messages.some((message) => message.type === 'connection_ack') || socket.readyState !== WebSocket.OPEN, 3000, 'connection_ack');
  return { socket, messages, closed };
}

describe('the hourly budgets, behind a trusted proxy', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('rate_limits', { rateLimits: BUDGETS, trustProxy: ['loopback'], realtime: { maxConnectionsPerIp: 1 } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  test('every answer carries the x-ratelimit headers; over the budget: HTTP 429, RATE_LIMITED, retryAfterSeconds, and it costs nothing', async () => {
    const from = '198.51.100.1';
    const before = Math.floor(Date.now() / 1000);
    for (let used = 1; used <= 5; used += 1) {
      const answer = await ask(app, '{ networkStats { stations } }', { from });
      expect(answer.status).toBe(200);
      expect(budget(answer.headers)).toMatchObject({ limit: 5, used, remaining: 5 - used });
      // Epoch seconds, as GitHub's: within the hour that began with the first request.
      expect(budget(answer.headers).reset).toBeGreaterThanOrEqual(before + 3599);
      expect(budget(answer.headers).reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 3600);
    }
    const refused = await ask(app, '{ networkStats { stations } }', { from });
    expect(refused.status).toBe(429);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([
      {
        message: expect.stringMatching(/^rate limit passed: an anonymous caller at your address may spend 5 points an hour, 0 are left and this operation costs 1; try again in \d+ seconds/),
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
      },
    ]);
    const retryAfter = refused.body.errors![0].extensions!.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(refused.headers.get('retry-after')).toBe(String(retryAfter));
    // Refused twice more: still 5 used, not 7 (a refusal spends nothing).
    await ask(app, '{ networkStats { stations } }', { from });
    expect(budget((await ask(app, '{ networkStats { stations } }', { from })).headers)).toMatchObject({ limit: 5, used: 5, remaining: 0 });
    // A mutation is refused the same way before it runs: nothing is written.
    const login = await ask(app, 'mutation { login(input: { email: "staff@demo.haizhi", password: "demo-password" }) { token } }', { from });
    expect({ status: login.status, code: codeOf(login.body as any) }).toEqual({ status: 429, code: 'RATE_LIMITED' });
    // Another address has its own budget.
    expect(budget((await ask(app, '{ __typename }', { from: '198.51.100.2' })).headers)).toMatchObject({ limit: 5, used: 1 });
  });

  test('a request that never runs (a parse error, a validation error) is not charged but still reports the budget', async () => {
    const from = '198.51.100.3';
    await ask(app, '{ __typename }', { from });
    const broken = await ask(app, '{ networkStats { ', { from });
    expect(broken.status).toBe(400);
    expect(budget(broken.headers)).toMatchObject({ limit: 5, used: 1, remaining: 4 });
    const invalid = await ask(app, '{ noSuchField }', { from });
    expect(invalid.status).toBe(400);
    expect(budget(invalid.headers)).toMatchObject({ used: 1 });
    // A refused credential has no bucket to report: 401, and no headers.
    const refused = await ask(app, '{ __typename }', { from, token: 'not-a-token' });
    expect({ status: refused.status, code: codeOf(refused.body as any), limit: refused.headers.get('x-ratelimit-limit') }).toEqual({ status: 401, code: 'UNAUTHENTICATED', limit: null });
    expect(budget((await ask(app, '{ __typename }', { from })).headers)).toMatchObject({ used: 2 });
  });

  test('rateLimit reports the caller’s own bucket after this request’s charge, as the headers do', async () => {
    const from = '198.51.100.4';
    await ask(app, '{ __typename }', { from });
    const answer = await ask(app, RATE_LIMIT, { from });
    const field = dataOf(answer.body).rateLimit;
    expect(field).toEqual({ limit: 5, remaining: 3, used: 2, cost: 1, resetAt: expect.any(String) });
    expect(Math.ceil(Date.parse(field.resetAt) / 1000)).toBe(budget(answer.headers).reset);
    // A signed-in caller sees the account's bucket, not the address's, and not anyone else's.
    const partner = await app.tokenFor('partner');
    const mine = dataOf((await ask(app, RATE_LIMIT, { from, token: partner })).body).rateLimit;
    expect(mine).toMatchObject({ limit: 8, used: 1, remaining: 7, cost: 1 });
    const again = await ask(app, RATE_LIMIT, { from: '198.51.100.99', token: partner });
    expect(dataOf(again.body).rateLimit).toMatchObject({ limit: 8, used: 2 });
    expect(dataOf((await ask(app, RATE_LIMIT, { from })).body).rateLimit).toMatchObject({ limit: 5, used: 3 });
  });

  test('STAFF set an API key’s own limit, at creation and later; it holds from the key’s next request', async () => {
    const staff = await app.tokenFor('staff');
    const created = dataOf(
      (
        await ask(app, 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id rateLimitPerHour } } }', {
          token: staff,
          variables: { input: { name: 'limited app', role: 'STAFF', rateLimitPerHour: 3 } },
        })
      ).body,
    ).createApiKey;
    expect(created.apiKey.rateLimitPerHour).toBe(3);
    for (let used = 1; used <= 3; used += 1) expect(budget((await ask(app, '{ __typename }', { token: created.secret })).headers)).toMatchObject({ limit: 3, used });
    const refused = await ask(app, '{ __typename }', { token: created.secret });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0].message).toMatch(/^rate limit passed: this API key may spend 3 points an hour/);

    const SET = 'mutation($input: SetApiKeyRateLimitInput!) { setApiKeyRateLimit(input: $input) { apiKey { rateLimitPerHour } } }';
    const raised = await ask(app, SET, { token: staff, variables: { input: { id: created.apiKey.id, rateLimitPerHour: 5 } } });
    expect(dataOf(raised.body).setApiKeyRateLimit.apiKey.rateLimitPerHour).toBe(5);
    // The points spent stay spent: 3 of 5, so two more.
    expect(budget((await ask(app, '{ __typename }', { token: created.secret })).headers)).toMatchObject({ limit: 5, used: 4, remaining: 1 });
    // Back to the default for keys (6).
    dataOf((await ask(app, SET, { token: staff, variables: { input: { id: created.apiKey.id, rateLimitPerHour: null } } })).body);
    expect(budget((await ask(app, '{ __typename }', { token: created.secret })).headers)).toMatchObject({ limit: 6, used: 5 });
    // A default key has the default; nonsense limits are refused with the rule.
    const plain = dataOf((await ask(app, 'mutation { createApiKey(input: { name: "plain app", role: STAFF }) { secret apiKey { rateLimitPerHour } } }', { token: staff })).body).createApiKey;
    expect(plain.apiKey.rateLimitPerHour).toBeNull();
    expect(budget((await ask(app, '{ __typename }', { token: plain.secret })).headers)).toMatchObject({ limit: 6, used: 1 });
    const zero = await ask(app, SET, { token: staff, variables: { input: { id: created.apiKey.id, rateLimitPerHour: 0 } } });
    expect(codeOf(zero.body as any)).toBe('BAD_USER_INPUT');
    expect(zero.body.errors?.[0].message).toMatch(/rateLimitPerHour must be at least 1/);
    // Only STAFF (docs/authorization.md's row; the matrix test probes every role).
    const partner = await ask(app, SET, { token: await app.tokenFor('partner'), variables: { input: { id: created.apiKey.id, rateLimitPerHour: 1000 } } });
    expect(codeOf(partner.body as any)).toBe('FORBIDDEN');
  });

  test('over WebSocket each operation is charged from the same budget, and the one over is refused with RATE_LIMITED', async () => {
    const from = '198.51.100.5';
    await ask(app, '{ __typename }', { from });
    await ask(app, '{ __typename }', { from });
    const { socket, messages } = await socketFrom(app, from);
    try {
      for (let id = 1; id <= 4; id += 1) socket.send(JSON.stringify({ id: String(id), type: 'subscribe', payload: { query: RATE_LIMIT } }));
      await eventually(() => messages.filter((message) => message.type === 'complete' || message.type === 'error').length === 4, 5000, 'four answers');
      const nexts = messages.filter((message) => message.type === 'next').map((message) => message.payload.data.rateLimit.used);
      expect(nexts.sort()).toEqual([3, 4, 5]);
      const refused = messages.find((message) => message.type === 'error');
      expect(refused.payload).toEqual([{ message: expect.stringMatching(/^rate limit passed/), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } }]);
      expect(socket.readyState).toBe(WebSocket.OPEN);
    } finally {
      socket.close();
    }
    await eventually(() => app.realtime.stats().connections === 0, 3000, 'the socket to close');
  });

  test('over SSE a subscription is charged once, at subscribe; over the budget it gets 429 and no stream', async () => {
    const from = '198.51.100.6';
    const stream = (signal?: AbortSignal) =>
      fetch(`${app.url}/stream`, {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-forwarded-for': from },
        body: JSON.stringify({ query: 'subscription { announcementPublished { cursor } }' }),
      });
    const abort = new AbortController();
    const open = await stream(abort.signal);
    expect(open.status).toBe(200);
    await eventually(() => app.realtime.stats().streams === 1, 3000, 'the stream to start');
    abort.abort();
    await eventually(() => app.realtime.stats().connections === 0, 3000, 'the stream to end');
    expect(budget((await ask(app, '{ __typename }', { from })).headers)).toMatchObject({ used: 2 });
    for (let i = 0; i < 3; i += 1) await ask(app, '{ __typename }', { from });
    const refused = await stream();
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ errors: [{ message: expect.stringMatching(/^rate limit passed/), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } }] });
    expect(app.realtime.stats().connections).toBe(0);
  });

  test('TRUST_PROXY: from a trusted peer X-Forwarded-For names the client, for the connection limit too', async () => {
    // One connection per address here: two clients behind the proxy each get theirs.
    const one = await socketFrom(app, '203.0.113.1');
    const two = await socketFrom(app, '203.0.113.2');
    const again = await socketFrom(app, '203.0.113.1');
    try {
      expect(await again.closed).toBe(4430);
      expect(one.socket.readyState).toBe(WebSocket.OPEN);
      expect(two.socket.readyState).toBe(WebSocket.OPEN);
    } finally {
      one.socket.close();
      two.socket.close();
    }
    // The client is the left-most address the trusted hops vouch for.
    expect(budget((await ask(app, '{ __typename }', { from: '203.0.113.7, 127.0.0.1' })).headers).used).toBe(1);
    expect(budget((await ask(app, '{ __typename }', { from: '203.0.113.7' })).headers).used).toBe(2);
    await eventually(() => app.realtime.stats().connections === 0, 3000, 'the sockets to close');
  });
});

describe('without TRUST_PROXY', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('rate_limits_untrusted', { seed: false, rateLimits: BUDGETS, realtime: { maxConnectionsPerIp: 1 } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  test('a spoofed X-Forwarded-For is ignored: the socket’s address counts, for the budget and the connection limit', async () => {
    expect(budget((await ask(app, '{ __typename }', { from: '192.0.2.1' })).headers)).toMatchObject({ limit: 5, used: 1 });
    expect(budget((await ask(app, '{ __typename }', { from: '192.0.2.2' })).headers)).toMatchObject({ limit: 5, used: 2 });
    expect(budget((await ask(app, '{ __typename }')).headers)).toMatchObject({ limit: 5, used: 3 });
    const one = await socketFrom(app, '192.0.2.3');
    const two = await socketFrom(app, '192.0.2.4');
    try {
      expect(await two.closed).toBe(4430);
    } finally {
      one.socket.close();
    }
    await eventually(() => app.realtime.stats().connections === 0, 3000, 'the sockets to close');
  });
});

describe('with RATE_LIMITS=off', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('rate_limits_off', { seed: false, rateLimits: { ...BUDGETS, enabled: false } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  test('nothing is counted: no headers, rateLimit is null, and requests past the budget still answer', async () => {
    for (let i = 0; i < 6; i += 1) expect((await ask(app, '{ __typename }')).status).toBe(200);
    const answer = await ask(app, RATE_LIMIT);
    expect(answer.status).toBe(200);
    expect(dataOf(answer.body).rateLimit).toBeNull();
    expect(answer.headers.get('x-ratelimit-limit')).toBeNull();
  });
});

describeWithRedis('two instances through Redis', () => {
  let redis: PrivateRedis;
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    redis = await PrivateRedis.start();
    one = await startTestApp('rate_limits_redis', { seed: false, rateLimits: BUDGETS, redisUrl: redis.url, trustProxy: ['loopback'] });
    two = await startTestApp('rate_limits_redis_two', { rateLimits: BUDGETS, redisUrl: redis.url, trustProxy: ['loopback'], sharing: one });
  });
  afterAll(async () => {
    await two?.stop();
    await one?.stop();
    await redis?.close();
  });

  test('share one budget: what one instance charged, the other counts on from', async () => {
    // Until an instance's Redis client is connected it counts in memory (its insurance): wait for both.
    let probe = 0;
    await eventually(
      async () => {
        probe += 1;
        await ask(one, '{ __typename }', { from: `192.0.2.${probe}` });
        return budget((await ask(two, '{ __typename }', { from: `192.0.2.${probe}` })).headers).used === 2;
      },
      10_000,
      'both instances to count in Redis',
    );
    const from = '198.51.100.20';
    const used: number[] = [];
    for (const app of [one, two, one, two, two]) used.push(budget((await ask(app, '{ __typename }', { from })).headers).used);
    expect(used).toEqual([1, 2, 3, 4, 5]);
    const refused = await ask(one, '{ __typename }', { from });
    expect({ status: refused.status, code: codeOf(refused.body as any) }).toEqual({ status: 429, code: 'RATE_LIMITED' });
    expect(dataOf((await ask(two, RATE_LIMIT, { from: '198.51.100.21' })).body).rateLimit).toMatchObject({ used: 1, limit: 5 });
  });
});

describe('with Redis unreachable', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Nothing listens on port 1: every Redis command fails at once.
    app = await startTestApp('rate_limits_no_redis', { seed: false, rateLimits: BUDGETS, redisUrl: 'redis://127.0.0.1:1' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  test('an outage never blocks a request: each instance counts in memory meanwhile, limits included', async () => {
    const started = Date.now();
    const used: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const answer = await ask(app, '{ __typename }');
      expect(answer.status).toBe(200);
      used.push(budget(answer.headers).used);
    }
    expect(used).toEqual([1, 2, 3, 4, 5]);
    expect((await ask(app, '{ __typename }')).status).toBe(429);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('the settings', () => {
  test('RATE_LIMITS is on by default with GitHub’s budgets; each class of caller has its own setting; TRUST_PROXY is checked', () => {
    const defaults = loadConfig({});
    expect(defaults.rateLimits).toMatchObject({ enabled: true, anonymousPerHour: 1000, accountPerHour: 5000, apiKeyPerHour: 5000, windowSeconds: 3600 });
    expect(defaults.rateLimits.login).toMatchObject({ perAccountAndAddress: 10, windowSeconds: 900 });
    expect(defaults.trustProxy).toEqual([]);
    const set = loadConfig({ RATE_LIMITS: 'off', RATE_LIMIT_ANONYMOUS: '60', RATE_LIMIT_ACCOUNT: '600', RATE_LIMIT_API_KEY: '6000', TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' });
    expect(set.rateLimits).toMatchObject({ enabled: false, anonymousPerHour: 60, accountPerHour: 600, apiKeyPerHour: 6000 });
    expect(set.trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'the-balancer' })).toThrow(/^TRUST_PROXY: /);
    expect(() => loadConfig({ RATE_LIMIT_ACCOUNT: '0' })).toThrow(/^RATE_LIMIT_ACCOUNT: /);
  });

  test('a request costs its connection fetches divided by 100, at least one point (GitHub’s rule)', () => {
    expect([0, 1, 100, 101, 129, 200, 201].map(pointsForFetches)).toEqual([1, 1, 1, 2, 2, 2, 3]);
  });
});
