/**
 * The expiry sweep run by two OS processes at the same moment against one database (issue 13 §2),
 * as two server instances do when they start together (src/main.ts sweeps before it listens): each
 * lapsed station expires once, with one history entry and one event, whichever process got there
 * first; what is not due is left alone. On SQLite the two processes share one database file.
 */
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { migrateDatabase } from '../src/db/migrate';
import { dropDatabase, freshDatabaseConfig } from './support/database';
import { nameSortKey } from '../src/text/name-sort';

const LAPSED = 12;
const ROOT = path.join(__dirname, '..');

let db: DatabaseConfig;
let dataSource: DataSource;

interface SweepResult {
  expired: number[];
  events: number;
  startedAt: number;
  endedAt: number;
}

interface SweepProcess {
  child: ChildProcess;
  ready: Promise<void>;
  result: Promise<SweepResult>;
}

/** Starts a process that opens the database, then sweeps when told `go`. */
function sweepProcess(): SweepProcess {
  const child = spawn(
    process.execPath,
    ['-r', 'reflect-metadata', '-r', path.join(ROOT, 'test/support/processes/register-ts.cjs'), path.join(ROOT, 'test/support/processes/expiry-sweep.ts')],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'silent' }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  let onReady: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout!.on('data', (chunk) => {
    stdout += chunk;
    if (stdout.startsWith('ready\n')) onReady();
  });
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const result = new Promise<SweepResult>((resolve, reject) =>
    child.once('exit', (code) => {
      const line = stdout.split('\n').find((text) => text.startsWith('{'));
      if (code === 0 && line) resolve(JSON.parse(line) as SweepResult);
      else reject(new Error(`the sweep process exited with ${code}: ${stderr || stdout}`));
    }),
  );
  return { child, ready: Promise.race([ready, result.then(() => undefined)]), result };
}

const count = async (sql: string, parameters: unknown[] = []) => Number((await dataSource.query(sql, parameters))[0].n);

beforeAll(async () => {
  db = freshDatabaseConfig('expiry_processes');
  dataSource = await createDataSource(db);
  await dataSource.initialize();
  await migrateDatabase(dataSource);
  await dataSource.query("INSERT INTO district (code, name_zh, name_sort, name_en, kind) VALUES ('yubei', '渝北区', 'yu bei qu', 'Yubei', 'DISTRICT')");
  await dataSource.query("INSERT INTO host_unit (kind, name_zh, name_sort, district_id) VALUES ('ENTERPRISE', '测试单位', 'ce shi dan wei', 1)");
  const station = (name: string, status: string, validUntil: string) =>
    dataSource.query('INSERT INTO station (name_zh, name_sort, host_unit_id, district_id, status, approval_year, approved_on, valid_until) VALUES (?, ?, 1, 1, ?, 2019, ?, ?)', [
      name,
      nameSortKey(name),
      status,
      '2019-06-01',
      validUntil,
    ]);
  for (let i = 1; i <= LAPSED; i++) await station(`到期工作站 ${i}`, 'ACTIVE', `2022-06-${String(i).padStart(2, '0')}`);
  await station('有效工作站', 'ACTIVE', '2999-06-01');
  await station('暂停工作站', 'SUSPENDED', '2022-06-01');
}, 120_000);

afterAll(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
  if (db) await dropDatabase(db);
});

test('two processes sweeping at once expire each lapsed station once, with one history entry and one event', async () => {
  const lapsedIds: number[] = (await dataSource.query("SELECT id FROM station WHERE status = 'ACTIVE' AND valid_until < '2023-01-01' ORDER BY id")).map((row: { id: number | string }) => Number(row.id));
  expect(lapsedIds).toHaveLength(LAPSED);
  const sweeps = [sweepProcess(), sweepProcess()];
  await Promise.all(sweeps.map((sweep) => sweep.ready));
  // Both have opened the database: start them together.
  for (const sweep of sweeps) sweep.child.stdin!.write('go\n');
  const [a, b] = await Promise.all(sweeps.map((sweep) => sweep.result));

  // They ran side by side, not one after the other.
  expect(a.startedAt).toBeLessThan(b.endedAt);
  expect(b.startedAt).toBeLessThan(a.endedAt);
  // Each lapsed station expired by exactly one of them.
  const expired = [...a.expired, ...b.expired].sort((x, y) => x - y);
  expect(expired).toEqual(lapsedIds);
  expect(a.events + b.events).toBe(LAPSED);
  expect(await count("SELECT COUNT(*) AS n FROM station WHERE status = 'EXPIRED'")).toBe(LAPSED);
  // One history entry each, by `system`, and nothing else written to the history.
  expect(await count('SELECT COUNT(*) AS n FROM station_status_change')).toBe(LAPSED);
  const perStation: Array<{ station_id: number | string; n: number | string }> = await dataSource.query(
    "SELECT station_id, COUNT(*) AS n FROM station_status_change WHERE from_status = 'ACTIVE' AND to_status = 'EXPIRED' AND changed_by = 'system' GROUP BY station_id ORDER BY station_id",
  );
  expect(perStation.map((row) => [Number(row.station_id), Number(row.n)])).toEqual(lapsedIds.map((id) => [id, 1]));
  // Two audit rows per expiry (the station, the history entry).
  expect(await count("SELECT COUNT(*) AS n FROM audit_event WHERE action = 'expireStation'")).toBe(2 * LAPSED);
  // What was not due is as it was.
  expect(await dataSource.query("SELECT name_zh AS name, status FROM station WHERE valid_until > '2023-01-01' OR status <> 'EXPIRED' ORDER BY id")).toEqual([
    { name: '有效工作站', status: 'ACTIVE' },
    { name: '暂停工作站', status: 'SUSPENDED' },
  ]);
}, 120_000);
