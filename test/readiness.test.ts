/**
 * /readyz follows the database with no restart: 503 naming the database while it cannot be
 * reached, 200 again once it can. On MariaDB the server reaches it through a TCP proxy the test
 * cuts and restores (MariaDB itself keeps running); on SQLite the database file is closed under the
 * server and reopened.
 */
import { isMysqlRun } from './support/database';
import { startAppBehindProxy } from './support/database-behind-proxy';
import { dataOf, TestApp } from './support/app';
import { eventually } from './support/realtime';
import type { TcpProxy } from './support/tcp-proxy';

let app: TestApp;
let proxy: TcpProxy | null = null;
beforeAll(async () => {
  ({ app, proxy } = await startAppBehindProxy('readiness'));
});
afterAll(async () => {
  proxy?.restore();
  await app?.stop();
  await proxy?.close();
});

const readyz = async () => {
  const response = await fetch(app.url.replace(/\/graphql$/, '/readyz'));
  return { status: response.status, body: await response.json() };
};
const STATS = 'query ReadinessProbe { networkStats { stations } }';

test(isMysqlRun() ? 'MariaDB cut off: /readyz is 503 naming the database; back: 200 and queries answer, with no restart' : 'SQLite closed under the server: /readyz is 503 naming the database; reopened: 200, with no restart', async () => {
  expect(await readyz()).toEqual({ status: 200, body: { status: 'ready', database: 'up', events: 'in-process' } });
  const [{ n }] = await app.dataSource.query('SELECT COUNT(*) AS n FROM station');
  const stationCount = Number(n);
  expect(dataOf(await app.query(STATS)).networkStats.stations).toBe(stationCount);

  if (proxy) proxy.cut();
  else await app.dataSource.destroy();
  const started = Date.now();
  expect(await readyz()).toEqual({ status: 503, body: { status: 'not ready', database: 'down', events: 'in-process' } });
  // Within readiness's own timeout (2 s), not a TCP timeout.
  expect(Date.now() - started).toBeLessThan(3_000);
  // /healthz stays 200: the process is alive, a restart would not help.
  expect((await fetch(app.url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
  expect((await app.query(STATS)).errors?.[0].extensions?.code).toBeDefined();

  if (proxy) proxy.restore();
  else await app.dataSource.initialize();
  await eventually(async () => (await readyz()).status === 200, 10_000, '/readyz to turn 200 again');
  expect(await readyz()).toEqual({ status: 200, body: { status: 'ready', database: 'up', events: 'in-process' } });
  expect(dataOf(await app.query(STATS)).networkStats.stations).toBe(stationCount);
});
