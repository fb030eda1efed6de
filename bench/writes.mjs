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
//
// `npm run bench:writes -- --ab DIR [--volume article|large] [--rounds R]` measures instead what the
// search index's writes add to createTalent (issue 14: at most 20%): this checkout against a built
// checkout of the commit before search (bench/writes-ab.mjs), into BENCHMARKS.md's
// "search-index-writes-<volume>" section.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
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

const { values: opt } = parseArgs({
  options: { ab: { type: 'string' }, volume: { type: 'string', default: 'article' }, rounds: { type: 'string', default: '3' } },
});

async function main() {
  if (opt.ab) return abMain();
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

async function abMain() {
  const { measureAb, VOLUMES } = await import('./writes-ab.mjs');
  if (!VOLUMES[opt.volume]) throw new Error(`--volume: one of ${Object.keys(VOLUMES).join(', ')}`);
  log(`createTalent A/B against ${opt.ab}: ${opt.volume} volume, ${opt.rounds} rounds x (1 and ${C} connections) x ${D} s per side`);
  const ab = await measureAb({
    baseline: path.resolve(opt.ab), volume: opt.volume, rounds: Number(opt.rounds), seconds: D, connections: C,
    mysql: MYSQL, port: PORT, env: { ...ENV, DATABASE_URL: undefined, PORT: undefined }, nodeFlags: NODE_FLAGS, staff: STAFF, logDir: OUT,
  });
  const record = { runId, startedAt: new Date().toISOString(), node: process.version, ab };
  fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(record, null, 2) + '\n');
  for (const r of ab.rows) log(`c=${r.connections}: mean ${r.with.mean.toFixed(1)} vs ${r.without.mean.toFixed(1)} ms (${r.meanOverheadPct.toFixed(0)}%; median of rounds ${r.medianRoundOverheadPct.toFixed(0)}%), p95 ${r.with.p95.toFixed(1)} vs ${r.without.p95.toFixed(1)} ms (${r.p95OverheadPct.toFixed(0)}%), server CPU ${r.with.serverCpuMsMedian.toFixed(2)} vs ${r.without.serverCpuMsMedian.toFixed(2)} ms per answer (median of rounds)`);
  writeAbSection(record);
}

function writeAbSection({ startedAt, node, ab }) {
  const f = (x) => (x === null || x === undefined ? '–' : x.toFixed(1));
  const pct = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(0)}%`;
  writeOwnedSection(`search-index-writes-${ab.volume}`, [
    `### Search (issue 14): what index writes add to createTalent (${ab.volume === 'large' ? 'large volume' : "the article's network"})`,
    '',
    `Written by \`npm run bench:writes -- --ab <checkout> --volume ${ab.volume} --rounds ${ab.rounds}\` (bench/writes-ab.mjs) on ${startedAt.slice(0, 16).replace('T', ' ')} UTC, Node ${node}, MariaDB on this machine (shared with other work). ` +
      'Target (issue 14 §7): index writes add at most 20% to createTalent\'s time.',
    '',
    `Two builds, each with its own fresh database (${ab.volume === 'large' ? '100,000 talents, 1,000 stations' : "the article's network"}) and server: ${ab.sides.map((s) => `**${s.key}** = ${s.label}`).join('; ')}. ` +
      `${ab.rounds} rounds; in each, each side alone (first side alternating) takes createTalent for ${ab.seconds} s at 1 connection, then at ${ab.connections}; every latency kept. ` +
      `Each request a different talent, in the same sequence on both sides (bench/writes-ab.mjs talentAt), e.g. \`${JSON.stringify(ab.talent)}\`: a Chinese name (so pinyin is indexed too), an English name, a title and a bio in both languages.`,
    '',
    '| conns | side | talents committed | per second | mean ms | p50 | p95 | p99 | failed | server CPU ms per answer (median of rounds) |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...ab.rows.flatMap((r) => ['with', 'without'].map((k) => `| ${r.connections} | ${k} | ${r[k].added} | ${f(r[k].added / r[k].seconds)} | ${f(r[k].mean)} | ${f(r[k].p50)} | ${f(r[k].p95)} | ${f(r[k].p99)} | ${r[k].failed} | ${r[k].serverCpuMsMedian.toFixed(2)} |`)),
    '',
    '| conns | mean, all rounds pooled | p95, pooled | throughput | mean, median of the rounds\' ratios | each round\'s mean ratio |',
    '|---:|---:|---:|---:|---:|---|',
    ...ab.rows.map((r) => `| ${r.connections} | ${pct(r.meanOverheadPct)} | ${pct(r.p95OverheadPct)} | ${pct(((r.with.added / r.with.seconds) / (r.without.added / r.without.seconds) - 1) * 100)} | ${pct(r.medianRoundOverheadPct)} | ${r.roundRatiosPct.map(pct).join(', ')} |`),
    '',
    'With minus without, as a share of without (+ = index writes cost more). The machine is shared with other work (2 CPUs): the rounds differ more than the sides, so read the median of the rounds\' ratios first.',
  ]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
