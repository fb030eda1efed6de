/**
 * SIGTERM on the real server process (node dist/src/main.js, as `npm start` runs it, over a fresh
 * database): it stops accepting, answers the request in flight, closes the WebSocket with 1001
 * (going away), closes Redis and the database and exits 0, all within 10 s. Events travel through
 * a private Redis (REDIS_URL; test/support/redis.ts), so its connections are among what must close.
 */
import { ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { dropDatabase, freshDatabaseConfig } from './support/database';
import { eventually, rawSocket } from './support/realtime';
import { PrivateRedis, testWithRedis } from './support/redis';

const db = freshDatabaseConfig('graceful_shutdown');
let redis: PrivateRedis;
let server: ChildProcess;
let output = '';
let url: string;
let exited: Promise<{ code: number | null; signal: string | null; at: number }>;

// Only while the test runs: jest skips these hooks when it skips the test (no redis-server).
beforeAll(async () => {
  redis = await PrivateRedis.start();
  server = spawn(process.execPath, [path.join(__dirname, '..', 'dist', 'src', 'main.js')], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'test', REDIS_URL: redis.url, REDIS_CHANNEL_PREFIX: `haizhi-test:shutdown:${process.pid}:` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
  // Migrating and seeding a fresh database comes first.
  await eventually(() => /listening at (\S+)/.test(output) || server.exitCode !== null, 60_000, 'the server to listen');
  url = /listening at (\S+)/.exec(output)?.[1] ?? '';
  if (!url) throw new Error(`the server did not start:\n${output}`);
}, 70_000);

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  await redis?.close();
  await dropDatabase(db);
});

/** A POST whose body arrives in two halves, so the request is in flight for as long as the test wants. */
function slowRequest(target: string, body: string) {
  const request = http.request(target, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.once('response', (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.once('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.once('error', reject);
  });
  const half = Math.floor(body.length / 2);
  request.write(body.slice(0, half));
  return { answered, finish: () => request.end(body.slice(half)) };
}

testWithRedis('SIGTERM: stops accepting, answers the request in flight, closes the socket with 1001, exits 0 within 10 s', async () => {
  const metricsUrl = url.replace(/\/graphql$/, '/metrics');
  // Redis connects in the background: the server may listen a moment before it is ready.
  const readiness = async () => (await (await fetch(url.replace(/\/graphql$/, '/readyz'))).json()) as { status: string };
  await eventually(async () => (await readiness()).status === 'ready', 10_000, 'the server to be ready');
  expect(await readiness()).toEqual({ status: 'ready', database: 'up', events: 'up' });
  // The seeded network's stations (the article's and those generated since), for the answer below.
  const { data: counted } = (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ networkStats { stations } }' }) })).json()) as {
    data: { networkStats: { stations: number } };
  };
  expect(counted.networkStats.stations).toBeGreaterThan(64);
  // A WebSocket subscription, open and streaming.
  const socket = rawSocket(url);
  await socket.opened;
  socket.send({ type: 'connection_init', payload: {} });
  await eventually(() => socket.messages.some((m) => m.type === 'connection_ack'), 5_000, 'connection_ack');
  socket.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { networkStatsChanged { stations } }' } });
  await eventually(async () => /^haizhi_realtime_subscriptions 1$/m.test(await (await fetch(metricsUrl)).text()), 5_000, 'the subscription to open');

  // A request in flight: half its body sent.
  const inFlight = slowRequest(url, JSON.stringify({ query: 'query InFlight { networkStats { stations } }' }));
  await new Promise((resolve) => setTimeout(resolve, 200));

  const signalled = Date.now();
  server.kill('SIGTERM');
  await eventually(() => output.includes('shutting down'), 5_000, 'the server to start shutting down');
  // No new connections...
  await expect(fetch(url.replace(/\/graphql$/, '/healthz'))).rejects.toThrow();
  // ...but the request in flight is answered in full.
  inFlight.finish();
  const answer = await inFlight.answered;
  expect(answer).toEqual({ status: 200, body: JSON.stringify({ data: { networkStats: { stations: counted.networkStats.stations } }, extensions: { cost: { requested: 1, actual: 1 } } }) + '\n' });

  expect(await socket.closed).toEqual({ code: 1001, reason: expect.any(String) });
  const exit = await exited;
  expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
  expect(exit.at - signalled).toBeLessThan(10_000);
  expect(output).toContain('shut down cleanly');
}, 30_000);
