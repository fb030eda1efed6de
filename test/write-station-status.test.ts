/**
 * A station's life after approval, over HTTP as the demo accounts: suspension, reinstatement,
 * revocation and renewal (STAFF only, each recorded with who, when and why), the certification of
 * station heads, the expiry sweep (idempotent, and safe when two run at once), and approval waiting
 * for the public notice to end: this app runs without APPROVAL_SKIP_NOTICE_WAIT.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventBus } from '../src/events/event-bus';
import type { Published } from '../src/events/domain-events';
import { loadConfig } from '../src/config';
import { toGlobalId } from '../src/graphql/global-id';
import { expireLapsedStations, scheduleExpirySweep } from '../src/modules/station/station-expiry';
import { writeDeps } from '../src/services';
import { today } from '../src/time';
import { addDays } from '../src/modules/station/validity';
import { dataOf, GraphQLResponse, startTestApp, TestApp } from './support/app';
import { count, demoScope } from './support/writes';
import { APPROVE, letNoticeEnd, PUBLICIZE, rowId, Workflow, workflowFor } from './support/workflow';

let app: TestApp;
let flow: Workflow;
let staff: string;

const STATUS_FIELDS = 'station { id status version validUntil } statusChange { fromStatus toStatus changedOn reason changedBy }';
const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${STATUS_FIELDS} } }`;
const SUSPEND = mutation('suspendStation', 'SuspendStationInput');
const REINSTATE = mutation('reinstateStation', 'ReinstateStationInput');
const REVOKE = mutation('revokeStation', 'RevokeStationInput');
const RENEW = mutation('renewStation', 'RenewStationInput');
const CERTIFY = 'mutation($input: CertifyStationHeadInput!) { certifyStationHead(input: $input) { stationHead { id certifiedOn version } } }';

function errorOf(response: GraphQLResponse) {
  return { code: response.errors?.[0]?.extensions?.code, message: response.errors?.[0]?.message ?? '', extensions: response.errors?.[0]?.extensions ?? {} };
}

/** Seeded ACTIVE stations of other units than the demo manager's, whose renewal would reach past today. */
async function activeStations(n: number): Promise<string[]> {
  const rows = await app.dataSource.query(
    "SELECT s.id FROM station s JOIN host_unit h ON h.id = s.host_unit_id WHERE s.status = 'ACTIVE' AND h.seed_key <> 'host:graphene' AND s.valid_until >= ? ORDER BY s.id LIMIT ?",
    [addDays(today(), -3 * 365 + 10), n],
  );
  expect(rows).toHaveLength(n);
  return rows.map((row: { id: number }) => toGlobalId('Station', Number(row.id)));
}

const deps = (events = new EventBus()) => writeDeps({ dataSource: app.dataSource, events, programme: loadConfig().programme });

beforeAll(async () => {
  app = await startTestApp('write_station_status');
  flow = await workflowFor(app);
  staff = flow.staff;
});
afterAll(async () => {
  await app?.stop();
});

test('suspend, reinstate and revoke: each from its own statuses only, recorded with who, when and why, and announced after the commit', async () => {
  const [stationId] = await activeStations(1);
  app.events.length = 0;
  const suspended = dataOf(await app.query(SUSPEND, { input: { stationId, reason: '年度绩效评价不合格，限期整改。' } }, { token: staff })).suspendStation;
  expect(suspended.station).toMatchObject({ status: 'SUSPENDED' });
  expect(suspended.statusChange).toEqual({ fromStatus: 'ACTIVE', toStatus: 'SUSPENDED', changedOn: today(), reason: '年度绩效评价不合格，限期整改。', changedBy: 'staff@demo.haizhi' });
  // Illegal from SUSPENDED: suspending again, renewing; the answer names the status.
  for (const query of [SUSPEND, RENEW]) {
    const refused = errorOf(await app.query(query, { input: { stationId, reason: 'again' } }, { token: staff }));
    expect(refused).toMatchObject({ code: 'CONFLICT', extensions: { currentStatus: 'SUSPENDED' } });
  }
  // A stale version is refused, naming the current one.
  const stale = errorOf(await app.query(REINSTATE, { input: { stationId, reason: 'x', expectedVersion: suspended.station.version - 1 } }, { token: staff }));
  expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { currentVersion: suspended.station.version } });
  const reinstated = dataOf(await app.query(REINSTATE, { input: { stationId, reason: '整改完成。', expectedVersion: suspended.station.version } }, { token: staff })).reinstateStation;
  expect(reinstated.statusChange).toMatchObject({ fromStatus: 'SUSPENDED', toStatus: 'ACTIVE' });
  expect(errorOf(await app.query(REINSTATE, { input: { stationId, reason: 'x' } }, { token: staff })).extensions.currentStatus).toBe('ACTIVE');
  const revoked = dataOf(await app.query(REVOKE, { input: { stationId, reason: '连续两年评价低于70分。' } }, { token: staff })).revokeStation;
  expect(revoked.station.status).toBe('REVOKED');
  for (const query of [SUSPEND, REINSTATE, REVOKE, RENEW]) {
    expect(errorOf(await app.query(query, { input: { stationId, reason: 'x' } }, { token: staff })).extensions.currentStatus).toBe('REVOKED');
  }
  // Three changes: three history entries, three events, two audit rows each (the station, the entry).
  const history = dataOf(await app.query('query($id: ID!) { station(id: $id) { statusHistory(last: 3) { edges { node { fromStatus toStatus changedBy } } } } }', { id: stationId }, { token: staff })).station.statusHistory.edges.map((e: { node: unknown }) => e.node);
  expect(history).toEqual([
    { fromStatus: 'ACTIVE', toStatus: 'SUSPENDED', changedBy: 'staff@demo.haizhi' },
    { fromStatus: 'SUSPENDED', toStatus: 'ACTIVE', changedBy: 'staff@demo.haizhi' },
    { fromStatus: 'ACTIVE', toStatus: 'REVOKED', changedBy: 'staff@demo.haizhi' },
  ]);
  expect(app.events.map((e) => e.type === 'StationStatusChanged' && [e.from, e.to, e.reason])).toEqual([
    ['ACTIVE', 'SUSPENDED', '年度绩效评价不合格，限期整改。'],
    ['SUSPENDED', 'ACTIVE', '整改完成。'],
    ['ACTIVE', 'REVOKED', '连续两年评价低于70分。'],
  ]);
  expect(await count(app, 'audit_event', `action IN ('suspendStation', 'reinstateStation', 'revokeStation') AND actor = 'staff@demo.haizhi'`)).toBe(6);
  // Who changed it is for STAFF; the public reads the history without it.
  const publicHistory = dataOf(await app.query('query($id: ID!) { station(id: $id) { statusHistory(last: 1) { edges { node { toStatus changedBy } } } } }', { id: stationId })).station.statusHistory.edges;
  expect(publicHistory).toEqual([{ node: { toStatus: 'REVOKED', changedBy: null } }]);
});

test('only STAFF change a station\'s status, even the managers of its own unit', async () => {
  const stationId = toGlobalId('Station', (await demoScope(app)).ownStationId);
  const tokens = await Promise.all((['manager', 'reviewer', 'partner'] as const).map((role) => app.tokenFor(role)));
  // Counted after the logins, which are audited themselves.
  const audits = await count(app, 'audit_event');
  for (const token of tokens) {
    for (const query of [SUSPEND, REINSTATE, REVOKE, RENEW]) expect(errorOf(await app.query(query, { input: { stationId, reason: 'x' } }, { token })).code).toBe('FORBIDDEN');
    expect(errorOf(await app.query(CERTIFY, { input: { stationHeadId: toGlobalId('StationHead', 1), certifiedOn: today() } }, { token })).code).toBe('FORBIDDEN');
  }
  expect(errorOf(await app.query(SUSPEND, { input: { stationId, reason: 'x' } })).code).toBe('UNAUTHENTICATED');
  expect(await count(app, 'audit_event')).toBe(audits);
});

test('renewal moves validUntil 3 years on; an expired station comes back, unless 3 more years would have passed too', async () => {
  const [stationId] = await activeStations(1);
  const [row] = await app.dataSource.query('SELECT valid_until, version FROM station WHERE id = ?', [rowId(stationId)]);
  const validUntil = String(row.valid_until);
  const expected = `${Number(validUntil.slice(0, 4)) + 3}${validUntil.slice(4)}`;
  const renewed = dataOf(await app.query(RENEW, { input: { stationId, expectedVersion: Number(row.version) } }, { token: staff })).renewStation;
  expect(renewed.station).toMatchObject({ status: 'ACTIVE', validUntil: expected });
  expect(renewed.statusChange).toEqual({ fromStatus: 'ACTIVE', toStatus: 'ACTIVE', changedOn: today(), reason: `续期三年，有效期至${expected}。`, changedBy: 'staff@demo.haizhi' });
  // A station that lapsed long ago: another 3 years would end before today.
  const [lapsed] = await app.dataSource.query("SELECT id, valid_until FROM station WHERE status = 'EXPIRED' AND valid_until < ? ORDER BY id LIMIT 1", [addDays(today(), -3 * 366)]);
  const refused = errorOf(await app.query(RENEW, { input: { stationId: toGlobalId('Station', Number(lapsed.id)), reason: 'late' } }, { token: staff }));
  expect(refused).toMatchObject({ code: 'CONFLICT', extensions: { currentStatus: 'EXPIRED', validUntil: String(lapsed.valid_until) } });
  expect(refused.message).toMatch(/the unit must apply anew/);
});

test('certifying a station head: once, not in the future; certifiedStationHeads follows', async () => {
  const [head] = await app.dataSource.query('SELECT id FROM station_head WHERE certified_on IS NULL ORDER BY id LIMIT 1');
  const stationHeadId = toGlobalId('StationHead', Number(head.id));
  const figure = async () => dataOf(await app.query('{ networkStats { certifiedStationHeads } }')).networkStats.certifiedStationHeads as number;
  const before = await figure();
  const future = errorOf(await app.query(CERTIFY, { input: { stationHeadId, certifiedOn: addDays(today(), 1) } }, { token: staff }));
  expect(future.extensions.problems).toEqual([expect.objectContaining({ path: 'input.certifiedOn' })]);
  app.events.length = 0;
  const certified = dataOf(await app.query(CERTIFY, { input: { stationHeadId, certifiedOn: today() } }, { token: staff })).certifyStationHead.stationHead;
  expect(certified).toMatchObject({ id: stationHeadId, certifiedOn: today() });
  expect(await figure()).toBe(before + 1);
  expect(app.events).toMatchObject([{ type: 'NetworkFiguresChanged', figures: ['certifiedStationHeads'] }]);
  const twice = errorOf(await app.query(CERTIFY, { input: { stationHeadId, certifiedOn: today() } }, { token: staff }));
  expect(twice).toMatchObject({ code: 'CONFLICT', extensions: { currentState: 'CERTIFIED', certifiedOn: today() } });
  expect(await figure()).toBe(before + 1);
});

test('the expiry sweep: two at once expire each lapsed station once, as SYSTEM, with its history entry and event; a second run changes nothing', async () => {
  const [{ n: lapsedCount }] = await app.dataSource.query("SELECT COUNT(*) AS n FROM station WHERE status = 'ACTIVE' AND valid_until < ?", [today()]);
  const lapsed = Number(lapsedCount);
  expect(lapsed).toBeGreaterThan(0);
  const stationsFigure = dataOf(await app.query('{ networkStats { stations } }')).networkStats.stations;
  const [entries, audits] = [await count(app, 'station_status_change'), await count(app, 'audit_event')];
  const events: Published[] = [];
  const bus = new EventBus();
  bus.subscribe((event) => events.push(event));

  const [first, second] = await Promise.all([expireLapsedStations(deps(bus)), expireLapsedStations(deps(bus))]);
  const expired = [...first, ...second].sort((a, b) => a - b);
  expect(expired).toHaveLength(lapsed);
  expect(new Set(expired).size).toBe(lapsed);
  expect(await count(app, 'station', `status = 'ACTIVE' AND valid_until < '${today()}'`)).toBe(0);
  // One entry per station, by `system`; two audit rows each (the station, the entry); one event each.
  expect(await count(app, 'station_status_change')).toBe(entries + lapsed);
  const perStation = await app.dataSource.query(`SELECT station_id, COUNT(*) AS n FROM station_status_change WHERE changed_by = 'system' AND to_status = 'EXPIRED' AND from_status = 'ACTIVE' GROUP BY station_id`);
  expect(perStation.map((r: { station_id: number }) => Number(r.station_id)).sort((a: number, b: number) => a - b)).toEqual(expired);
  expect(perStation.every((r: { n: number }) => Number(r.n) === 1)).toBe(true);
  expect(await count(app, 'audit_event')).toBe(audits + 2 * lapsed);
  expect(await count(app, 'audit_event', "action = 'expireStation' AND actor = 'system'")).toBe(2 * lapsed);
  expect(events.map((e) => e.type === 'StationStatusChanged' && e.to)).toEqual(Array(lapsed).fill('EXPIRED'));
  // EXPIRED stations still count as established.
  expect(dataOf(await app.query('{ networkStats { stations } }')).networkStats.stations).toBe(stationsFigure);

  // Idempotent: nothing left to expire, nothing written.
  expect(await expireLapsedStations(deps(bus))).toEqual([]);
  expect([await count(app, 'station_status_change'), await count(app, 'audit_event'), events.length]).toEqual([entries + lapsed, audits + 2 * lapsed, lapsed]);

  // Renewed, the station that lapsed last is ACTIVE again (3 more years reach past today), and the sweep leaves it so.
  const [latest] = await app.dataSource.query(`SELECT id FROM station WHERE status = 'EXPIRED' AND id IN (${expired.join(', ')}) ORDER BY valid_until DESC, id LIMIT 1`);
  const renewed = dataOf(await app.query(RENEW, { input: { stationId: toGlobalId('Station', Number(latest.id)) } }, { token: staff })).renewStation;
  expect(renewed.statusChange).toMatchObject({ fromStatus: 'EXPIRED', toStatus: 'ACTIVE' });
  expect(await expireLapsedStations(deps(bus))).toEqual([]);
});

test('the scheduled sweep runs at start-up, holds no timer that keeps the process alive, and stops', async () => {
  const [station] = await app.dataSource.query("SELECT id FROM station WHERE status = 'ACTIVE' ORDER BY id LIMIT 1");
  await app.dataSource.query('UPDATE station SET valid_until = ? WHERE id = ?', [addDays(today(), -1), Number(station.id)]);
  const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
  const before = timers();
  const logged: string[] = [];
  const logger = { info: (_: unknown, message: string) => void logged.push(message), error: (_: unknown, message: string) => void logged.push(message) };
  const sweep = scheduleExpirySweep(deps(), logger as never);
  expect(timers()).toBe(before);
  expect(await sweep.firstRun).toEqual([Number(station.id)]);
  expect(logged).toEqual(['expiry sweep: 1 station(s) past their validity are now EXPIRED']);
  await sweep.stop();
});

test('a sweep scheduled without runNow runs nothing until its interval', async () => {
  const [station] = await app.dataSource.query("SELECT id FROM station WHERE status = 'ACTIVE' ORDER BY id LIMIT 1");
  await app.dataSource.query('UPDATE station SET valid_until = ? WHERE id = ?', [addDays(today(), -1), Number(station.id)]);
  const sweep = scheduleExpirySweep(deps(), { info: () => undefined, error: () => undefined } as never, { runNow: false, intervalMs: 60_000 });
  expect(await sweep.firstRun).toEqual([]);
  const [row] = await app.dataSource.query('SELECT status FROM station WHERE id = ?', [Number(station.id)]);
  expect(row.status).toBe('ACTIVE');
  await sweep.stop();
  // Left for the next test to find ACTIVE stations as before.
  await app.dataSource.query('UPDATE station SET valid_until = ? WHERE id = ?', [addDays(today(), 365), Number(station.id)]);
});

test('npm start sweeps before it listens: its first answer shows no ACTIVE station past its validity', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haizhi-start-'));
  const child = spawn(process.execPath, [path.resolve(__dirname, '../dist/src/main.js')], {
    env: { PATH: process.env.PATH, DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, PORT: '0', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /listening at (\S+)/.exec(out);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`npm start exited ${code}: ${out}`)));
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ active: stations(first: 100, filter: { statuses: [ACTIVE] }) { edges { node { validUntil } } } expired: stations(first: 1, filter: { statuses: [EXPIRED] }) { totalCount } }' }),
    });
    const { data } = (await response.json()) as { data: { active: { edges: { node: { validUntil: string } }[] }; expired: { totalCount: number } } };
    expect(data.active.edges.filter((edge) => edge.node.validUntil < today())).toEqual([]);
    // The seed stands as of 2023: some stations have lapsed since, so the check above had work to do.
    expect(data.expired.totalCount).toBeGreaterThan(0);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('without the waiver, approval waits for the public notice to end; the notice cannot end before the inspection', async () => {
  const applicationId = await flow.application('INSPECTED');
  const yesterday = addDays(today(), -1);
  const early = errorOf(await app.query(PUBLICIZE, { input: { applicationId, noticeEndsOn: yesterday } }, { token: staff }));
  expect(early.extensions.problems).toEqual([expect.objectContaining({ path: 'input.noticeEndsOn' })]);
  const nextWeek = addDays(today(), 7);
  dataOf(await app.query(PUBLICIZE, { input: { applicationId, noticeEndsOn: nextWeek } }, { token: staff }));
  const waiting = errorOf(await app.query(APPROVE, { input: { applicationId } }, { token: staff }));
  expect(waiting).toMatchObject({ code: 'CONFLICT', extensions: { currentStatus: 'PUBLICIZED', noticeEndsOn: nextWeek } });
  expect(waiting.message).toMatch(new RegExp(`runs until ${nextWeek}`));
  // Once the notice has run its course (its last day moved to yesterday: a test cannot wait a week), it is approved.
  await letNoticeEnd(app, applicationId);
  expect(dataOf(await app.query(APPROVE, { input: { applicationId } }, { token: staff })).approveStationApplication.application.status).toBe('APPROVED');
});

test('a seeded publicized application (no notice end recorded, no proposed head) is approved, its station without a head', async () => {
  const [seeded] = await app.dataSource.query("SELECT id, proposed_name FROM station_application WHERE status = 'PUBLICIZED' AND notice_ends_on IS NULL ORDER BY id LIMIT 1");
  const approval = dataOf(await app.query(APPROVE, { input: { applicationId: toGlobalId('StationApplication', Number(seeded.id)) } }, { token: staff })).approveStationApplication;
  expect(approval).toMatchObject({ application: { status: 'APPROVED' }, station: { name: seeded.proposed_name, status: 'ACTIVE', head: null }, stationHead: null, grant: { amountCny: 50_000 } });
  // The seeded inspected ones have every review in and a passed inspection: they publicize and wait like any other.
  const [inspected] = await app.dataSource.query("SELECT id FROM station_application WHERE status = 'INSPECTED' ORDER BY id LIMIT 1");
  expect(dataOf(await app.query(PUBLICIZE, { input: { applicationId: toGlobalId('StationApplication', Number(inspected.id)), noticeEndsOn: addDays(today(), 5) } }, { token: staff })).publicizeStationApplication.application.status).toBe('PUBLICIZED');
});

test('APPROVAL_SKIP_NOTICE_WAIT may not be true in production', () => {
  expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), APPROVAL_SKIP_NOTICE_WAIT: 'true' })).toThrow(/APPROVAL_SKIP_NOTICE_WAIT: may not be true when NODE_ENV=production/);
  expect(loadConfig({ NODE_ENV: 'test', APPROVAL_SKIP_NOTICE_WAIT: 'true' }).programme.approvalSkipNoticeWait).toBe(true);
  expect(loadConfig({}).programme.establishmentGrantCny).toBe(50_000);
});
