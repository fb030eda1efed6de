/**
 * The database not answering is SERVICE_UNAVAILABLE over real HTTP: HTTP 503 with Retry-After and
 * a sentence, within 2 s, for anonymous reads, authenticated reads (the token is checked against
 * the database) and mutations alike; never an internal error. Once the database is back, the
 * refused create retried with its idempotency key takes effect once. On MariaDB the server reaches
 * it through a TCP proxy the test cuts (MariaDB keeps running for everyone else); on SQLite the
 * database is closed under the server. scripts/db-fault.mjs does the same with a real crash.
 */
import { isMysqlRun } from './support/database';
import { startAppBehindProxy } from './support/database-behind-proxy';
import { dataOf, GraphQLResponse, TestApp } from './support/app';
import { rawSocket, subscribed } from './support/realtime';
import type { TcpProxy } from './support/tcp-proxy';

let app: TestApp;
let proxy: TcpProxy | null = null;
let staff: string;
// Open sockets' credentials are checked every 300 ms, so checks meet the outage.
const OPTIONS = { realtime: { credentialCheckMs: 300 } };
beforeAll(async () => {
  ({ app, proxy } = await startAppBehindProxy('db_unavailable', OPTIONS));
  staff = await app.tokenFor('staff');
  // Migrating a fresh MariaDB database through the proxy takes about a minute on a busy machine.
}, 180_000);
afterAll(async () => {
  proxy?.restore();
  if (!app?.dataSource.isInitialized) await app?.dataSource.initialize();
  await app?.stop();
  await proxy?.close();
});

const PUBLISH = 'mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }';
const input = { kind: 'NEED', title: '断库重试公告', body: '数据库恢复后以同一幂等键重试。', idempotencyKey: 'db-unavailable-retry' };

async function send(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const started = Date.now();
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { ms: Date.now() - started, status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as GraphQLResponse };
}

test(isMysqlRun() ? 'MariaDB cut off: reads, authenticated reads and a create are refused within 2 s with 503 SERVICE_UNAVAILABLE, open subscriptions stay, a new socket gets 1013; back: the create retried with its key takes effect once' : 'SQLite closed: reads, authenticated reads and a create are refused within 2 s with 503 SERVICE_UNAVAILABLE, open subscriptions stay, a new socket gets 1013; reopened: the create retried with its key takes effect once', async () => {
  const open = await subscribed(app, 'subscription { announcementPublished { announcement { id } } }', {}, { token: staff });
  if (proxy) proxy.cut();
  else await app.dataSource.destroy();

  const refusals = [
    await send('{ announcements(first: 3) { totalCount edges { node { id } } } }'),
    await send('{ networkStats { stations } }', {}, staff),
    await send(PUBLISH, { input }, staff),
  ];
  for (const refusal of refusals) {
    expect(refusal.status).toBe(503);
    expect(refusal.retryAfter).toBe('5');
    expect(refusal.ms).toBeLessThan(2_000);
    expect(refusal.body.errors?.length).toBeGreaterThan(0);
    for (const error of refusal.body.errors ?? []) {
      expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(error.message).toMatch(/^the database is not answering right now; retry in a few seconds/);
      // The transport's status is not part of the payload.
      expect(error.extensions?.http).toBeUndefined();
    }
  }

  // A socket opened now cannot have its credential checked: 1013 (try again later), not 4403 (revoked).
  const late = rawSocket(app.url);
  await late.opened;
  late.send({ type: 'connection_init', payload: { authorization: `Bearer ${staff}` } });
  expect((await late.closed).code).toBe(1013);
  // Several credential checks ran meanwhile; none ended the open subscription.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(open.failure()).toBeUndefined();

  if (proxy) proxy.restore();
  else await app.dataSource.initialize();
  const first = await app.query(PUBLISH, { input }, { token: staff });
  const again = await app.query(PUBLISH, { input }, { token: staff });
  const id = dataOf(first).publishAnnouncement.announcement.id;
  expect(dataOf(again).publishAnnouncement.announcement.id).toBe(id);
  const rows: unknown[] = await app.dataSource.query('SELECT id FROM announcement WHERE title_zh = ?', [input.title]);
  expect(rows).toHaveLength(1);
  // The subscription open throughout gets the announcement, once.
  expect((await open.waitFor(1)).map((result) => result.data?.announcementPublished.announcement.id)).toEqual([id]);
  await open.close();
});
