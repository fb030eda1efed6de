#!/usr/bin/env node
// `npm run bench:writes`: how fast the write side commits, on MariaDB, through the API as it runs in
// production. There is no target yet; this records the method and the figures (BENCHMARKS.md, the
// "Write side" section, which `npm run bench` keeps when it rewrites the rest).
//   createTalent   autocannon, C connections for D seconds, each request one transaction: the talent
//                  and its audit row. Checked after: rows added == requests answered without errors.
//   lifecycle      W workers for D seconds, each driving whole applications through the state machine
//                  (create, qualify, assign two reviewers, two reviews, inspect, publicize, approve:
//                  9 mutations, the last creating the station, its head, grant and history).
// env: BENCH_MYSQL_URL (mysql://root@127.0.0.1:3306), D (15), C (10), W (4), BENCH_PORT (4301)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PROJECT, graphqlData, log, mysqlConnect, run, startProcess, stopPid, waitHttp, sleep, writeOwnedSection } from './lib.mjs';

const require = createRequire(path.join(PROJECT, 'package.json'));
const autocannon = require('autocannon');

const MYSQL = (process.env.BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
const D = Number(process.env.D || 15), C = Number(process.env.C || 10), W = Number(process.env.W || 4);
const PORT = Number(process.env.BENCH_PORT || 4301);
const DB = 'haizhi_bench_writes';
const URL_ = `http://127.0.0.1:${PORT}/graphql`;
const STAFF = { email: 'bench-staff@example.org', password: 'bench-password-1' };
// Not production: the lifecycle needs the demo accounts and the notice waiver (an application cannot
// wait days for its public notice to end). Nothing else in the server depends on NODE_ENV.
// RATE_LIMITS=off: every request comes from one address and a few accounts, far past an hour's budget.
const ENV = { NODE_ENV: 'development', LOG_LEVEL: 'warn', DATABASE_URL: `${MYSQL}/${DB}`, PORT: String(PORT), JWT_SECRET: 'bench-writes-secret-0123456789abcdef', APPROVAL_SKIP_NOTICE_WAIT: 'true', RATE_LIMITS: 'off' };
const NODE_FLAGS = (JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')).config?.nodeFlags ?? '').split(/\s+/).filter(Boolean);
const runId = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const OUT = path.join(PROJECT, 'bench/results', `writes-${runId}`);
fs.mkdirSync(OUT, { recursive: true });
const LOG = path.join(OUT, 'harness.log');

const gql = (query, variables, token) => graphqlData(URL_, query, variables, token);

const count = async (db, table) => Number((await db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0][0].n);

async function createTalent(db, token) {
  const body = JSON.stringify({
    query: 'mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }',
    variables: { input: { name: 'Bench Talent', country: 'DE', degree: 'DOCTORATE' } },
  });
  const before = { talents: await count(db, 'talent'), audits: await count(db, 'audit_event') };
  const result = await autocannon({
    url: URL_, method: 'POST', connections: C, duration: D, body,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  });
  const after = { talents: await count(db, 'talent'), audits: await count(db, 'audit_event') };
  const added = after.talents - before.talents;
  return {
    name: 'createTalent (talent + audit row, one transaction)',
    perSecond: added / D,
    requests: result.requests.total,
    added,
    auditsAdded: after.audits - before.audits,
    latency: { p50: result.latency.p50, p99: result.latency.p99 },
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function main() {
  const db = await mysqlConnect(MYSQL);
  await db.query(`DROP DATABASE IF EXISTS \`${DB}\``);
  await db.query(`CREATE DATABASE \`${DB}\``);
  log(`seeding ${DB} (the article's network)`);
  await run('seed', 'node', ['dist/seeds/cli.js', '--no-progress'], { env: { DATABASE_URL: `${MYSQL}/${DB}` }, timeoutS: 300, logFile: LOG });
  await run('user:create', 'node', ['dist/src/user-cli.js', '--email', STAFF.email, '--role', 'STAFF'], { env: { ...ENV, HAIZHI_PASSWORD: STAFF.password }, timeoutS: 60, logFile: LOG });
  const server = startProcess('node', [...NODE_FLAGS, 'dist/src/main.js'], { env: ENV, logFile: path.join(OUT, 'server.log') });
  try {
    await waitHttp(`http://127.0.0.1:${PORT}/healthz`, { timeoutS: 90, child: server, logFile: path.join(OUT, 'server.log') });
    const token = (await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: STAFF })).login.token;
    const dbw = await mysqlConnect(`${MYSQL}/${DB}`);
    log(`createTalent: ${C} connections, ${D} s`);
    const results = [await createTalent(dbw, token)];
    await sleep(500);
    const lifecycle = await import('./writes-lifecycle.mjs').catch(() => null);
    if (lifecycle) {
      log(`lifecycle: ${W} workers, ${D} s`);
      results.push(await lifecycle.measure({ gql, token, db: dbw, workers: W, seconds: D }));
    } else {
      log('lifecycle: bench/writes-lifecycle.mjs is not there yet; skipped');
    }
    await dbw.end();
    const record = { runId, startedAt: new Date().toISOString(), settings: { D, C, W }, node: process.version, results };
    fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(record, null, 2) + '\n');
    writeSection(record);
    for (const r of results) log(`${r.name}: ${r.perSecond.toFixed(1)}/s`);
  } finally {
    await stopPid(server.pid);
    await db.query(`DROP DATABASE IF EXISTS \`${DB}\``);
    await db.end();
  }
}

function writeSection(record) {
  writeOwnedSection('write-side', [
    '## Write side',
    '',
    `Written by \`npm run bench:writes\` (bench/writes.mjs) on ${record.startedAt.slice(0, 16).replace('T', ' ')} UTC, Node ${record.node}, MariaDB on this machine; no target yet.`,
    '',
    '| what | per second | mutations per second | requests | rows added | p50 ms | p99 ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...record.results.map((r) => `| ${r.name} | ${r.perSecond.toFixed(1)} | ${(r.mutationsPerSecond ?? r.perSecond).toFixed(1)} | ${r.requests} | ${r.added} | ${r.latency?.p50 ?? '–'} | ${r.latency?.p99 ?? '–'} |`),
    '',
    'Method: a fresh MariaDB database with the article\'s network, the demo accounts and one more STAFF account (`npm run user:create`); the server',
    "started as `npm start` starts it (package.json's Node flags), with NODE_ENV=development and APPROVAL_SKIP_NOTICE_WAIT=true only because the",
    `lifecycle needs the demo accounts and cannot wait for a public notice to end. createTalent: autocannon, ${record.settings.C} connections for ${record.settings.D} s, one`,
    'talent and its audit row per request; the rate counts rows that committed (checked against the table afterwards), not answers. The lifecycle:',
    `${record.settings.W} workers each drive whole applications through the state machine over HTTP for ${record.settings.D} s (as the unit's manager, two reviewers and STAFF);`,
    'the rate counts stations created; p50/p99 are per whole lifecycle (9 requests).',
  ]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
