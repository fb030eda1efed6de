/**
 * GET /metrics over real HTTP: an operation just made is counted (by transport, type, name and
 * outcome), errors by code, open WebSocket connections and subscriptions and the database pool read
 * at scrape time, operation names capped, and METRICS_TOKEN enforced. Request ids are echoed.
 */
import { startTestApp, TestApp } from './support/app';
import { isMysqlRun } from './support/database';
import { eventually, subscribed } from './support/realtime';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('observability-metrics');
});
afterAll(async () => {
  await app?.stop();
});

const base = () => app.url.replace(/\/graphql$/, '');

async function scrape(headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${base()}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one series (0 when absent), labels matched exactly. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = match[2] ? match[2].split(/,(?=[a-z_]+=")/) : [];
    if (have.length === wanted.length && wanted.every((label) => have.includes(label))) return Number(match[3]);
  }
  return 0;
}

test('/healthz says the process is up; /readyz that its database answers', async () => {
  expect(await (await fetch(`${base()}/healthz`)).json()).toEqual({ status: 'ok' });
  const ready = await fetch(`${base()}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready', database: 'up', events: 'in-process' });
});

test('/metrics counts a query that was just made, with its latency, by name and type', async () => {
  const labels = { transport: 'http', type: 'query', operation: 'MetricsProbe', outcome: 'success' };
  const before = await scrape();
  expect(sample(before, 'haizhi_graphql_operations_total', labels)).toBe(0);
  const [{ n }] = await app.dataSource.query('SELECT COUNT(*) AS n FROM station');
  expect((await app.query('query MetricsProbe { networkStats { stations } }')).data).toEqual({ networkStats: { stations: Number(n) } });
  const after = await scrape();
  expect(sample(after, 'haizhi_graphql_operations_total', labels)).toBe(1);
  expect(sample(after, 'haizhi_graphql_operation_duration_seconds_count', { type: 'query', operation: 'MetricsProbe' })).toBe(1);
  expect(sample(after, 'haizhi_graphql_operation_duration_seconds_sum', { type: 'query', operation: 'MetricsProbe' })).toBeGreaterThan(0);
  // A mutation's type, and an anonymous operation.
  await app.query('mutation MetricsLogin { login(input: { email: "staff@demo.haizhi", password: "wrong" }) { token } }');
  await app.query('{ networkStats { stations } }');
  const later = await scrape();
  expect(sample(later, 'haizhi_graphql_operations_total', { transport: 'http', type: 'mutation', operation: 'MetricsLogin', outcome: 'error' })).toBe(1);
  expect(sample(later, 'haizhi_graphql_operations_total', { transport: 'http', type: 'query', operation: '(anonymous)', outcome: 'success' })).toBeGreaterThanOrEqual(1);
  // The process's default metrics are there too.
  expect(sample(later, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  expect(sample(later, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
});

test('errors are counted by their code: validation, parse, a bad credential (401), a wrong password', async () => {
  const before = await scrape();
  await app.query('query Broken { noSuchField }');
  await app.query('{ networkStats {');
  const refused = await app.post('{ networkStats { stations } }', undefined, { authorization: 'Bearer not-a-token' });
  expect(refused.status).toBe(401);
  await app.query('mutation { login(input: { email: "staff@demo.haizhi", password: "wrong" }) { token } }');
  const after = await scrape();
  for (const code of ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'UNAUTHENTICATED']) {
    expect({ code, counted: sample(after, 'haizhi_graphql_errors_total', { code }) - sample(before, 'haizhi_graphql_errors_total', { code }) }).toEqual({
      code,
      counted: code === 'UNAUTHENTICATED' ? 2 : 1,
    });
  }
  // A document that failed validation still has its type and name.
  expect(sample(after, 'haizhi_graphql_operations_total', { transport: 'http', type: 'query', operation: 'Broken', outcome: 'error' })).toBe(1);
});

test('open WebSocket connections and subscriptions are read at scrape time; operations over WebSocket and SSE are counted', async () => {
  const before = await scrape();
  expect(sample(before, 'haizhi_realtime_connections')).toBe(0);
  const ws = await subscribed(app, 'subscription WsFigures { networkStatsChanged { stations } }');
  const sse = await subscribed(app, 'subscription SseFigures { networkStatsChanged { stations } }', {}, { transport: 'sse' });
  try {
    const open = await scrape();
    expect(sample(open, 'haizhi_realtime_connections')).toBe(2);
    expect(sample(open, 'haizhi_realtime_subscriptions')).toBe(2);
    expect(sample(open, 'haizhi_graphql_operations_total', { transport: 'websocket', type: 'subscription', operation: 'WsFigures', outcome: 'success' })).toBe(1);
    expect(sample(open, 'haizhi_graphql_operations_total', { transport: 'sse', type: 'subscription', operation: 'SseFigures', outcome: 'success' })).toBe(1);
  } finally {
    await ws.close();
    await sse.close();
  }
  // The server sees the sockets close on its own time.
  await eventually(async () => sample(await scrape(), 'haizhi_realtime_subscriptions') === 0, 5000, 'the subscriptions to end');
});

test('the database pool is reported at scrape time', async () => {
  const text = await scrape();
  const limit = sample(text, 'haizhi_db_pool_connections', { state: 'limit' });
  expect(limit).toBe(isMysqlRun() ? 10 : 1);
  const all = sample(text, 'haizhi_db_pool_connections', { state: 'all' });
  expect(all).toBeGreaterThanOrEqual(1);
  expect(all).toBeLessThanOrEqual(limit);
  expect(sample(text, 'haizhi_db_pool_connections', { state: 'free' }) + sample(text, 'haizhi_db_pool_connections', { state: 'used' })).toBe(all);
  expect(text).toMatch(/^haizhi_db_pool_queued 0$/m);
});

test('operation names are capped: past 100 distinct names, the rest count as "(other)"', async () => {
  const known = new Set([...(await scrape()).matchAll(/operation="([^"]+)"/g)].map((match) => match[1]).filter((name) => !name.startsWith('(')));
  const fresh = 100 - known.size + 5;
  for (let i = 0; i < fresh; i++) await app.query(`query Flood${i} { __typename }`);
  const text = await scrape();
  const names = new Set(text.match(/haizhi_graphql_operations_total\{[^}]*operation="([^"]+)"/g)!.map((line) => /operation="([^"]+)"/.exec(line)![1]));
  // 100 names, plus "(anonymous)" and "(other)".
  expect(names.size).toBe(102);
  expect(names.has('(other)')).toBe(true);
  expect(sample(text, 'haizhi_graphql_operations_total', { transport: 'http', type: 'query', operation: '(other)', outcome: 'success' })).toBeGreaterThanOrEqual(5);
});

test('x-request-id is echoed when sane, replaced when not', async () => {
  const post = (id: string) => fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': id }, body: '{"query":"{ __typename }"}' });
  expect((await post('  trace-42.a:b  ')).headers.get('x-request-id')).toBe('trace-42.a:b');
  for (const bad of ['two words', 'x'.repeat(129), '"quoted"', '']) {
    const echoed = (await post(bad)).headers.get('x-request-id');
    expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
  }
  expect((await fetch(`${base()}/healthz`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

describe('with METRICS_TOKEN set', () => {
  let guarded: TestApp;
  const token = 'scrape-token-0123456789abcdef';
  beforeAll(async () => {
    process.env.METRICS_TOKEN = token;
    try {
      guarded = await startTestApp('observability-metrics-token', { seed: false });
    } finally {
      delete process.env.METRICS_TOKEN;
    }
  });
  afterAll(async () => {
    await guarded?.stop();
  });

  test('a scrape without the token, or with another, is 401; with it, 200', async () => {
    const url = guarded.url.replace(/\/graphql$/, '/metrics');
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: token } })).status).toBe(401);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/^haizhi_realtime_connections 0$/m);
  });
});
