/**
 * Attacks on the real-time transports that the hardening probe found (issue 12, §5), each kept as a
 * test over real HTTP and real sockets, with the server's default limits:
 * - SSE requests that graphql-sse answers without a stream (405 for a mutation over GET, 400 for an
 *   operationName that names nothing) used to keep their connection slot, so 1,001 of them shut the
 *   address out of WebSocket (4430) and SSE (429) until restart;
 * - an `authorization` in connection_init that is not a string used to be taken as anonymous.
 */
import { dataOf, startTestApp, TestApp } from './support/app';
import { eventually, rawSocket, subscribed } from './support/realtime';

let app: TestApp;
let staff: string;

const ANNOUNCEMENTS = 'subscription { announcementPublished { announcement { id } } }';
const PUBLISH = `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }`;

beforeAll(async () => {
  app = await startTestApp('realtime_abuse');
  staff = await app.tokenFor('staff');
});
afterAll(async () => {
  await app?.stop();
});

const streamUrl = () => `${app.url}/stream`;

/** A mutation over GET: it passes our validation, then graphql-sse answers 405 without a stream. */
async function getMutation(): Promise<number> {
  const query = encodeURIComponent('mutation { login(input: { email: "nobody@example.org", password: "not-a-password" }) { token } }');
  const response = await fetch(`${streamUrl()}?query=${query}`, { headers: { accept: 'text/event-stream' } });
  await response.arrayBuffer();
  return response.status;
}

/** An operationName that names no operation of the document: graphql-sse answers 400 without a stream. */
async function unknownOperation(): Promise<number> {
  const response = await fetch(streamUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: `subscription Mine ${ANNOUNCEMENTS.slice('subscription '.length)}`, operationName: 'NotThere' }),
  });
  await response.arrayBuffer();
  return response.status;
}

test('1,001 SSE requests answered without a stream leave no slot taken: a real subscription from the same address then works over SSE and over WebSocket', async () => {
  const limit = app.config.realtime.maxConnectionsPerIp;
  const total = limit + 1;
  const statuses: number[] = [];
  for (let sent = 0; sent < total; ) {
    const batch = Math.min(50, total - sent);
    statuses.push(...(await Promise.all(Array.from({ length: batch }, (_, i) => ((sent + i) % 2 === 0 ? getMutation() : unknownOperation())))));
    sent += batch;
  }
  expect(statuses).toHaveLength(total);
  expect(new Set(statuses)).toEqual(new Set([405, 400]));
  // Every slot is back once the responses have closed.
  await eventually(() => app.realtime.stats().connections === 0, 5000, 'every SSE slot to be given back');

  const overSse = await subscribed(app, ANNOUNCEMENTS, {}, { transport: 'sse' });
  const overWs = await subscribed(app, ANNOUNCEMENTS);
  const input = { kind: 'NEED', title: '连接槽', body: '寻找海外专家。' };
  const id = dataOf(await app.query(PUBLISH, { input }, { token: staff })).publishAnnouncement.announcement.id;
  expect(dataOf((await overSse.waitFor(1))[0]).announcementPublished.announcement.id).toBe(id);
  expect(dataOf((await overWs.waitFor(1))[0]).announcementPublished.announcement.id).toBe(id);
  await overSse.close();
  await overWs.close();
  await eventually(() => app.realtime.stats().connections === 0, 5000, 'the subscribers to leave');
}, 60_000);

test('an SSE stream the client abandons gives its slot back', async () => {
  const controller = new AbortController();
  const response = await fetch(streamUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: ANNOUNCEMENTS }),
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  await eventually(() => app.realtime.stats().streams === 1, 5000, 'the stream to open');
  expect(app.realtime.stats().connections).toBe(1);
  controller.abort();
  await eventually(() => app.realtime.stats().connections === 0 && app.realtime.stats().streams === 0, 5000, 'the slot to be given back');
});

describe('an authorization in connection_init that is not a string closes the socket with 4403', () => {
  for (const [label, authorization] of [
    ['a number', 42],
    ['an object', { token: 'Bearer x' }],
    ['an array', ['Bearer x']],
    ['a boolean', true],
  ] as const) {
    test(label, async () => {
      const raw = rawSocket(app.url);
      await raw.opened;
      raw.send({ type: 'connection_init', payload: { authorization } });
      expect(await raw.closed).toEqual({ code: 4403, reason: 'malformed credential: authorization must be a string' });
      expect(raw.messages).toEqual([]);
    });
  }

  test('left out or null, it is an anonymous subscriber (acknowledged)', async () => {
    for (const payload of [{}, { authorization: null }]) {
      const raw = rawSocket(app.url);
      await raw.opened;
      raw.send({ type: 'connection_init', payload });
      await eventually(() => raw.messages.some((message) => message.type === 'connection_ack'), 5000, 'connection_ack');
      raw.socket.close();
      await raw.closed;
    }
  });
});
