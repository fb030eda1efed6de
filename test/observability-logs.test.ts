/**
 * The server's logs, captured whole at the most verbose level: one JSON line per operation with
 * its request id, transport, name, type, duration, outcome and error codes; and never a token,
 * password, API key or contact detail, whatever the operations carried.
 */
import pino from 'pino';
import { dataOf, startTestApp, TestApp } from './support/app';
import { subscribed } from './support/realtime';

const lines: string[] = [];
const capture = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('observability-logs', { logger: capture });
});
afterAll(async () => {
  await app?.stop();
});

const operationLines = () => lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'graphql operation');

test('one line per operation, with the request id it came with, its name, type, duration, outcome and error codes', async () => {
  const before = operationLines().length;
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'trace-from-the-proxy-1' },
    body: JSON.stringify({ query: 'query LoggedStats { networkStats { stations } }' }),
  });
  expect(response.headers.get('x-request-id')).toBe('trace-from-the-proxy-1');
  await app.query('query LoggedBroken { noSuchField }');
  const logged = operationLines().slice(before);
  expect(logged).toHaveLength(2);
  expect(logged[0]).toMatchObject({ level: 30, requestId: 'trace-from-the-proxy-1', transport: 'http', operation: 'LoggedStats', type: 'query', outcome: 'success' });
  expect(logged[0].durationMs).toBeGreaterThan(0);
  expect(logged[0]).not.toHaveProperty('errorCodes');
  expect(logged[1]).toMatchObject({ transport: 'http', operation: 'LoggedBroken', type: 'query', outcome: 'error', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
  expect(logged[1].requestId).toMatch(/^[0-9a-f-]{36}$/);
});

test('no token, password, API key or contact detail reaches the logs, over HTTP, WebSocket or SSE', async () => {
  const secrets: string[] = ['demo-password', 'staff@demo.haizhi', 'not-the-password-7f3a'];
  const login = await app.post('mutation Login($input: LoginInput!) { login(input: $input) { token } }', { input: { email: 'staff@demo.haizhi', password: 'demo-password' } }, { anonymous: true });
  const token: string = dataOf(login.body).login.token;
  secrets.push(token);
  const wrong = await app.query('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email: 'staff@demo.haizhi', password: 'not-the-password-7f3a' } }, { anonymous: true });
  expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

  const key = dataOf<{ createApiKey: { secret: string } }>(
    await app.query('mutation NewKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', { input: { name: 'logged partner app', role: 'STAFF' } }, { token }),
  ).createApiKey.secret;
  secrets.push(key);
  const contact = { email: 'talent.private@example.org', phone: '+86 138 0000 4321' };
  secrets.push(contact.email, contact.phone);
  const talent = await app.query('mutation NewTalent($input: CreateTalentInput!) { createTalent(input: $input) { talent { id email phone } } }', { input: { name: 'Logged Talent', country: 'US', degree: 'DOCTORATE', ...contact } }, { token: key });
  expect(dataOf(talent).createTalent.talent.email).toBe(contact.email);
  // A forged credential, refused with 401 (its text must not be logged either).
  const forged = 'Bearer hzk_forged0123456789abcdefghijklmnopqrstuvwx';
  secrets.push(forged.slice('Bearer '.length));
  expect((await app.post('{ viewer { role } }', undefined, { authorization: forged })).status).toBe(401);
  // The same credentials over WebSocket (connection_init) and Server-Sent Events (header).
  const ws = await subscribed(app, 'subscription { networkStatsChanged { stations } }', {}, { token: key });
  const sse = await subscribed(app, 'subscription { networkStatsChanged { stations } }', {}, { transport: 'sse', token });
  await ws.close();
  await sse.close();

  const text = lines.join('');
  expect(operationLines().length).toBeGreaterThanOrEqual(8);
  for (const secret of secrets) expect({ secret, logged: text.includes(secret) }).toEqual({ secret, logged: false });
  // Nor the local part of an address on its own, nor the phone's digits written another way.
  expect(text).not.toContain('talent.private');
  expect(text.replace(/\D/g, '')).not.toContain('8613800004321');
});

describe('LOG_LEVEL', () => {
  const quiet: string[] = [];
  let warnOnly: TestApp;
  beforeAll(async () => {
    warnOnly = await startTestApp('observability-logs-warn', { seed: false, logger: pino({ level: 'warn' }, { write: (line: string) => void quiet.push(line) }) });
  });
  afterAll(async () => {
    await warnOnly?.stop();
  });

  test('operation lines are at info: a server logging at warn writes none', async () => {
    expect((await warnOnly.query('query Quiet { __typename }')).data).toEqual({ __typename: 'Query' });
    expect(quiet.filter((line) => line.includes('graphql operation'))).toEqual([]);
  });
});
