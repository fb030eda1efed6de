/**
 * The same subscriptions over Server-Sent Events (graphql-sse at /graphql/stream), over real HTTP:
 * the same filtered events as over a WebSocket, the same auth (a bad credential is 401 before any
 * stream) and scope, errors as over HTTP, streams that end when their credential is revoked or the
 * server shuts down; and /readyz.
 */
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';
import { eventually, subscribed, subscribeSse } from './support/realtime';
import { Workflow, workflowFor } from './support/workflow';
import { demoScope } from './support/writes';

let app: TestApp;
let flow: Workflow;
const [fieldA, fieldB] = [1, 2].map((id) => toGlobalId('ResearchField', id));
const ANNOUNCEMENTS = `subscription($filter: AnnouncementEventFilter) { announcementPublished(filter: $filter) { cursor announcement { id } } }`;
const PUBLISH = `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }`;

async function publish(researchFieldIds: string[]): Promise<string> {
  const input = { kind: 'NEED', title: '事件流', body: '寻找海外专家。', researchFieldIds };
  return dataOf(await app.query(PUBLISH, { input }, { token: flow.staff })).publishAnnouncement.announcement.id;
}

beforeAll(async () => {
  app = await startTestApp('realtime_sse', { realtime: { credentialCheckMs: 300 } });
  flow = await workflowFor(app);
});
afterAll(async () => {
  await app?.stop();
});

test('a subscriber over SSE gets exactly what its filter matches, as one over a WebSocket does', async () => {
  const overSse = await subscribed(app, ANNOUNCEMENTS, { filter: { researchFieldIds: [fieldA] } }, { transport: 'sse' });
  const overWs = await subscribed(app, ANNOUNCEMENTS, { filter: { researchFieldIds: [fieldA] } });
  const a = await publish([fieldA]);
  await publish([fieldB]);
  const c = await publish([fieldB, fieldA]);
  const sse = await overSse.waitFor(2);
  const ws = await overWs.waitFor(2);
  expect(sse.map((result) => dataOf(result).announcementPublished.announcement.id)).toEqual([a, c]);
  expect(sse).toEqual(ws);
  await overSse.close();
  await overWs.close();
  await eventually(() => app.realtime.stats().streams === 0, 3000, 'the streams to end');
});

test('the credential is the Authorization header: a bad one is 401 before any stream; scope as over WebSocket', async () => {
  const response = await fetch(`${app.url}/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: 'Bearer not-a-token' },
    body: JSON.stringify({ query: ANNOUNCEMENTS }),
  });
  expect(response.status).toBe(401);
  expect(((await response.json()) as { errors: unknown[] }).errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });

  const partner = subscribeSse(app.url, 'subscription { applicationStatusChanged { to } }', {}, { token: await app.tokenFor('partner') });
  const [refused] = await partner.waitFor(1);
  expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  await partner.close();

  // A unit manager hears of their own unit's applications only.
  const scope = await demoScope(app);
  const manager = await subscribed(app, 'subscription { applicationStatusChanged { application { id } to } }', {}, { token: flow.manager, transport: 'sse' });
  const email = `sse-manager-${Date.now()}@example.org`;
  const otherUnit = toGlobalId('HostUnit', scope.otherHostUnitId);
  dataOf(await app.query('mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }', { input: { email, displayName: 'Other', role: 'UNIT_MANAGER', password: 'other-manager-password', hostUnitId: otherUnit } }, { token: flow.staff }));
  const other = dataOf(await app.query('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email, password: 'other-manager-password' } }, { anonymous: true })).login.token;
  await flow.application('SUBMITTED', { extra: { hostUnitId: otherUnit }, token: other });
  const mine = await flow.application('SUBMITTED');
  const [first] = await manager.waitFor(1);
  expect(dataOf(first).applicationStatusChanged).toEqual({ application: { id: mine }, to: 'SUBMITTED' });
  expect(manager.received).toHaveLength(1);
  await manager.close();
});

test('bad operations are refused as over HTTP: 400 with the validation error', async () => {
  const response = await fetch(`${app.url}/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: 'subscription { announcementPublished { noSuchField } }' }),
  });
  expect(response.status).toBe(400);
  expect(((await response.json()) as { errors: unknown[] }).errors[0]).toMatchObject({ message: expect.stringMatching(/Cannot query field "noSuchField"/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
});

test('a revoked API key ends its event streams', async () => {
  const key = dataOf(await app.query('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }', { input: { name: 'sse app', role: 'STAFF' } }, { token: flow.staff })).createApiKey;
  const subscriber = await subscribed(app, ANNOUNCEMENTS, {}, { token: key.secret, transport: 'sse' });
  await new Promise((resolve) => setTimeout(resolve, 700));
  expect(subscriber.failure()).toBeUndefined();
  dataOf(await app.query('mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id } } }', { input: { id: key.apiKey.id } }, { token: flow.staff }));
  await eventually(() => subscriber.failure() !== undefined, 3000, 'the stream to end');
  await subscriber.close();
  const again = await fetch(`${app.url}/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${key.secret}` },
    body: JSON.stringify({ query: ANNOUNCEMENTS }),
  });
  expect(again.status).toBe(401);
});

test('/readyz: ready with the database up and events in-process; a server that shut down ends its streams', async () => {
  const ready = await fetch(app.url.replace(/\/graphql$/, '/readyz'));
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready', database: 'up', events: 'in-process' });

  const other = await startTestApp('realtime_sse_drain', { seed: false });
  const subscriber = await subscribed(other, ANNOUNCEMENTS, {}, { transport: 'sse' });
  await other.stop();
  await eventually(() => subscriber.failure() !== undefined, 3000, 'the stream to end');
  await subscriber.close();
});
