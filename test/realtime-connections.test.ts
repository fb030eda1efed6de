/**
 * The WebSocket endpoint itself, over real sockets: the credential in connection_init (a bad one
 * closes 4403, none is anonymous, one revoked or expired later ends its subscriptions), the limits
 * that keep the server up (init timeout 4408, operations per connection, connections per address,
 * slow consumers), keep-alive pings, queries and errors as over HTTP, and a graceful drain (1001).
 */
import { TokenService } from '../src/auth/tokens';
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';
import { eventually, rawSocket, subscribed, subscribeWs } from './support/realtime';

let app: TestApp;
let staff: string;

const ANNOUNCEMENTS = 'subscription { announcementPublished { announcement { id } } }';
const PUBLISH = `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }`;

async function publish(extra: Record<string, unknown> = {}, on: TestApp = app, token = staff): Promise<string> {
  const input = { kind: 'NEED', title: '连接测试', body: '寻找海外专家。', ...extra };
  return dataOf(await on.query(PUBLISH, { input }, { token })).publishAnnouncement.announcement.id;
}

/** A raw graphql-transport-ws connection, acknowledged. */
async function connected(payload: Record<string, unknown> = {}, to: TestApp = app) {
  const raw = rawSocket(to.url);
  await raw.opened;
  raw.send({ type: 'connection_init', payload });
  await eventually(() => raw.messages.some((message) => message.type === 'connection_ack'), 10_000, 'connection_ack');
  return raw;
}

beforeAll(async () => {
  app = await startTestApp('realtime_connections', { realtime: { maxConnectionsPerIp: 40, maxSubscriptionsPerConnection: 20, keepAliveMs: 200, credentialCheckMs: 300, maxBufferedBytes: 64 * 1024 } });
  staff = await app.tokenFor('staff');
});
afterAll(async () => {
  await app?.stop();
});

describe('the credential in connection_init', () => {
  test('a bad, expired or forged credential closes the socket with 4403 before any operation', async () => {
    const [account] = await app.dataSource.query("SELECT id FROM account WHERE email = 'staff@demo.haizhi'");
    const expired = await new TokenService({ ...app.config.auth, jwtTtlSeconds: -1 }).issue(Number(account.id));
    const forged = await new TokenService({ ...app.config.auth, jwtSecret: 'x'.repeat(40) }).issue(Number(account.id));
    for (const authorization of ['Bearer not-a-token', `Bearer ${expired}`, `Bearer ${forged}`, 'ApiKey hz_nonsense', 'Basic c3RhZmY6cGFzcw==']) {
      const raw = rawSocket(app.url);
      await raw.opened;
      raw.send({ type: 'connection_init', payload: { authorization } });
      expect({ authorization, closed: await raw.closed }).toEqual({ authorization, closed: { code: 4403, reason: expect.stringMatching(/token|Authorization/) } });
      expect(raw.messages).toEqual([]);
    }
  });

  test('no credential is an anonymous subscriber: it reads what the public reads, and may not run what needs a role', async () => {
    const anonymous = await subscribed(app, ANNOUNCEMENTS);
    const id = await publish();
    expect(dataOf((await anonymous.waitFor(1))[0]).announcementPublished.announcement.id).toBe(id);
    await anonymous.close();

    const refused = subscribeWs(app.url, 'subscription { applicationStatusChanged { to } }');
    const [result] = await refused.waitFor(1);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/applicationStatusChanged needs you to sign in/) });
    await refused.close();
  });

  test('a revoked API key ends its open subscriptions (4403) at the next credential check; a deactivated account too', async () => {
    const key = dataOf(await app.query('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }', { input: { name: 'phone app', role: 'STAFF' } }, { token: staff })).createApiKey;
    const subscriber = await subscribed(app, ANNOUNCEMENTS, {}, { authorization: `Bearer ${key.secret}` });
    const raw = await connected({ authorization: `Bearer ${key.secret}` });
    dataOf(await app.query('mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } } }', { input: { id: key.apiKey.id } }, { token: staff }));
    expect(await raw.closed).toEqual({ code: 4403, reason: 'API key revoked' });
    await eventually(() => subscriber.failure() !== undefined, 3000, 'the subscription to end');
    expect(subscriber.failure()).toMatchObject({ code: 4403 });
  });

  test('a token that expires while connected ends its subscriptions (4403)', async () => {
    const [account] = await app.dataSource.query("SELECT id FROM account WHERE email = 'staff@demo.haizhi'");
    const shortLived = await new TokenService({ ...app.config.auth, jwtTtlSeconds: 1 }).issue(Number(account.id));
    const raw = await connected({ authorization: `Bearer ${shortLived}` });
    const started = Date.now();
    expect((await raw.closed).code).toBe(4403);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('limits', () => {
  test('connection_init must come within 3 s: 4408', async () => {
    const raw = rawSocket(app.url);
    await raw.opened;
    const started = Date.now();
    expect(await raw.closed).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
  });

  test('operations per connection are limited (20): the one over gets RATE_LIMITED, the socket and the others go on', async () => {
    const raw = await connected();
    const ids = Array.from({ length: 21 }, (_, i) => String(i + 1));
    for (const id of ids) raw.send({ id, type: 'subscribe', payload: { query: ANNOUNCEMENTS } });
    await eventually(() => raw.messages.some((message) => message.id === '21'), 3000, 'the refusal');
    const refusal = raw.messages.find((message) => message.id === '21');
    expect(refusal).toMatchObject({ type: 'error', payload: [{ message: expect.stringMatching(/at most 20 operations may run on one connection/), extensions: { code: 'RATE_LIMITED' } }] });
    const id = await publish();
    await eventually(() => raw.messages.filter((message) => message.type === 'next').length === 20, 3000, 'twenty events');
    const events = raw.messages.filter((message) => message.type === 'next');
    expect(events.map((message) => message.id).sort()).toEqual(ids.slice(0, 20).sort());
    expect(new Set(events.map((message) => message.payload.data.announcementPublished.announcement.id))).toEqual(new Set([id]));
    // Completing one makes room for another.
    raw.send({ id: '1', type: 'complete' });
    raw.send({ id: '22', type: 'subscribe', payload: { query: '{ networkStats { stations } }' } });
    await eventually(() => raw.messages.some((message) => message.id === '22' && message.type === 'complete'), 3000, 'the query');
    expect(raw.messages.find((message) => message.id === '22' && message.type === 'next').payload.data.networkStats.stations).toEqual(expect.any(Number));
    raw.socket.close();
  });

  test('connections per address are limited: the one over is closed with 4430', async () => {
    await eventually(() => app.realtime.stats().connections === 0, 5000, 'earlier tests to close their sockets');
    const sockets = [];
    try {
      for (let i = 0; i < 40; i += 1) sockets.push(await connected());
      const over = rawSocket(app.url);
      expect(await over.closed).toEqual({ code: 4430, reason: 'too many connections from your address: at most 40' });
      sockets[0].socket.close();
      await sockets[0].closed;
      const again = await connected();
      sockets.push(again);
      expect(again.socket.readyState).toBe(again.socket.OPEN);
    } finally {
      for (const raw of sockets) raw.socket.close();
    }
    await eventually(() => app.realtime.stats().connections === 0, 3000, 'the sockets to close');
  });

  test('a slow consumer is disconnected (4431) while the others get every event', async () => {
    // An instance of its own whose keep-alive outlasts the test: a client that stops reading cannot
    // answer pings either, and this file's 200 ms keep-alive would cut it off (1006) before its
    // backlog grew, or before it had read the close frame queued behind that backlog.
    const own = await startTestApp('realtime_connections_slow', { sharing: app, realtime: { keepAliveMs: 60_000, maxBufferedBytes: 64 * 1024 } });
    try {
      const ownStaff = await own.tokenFor('staff'); // each instance here signs with a secret of its own
      const query = 'subscription { announcementPublished { announcement { id body } } }';
      const fast = await subscribed(own, query);
      const slow = await connected({}, own);
      const started = own.realtime.stats().streamsStarted;
      for (let id = 1; id <= 20; id += 1) slow.send({ id: String(id), type: 'subscribe', payload: { query } });
      await eventually(() => own.realtime.stats().streamsStarted === started + 20, 3000, 'the slow subscriptions');
      // It stops reading: what the server sends fills the kernel's buffers (a few MB), then ws's.
      (slow.socket as unknown as { _socket: { pause(): void } })._socket.pause();
      // Once the server has cut it off, it reads again, within the grace the server gives it to take
      // the close frame queued behind its backlog (5 s; publishing goes on meanwhile).
      const cut = eventually(() => own.realtime.stats().slowConsumersClosed === 1, 20_000, 'the slow consumer to be closed').then(() =>
        (slow.socket as unknown as { _socket: { resume(): void } })._socket.resume(),
      );
      cut.catch(() => {}); // awaited below; this only keeps a timeout from counting as unhandled meanwhile
      const body = '海'.repeat(20_000);
      const ids: string[] = [];
      // 20 subscriptions x 60 KB an event: 40 events are 48 MB, more than any socket buffer here.
      for (let i = 0; i < 40; i += 1) ids.push(await publish({ body }, own, ownStaff));
      await cut;
      const received = await fast.waitFor(40, 10_000);
      expect(received.map((result) => dataOf(result).announcementPublished.announcement.id)).toEqual(ids);
      expect((await slow.closed).code).toBe(4431);
      expect(slow.messages.filter((message) => message.type === 'next').length).toBeLessThan(20 * 40);
      await fast.close();
    } finally {
      await own.stop();
    }
  }, 30_000);
});

test('the server pings idle sockets (keep-alive)', async () => {
  const raw = await connected();
  let pings = 0;
  raw.socket.on('ping', () => (pings += 1));
  await eventually(() => pings >= 2, 2000, 'two pings');
  raw.socket.close();
});

test('queries and mutations over the socket run as over HTTP: the same data, the same errors', async () => {
  const query = `query($id: ID!) { networkStats { stations partnerOrganizations } node(id: $id) { id } bad: node(id: "not-an-id") { id } }`;
  const variables = { id: toGlobalId('ResearchField', 1) };
  const overHttp = await app.query(query, variables);
  const overSocket = subscribeWs(app.url, query, variables);
  const [result] = await overSocket.waitFor(1);
  expect(result).toEqual(overHttp);
  expect(overHttp.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  await overSocket.close();

  const invalid = subscribeWs(app.url, '{ networkStats { noSuchField } }');
  await eventually(() => invalid.failure() !== undefined, 3000, 'the validation error');
  expect(invalid.failure()).toEqual([expect.objectContaining({ message: expect.stringMatching(/Cannot query field "noSuchField"/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
  await invalid.close();
  const overHttpInvalid = await app.post('{ networkStats { noSuchField } }');
  expect(overHttpInvalid.body.errors?.[0]).toMatchObject({ message: (invalid.failure() as { message: string }[])[0].message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });

  const badVariables = subscribeWs(app.url, 'query($id: ID!) { node(id: $id) { id } }', { id: { not: 'an id' } });
  await eventually(() => badVariables.received.length > 0 || badVariables.failure() !== undefined, 3000, 'the variables error');
  const overHttpBadVariables = await app.post('query($id: ID!) { node(id: $id) { id } }', { id: { not: 'an id' } });
  expect(badVariables.received[0]?.errors ?? badVariables.failure()).toEqual(overHttpBadVariables.body.errors);
  await badVariables.close();

  const unparsable = subscribeWs(app.url, '{ networkStats { ');
  await eventually(() => unparsable.failure() !== undefined, 3000, 'the syntax error');
  expect(unparsable.failure()).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
  await unparsable.close();
});

test('on shutdown every socket is closed with 1001 (going away)', async () => {
  const other = await startTestApp('realtime_drain', { seed: false });
  const raw = rawSocket(other.url);
  await raw.opened;
  raw.send({ type: 'connection_init', payload: {} });
  await eventually(() => raw.messages.some((message) => message.type === 'connection_ack'), 10_000, 'connection_ack');
  const subscriber = await subscribed(other, ANNOUNCEMENTS);
  await other.stop();
  expect((await raw.closed).code).toBe(1001);
  await eventually(() => subscriber.failure() !== undefined, 3000, 'the subscription to end');
  expect(subscriber.failure()).toMatchObject({ code: 1001 });
});
