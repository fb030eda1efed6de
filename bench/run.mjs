#!/usr/bin/env node
// `npm run bench`: our server against the peers (PostGraphile, Directus) and the floor, on MariaDB,
// with the peer kit's own autocannon driver ($ROOT/common/bench.sh), alternating servers, N rounds,
// then BENCHMARKS.md. See BENCHMARKS.md ("Reproduce") for what it runs and `--help` for the flags.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import {
  PROJECT, alive, checkAnswer, children, killGroup, log, median, mysqlConnect, ownedSections, procMemory, run,
  settle, sleep, sqlPerRequest, startProcess, stopPid, waitHttp,
} from './lib.mjs';
import { renderReport } from './report.mjs';

const USAGE = `Usage: npm run bench -- [flags]
  --rounds N          rounds of the alternation (3)
  --duration S        seconds under load per server and query (15, the peer kit's DURATION)
  --connections N     autocannon connections (10, the peer kit's CONNECTIONS)
  --query GRAPHQL     replace the peer-shaped query (a stand-in: the target is then not evaluated)
  --volumes LIST      peers,large (default both)
  --skip-peers        do not run PostGraphile/Directus     --skip-floor   do not run the floor
  --skip-build        use dist/ as it is
  --skip-search       do not run bench/search.mjs afterwards (search at 100,000 talents, about 6 min)
  --out FILE          where to write the report (BENCHMARKS.md at the project root)
  --keep              leave servers running and databases in place at the end
env: ROOT (peer kit folder, /tmp/haizhi-peers), HAIZHI_SHARED (../shared), BENCH_MYSQL_URL (mysql://root@127.0.0.1:3306),
     DIRECTUS_DB, DIRECTUS_PORT, PGL_PORT, PG_PORT (passed to the peer kit), BENCH_PORT (4201; large volume uses +1)`;

const PEER_QUERY = '{ stations(first: 64) { edges { node { name talents(first: 20) { edges { node { name } } } partners(first: 10) { edges { node { name } } } } } } }';
const PEER_FORM = "peer-shaped query, in the peer kit's form (REPRO.sh)";
const VOLUMES = {
  peers: { label: "peers' volume", flags: ['--stations', '64', '--talents', '5000', '--organizations', '120', '--partnerships', '300'] },
  large: { label: 'large volume', flags: ['--stations', '1000', '--talents', '100000', '--organizations', '2000', '--partnerships', '5000'] },
};
const T = { build: 300, install: 1800, setup: 600, verify: 120, sqlcount: 180, floor: 180, seed: { peers: 180, large: 900 }, start: 90, stop: 60 };

const { values: opt } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: process.env.DURATION || '15' },
    connections: { type: 'string', default: process.env.CONNECTIONS || '10' },
    query: { type: 'string' },
    volumes: { type: 'string', default: 'peers,large' },
    'skip-peers': { type: 'boolean', default: false },
    'skip-floor': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(PROJECT, 'BENCHMARKS.md') },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) { console.log(USAGE); process.exit(0); }

const rounds = Number(opt.rounds), duration = Number(opt.duration), connections = Number(opt.connections);
const volumes = opt.volumes.split(',').map((v) => v.trim()).filter(Boolean);
for (const v of volumes) if (!VOLUMES[v]) { console.error(`unknown volume "${v}"\n\n${USAGE}`); process.exit(2); }
if (!(rounds >= 1 && duration >= 1 && connections >= 1)) { console.error(USAGE); process.exit(2); }

const SHARED = path.resolve(process.env.HAIZHI_SHARED || path.join(PROJECT, '..', 'shared'));
const REPRO = path.join(SHARED, 'bench/peers/REPRO.sh');
const FLOOR = path.join(SHARED, 'bench/floor/run.sh');
const ROOT = process.env.ROOT || '/tmp/haizhi-peers';
const MYSQL = (process.env.BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
const DIRECTUS_DB = process.env.DIRECTUS_DB || 'sqlite';
const DIRECTUS_PORT = process.env.DIRECTUS_PORT || '8055', PGL_PORT = process.env.PGL_PORT || '5055';
const FLOOR_PORT = process.env.FLOOR_PORT || '4100';
const BASE_PORT = Number(process.env.BENCH_PORT || 4201);
// The server starts as `npm start` starts it: with the Node flags package.json's config gives.
const NODE_FLAGS = (JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')).config?.nodeFlags ?? '').split(/\s+/).filter(Boolean);
// The peer kit reads these; everything it and bench.sh run gets the same settings.
const KIT_ENV = { ROOT, DURATION: String(duration), CONNECTIONS: String(connections) };

const runId = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const OUT = path.join(PROJECT, 'bench/results', runId);
fs.mkdirSync(OUT, { recursive: true });
const LOG = path.join(OUT, 'harness.log');

const results = {
  // The flags to reproduce this run with (where the report went is not one of them).
  runId, startedAt: new Date().toISOString(), argv: process.argv.slice(2).filter((a, i, all) => a !== '--out' && all[i - 1] !== '--out' && !a.startsWith('--out=')),
  settings: { rounds, duration, connections, warmupS: 3, standIn: opt.query !== undefined },
  queries: {}, machine: {}, sql: {}, shapes: {}, measurements: [], notes: [], skipped: [], failures: [],
};

// What to clean up, filled in as things are created.
const created = { databases: [], servers: [], floorPid: null, peersStarted: false };
let db = null;

async function main() {
  db = await mysqlConnect(MYSQL).catch((e) => { throw new Error(`MariaDB at ${MYSQL}: ${e.message}`); });
  results.machine = await machine();
  log(`results in ${path.relative(PROJECT, OUT)}; ${rounds} round(s) x ${connections} connections x ${duration} s (+3 s warm-up)`);

  // ---- queries
  const queries = [];
  const dirFile = path.join(PROJECT, 'schema/operations/Directory.graphql');
  if (fs.existsSync(dirFile)) {
    queries.push({ key: 'directory', label: 'directory query', text: fs.readFileSync(dirFile, 'utf8'), check: { minEdges: 1 } });
  } else {
    skip('directory', 'schema/operations/Directory.graphql does not exist yet: the directory query is skipped');
  }
  const peerText = opt.query ?? PEER_QUERY;
  queries.push({ key: 'peer', label: opt.query ? 'peer-shaped query (STAND-IN)' : 'peer-shaped query', text: peerText, check: { expectEdges: 64 } });
  for (const q of queries) {
    q.bodyFile = path.join(OUT, `${q.key}.body.json`);
    q.body = JSON.stringify({ query: q.text });
    fs.writeFileSync(q.bodyFile, q.body + '\n');
    results.queries[q.key] = { label: q.label, text: q.text };
  }
  if (opt.query) note(`The peer-shaped query was replaced by a stand-in (--query): the target is not evaluated.`);

  // ---- build, ports
  if (!opt['skip-build']) {
    log('build: npm run -s build');
    await run('build', 'npm', ['run', '-s', 'build'], { timeoutS: T.build, logFile: LOG });
  }
  const ports = volumes.map((_, i) => BASE_PORT + i);
  for (const p of [...ports, ...(opt['skip-floor'] ? [] : [Number(FLOOR_PORT)])]) {
    if (await portInUse(p)) throw new Error(`port ${p} is already in use (set BENCH_PORT / FLOOR_PORT)`);
  }

  const targets = []; // what gets load: { name, server, volume, queryKey, url, bodyFile, headers, pid, expectBytes }

  // ---- peers (their own data: only at the peers' volume)
  if (!opt['skip-peers']) {
    const kit = (cmd, timeoutS) => run(`REPRO.sh ${cmd}`, 'bash', [REPRO, cmd], { env: KIT_ENV, timeoutS, logFile: LOG });
    const installed = ['bench/node_modules/.bin/autocannon', 'pgl/node_modules/postgraphile', 'directus/node_modules/directus/cli.js']
      .every((f) => fs.existsSync(path.join(ROOT, f)));
    if (!installed) {
      log(`peers: REPRO.sh install into ${ROOT} (npm + apt; several minutes the first time)`);
      await kit('install', T.install);
    }
    log('peers: REPRO.sh setup (PostgreSQL cluster, seed, start PostGraphile and Directus)');
    created.peersStarted = true;
    await kit('setup', T.setup);
    log('peers: REPRO.sh verify');
    process.stdout.write((await kit('verify', T.verify)).split('\n').filter((l) => /OK|FAIL|bytes/.test(l)).map((l) => `    ${l}\n`).join(''));
    log('peers: REPRO.sh sqlcount');
    const sc = await kit('sqlcount', T.sqlcount);
    const count = (re) => Number((sc.match(re) || [])[1]);
    results.sql[`directus-${DIRECTUS_DB}`] = { statements: count(/^directus-\w+: (\d+) statements/m), how: "the peer kit's sqlcount (Directus trace log)" };
    results.sql.postgraphile = { statements: count(/^postgraphile: (\d+) statements/m), how: "the peer kit's sqlcount (PostgreSQL log_statement)" };
    const pidOf = (f) => () => Number(fs.readFileSync(path.join(ROOT, f), 'utf8'));
    const bytesOf = (f) => fs.statSync(path.join(ROOT, 'results', f)).size;
    targets.push(
      { name: 'postgraphile', server: 'PostGraphile 4', volume: 'peers', queryKey: 'peer', queryLabel: PEER_FORM, url: `http://127.0.0.1:${PGL_PORT}/graphql`,
        bodyFile: path.join(ROOT, 'pgl/query.json'), headers: {}, pid: pidOf('pgl/server.pid'), expectBytes: bytesOf('postgraphile.response.json'), viaKit: true },
      { name: `directus-${DIRECTUS_DB}`, server: `Directus 11 (${DIRECTUS_DB})`, volume: 'peers', queryKey: 'peer', queryLabel: PEER_FORM, url: `http://127.0.0.1:${DIRECTUS_PORT}/graphql`,
        bodyFile: path.join(ROOT, 'directus/query.json'), headers: { authorization: 'Bearer peer-admin-token' }, pid: pidOf('directus/server.pid'),
        expectBytes: bytesOf(`directus-${DIRECTUS_DB}.response.json`), viaKit: true },
    );
  }
  if (!fs.existsSync(path.join(ROOT, 'common/bench.sh'))) {
    throw new Error(`${ROOT}/common/bench.sh is missing: run without --skip-peers once (REPRO.sh install writes it)`);
  }

  // ---- floor (the peer kit's data in MariaDB database haizhi_floor)
  if (!opt['skip-floor']) {
    log('floor: run.sh');
    created.databases.push('haizhi_floor');
    const out = await run('floor run.sh', 'bash', [FLOOR], { env: { ...KIT_ENV, PORT: FLOOR_PORT }, timeoutS: T.floor, logFile: LOG });
    created.floorPid = Number(out.trim().split('\n').pop());
    const url = `http://127.0.0.1:${FLOOR_PORT}/graphql`;
    // It ignores the query text and always answers the peer-shaped query.
    const floorBody = JSON.stringify({ query: PEER_QUERY });
    const floorBodyFile = path.join(OUT, 'floor.body.json');
    fs.writeFileSync(floorBodyFile, floorBody + '\n');
    let c = { ok: false, why: 'no answer' };
    for (let i = 0; i < 20 && !c.ok; i++) {
      c = await checkAnswer(url, floorBody, { expectEdges: 64 }).catch((e) => ({ ok: false, why: e.message }));
      if (!c.ok) await sleep(500);
    }
    if (!c.ok) throw new Error(`the floor does not answer: ${c.why}`);
    results.shapes.floor = c.shape;
    results.sql.floor = { ...(await sqlPerRequest(db, url, floorBody)), how: 'MariaDB Com_select delta' };
    targets.push({ name: 'floor', server: 'floor (node:http + mysql2)', volume: 'peers', queryKey: 'peer',
      queryLabel: 'peer-shaped query (fixed answer: the floor ignores the query text)', url, bodyFile: floorBodyFile,
      headers: {}, pid: () => created.floorPid, expectBytes: c.bytes });
  }

  // ---- ours, per volume: fresh database, seed, start as in production
  for (const [i, volume] of volumes.entries()) {
    const dbName = `haizhi_bench_${volume}`;
    const url = `${MYSQL}/${dbName}`;
    log(`ours @ ${volume}: fresh database ${dbName}, seed ${VOLUMES[volume].flags.join(' ')}`);
    created.databases.push(dbName);
    await db.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
    await db.query(`CREATE DATABASE \`${dbName}\``);
    const seedOut = await run(`seed ${volume}`, 'node', ['dist/seeds/cli.js', '--no-progress', ...VOLUMES[volume].flags],
      { env: { DATABASE_URL: url }, timeoutS: T.seed[volume], logFile: LOG });
    log(`    ${(seedOut.match(/seeded .* rows inserted/) || ['seeded'])[0].replace(MYSQL, '')}`);

    const port = ports[i];
    const logFile = path.join(OUT, `server-${volume}.log`);
    const child = startProcess('node', [...NODE_FLAGS, 'dist/src/main.js'], {
      // Production requires a JWT secret; reads need no token, so any 32 characters will do here.
      // RATE_LIMITS=off: the peers have no rate limits, and every request comes from one address.
      env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: url, PORT: String(port), JWT_SECRET: 'bench-secret-not-used-by-anonymous-reads', METRICS_TOKEN: 'bench-metrics-token-never-scraped', RATE_LIMITS: 'off' }, logFile,
    });
    created.servers.push(child);
    await waitHttp(`http://127.0.0.1:${port}/healthz`, { timeoutS: T.start, child, logFile });
    log(`    server pid ${child.pid} on :${port}`);
    const gql = `http://127.0.0.1:${port}/graphql`;
    for (const q of queries) {
      const c = await checkAnswer(gql, q.body, q.check);
      if (!c.ok) {
        fail(`ours/${q.key}/${volume}`, `${q.label} at the ${VOLUMES[volume].label} fails, so it is not benchmarked: ${c.why}`);
        continue;
      }
      if (c.shape) results.shapes[`ours-${volume}-${q.key}`] = c.shape;
      // Equal work: at the peers' volume, our answer to the peer-shaped query must carry as many
      // talents as the floor's (the peer kit's data), or the comparison says nothing.
      const floorShape = results.shapes.floor;
      if (volume === 'peers' && q.key === 'peer' && floorShape && c.shape && c.shape.talents !== floorShape.talents) {
        fail(`ours/${q.key}/${volume}`, `our answer holds ${c.shape.talents} talents, the peers' data ${floorShape.talents}: seed the same volume before comparing`);
        continue;
      }
      results.sql[`ours-${volume}-${q.key}`] = { ...(await sqlPerRequest(db, gql, q.body)), how: 'MariaDB Com_select delta' };
      targets.push({ name: `ours-${volume}-${q.key}`, server: 'HAIZHI (ours)', volume, queryKey: q.key, queryLabel: q.label, url: gql, bodyFile: q.bodyFile,
        headers: {}, pid: () => child.pid, expectBytes: c.bytes });
    }
  }
  for (const [k, v] of Object.entries(results.sql)) {
    const n = v.comSelect ?? v.statements;
    log(`    SQL per request ${k}: ${n}${v.questions !== undefined ? ` (Questions ${v.questions})` : ''}`);
  }

  // ---- rounds: groups alternate, one server under load at a time; the start rotates each round
  const groups = [];
  for (const volume of volumes) if (targets.some((t) => t.name.startsWith(`ours-${volume}`))) groups.push(targets.filter((t) => t.name.startsWith(`ours-${volume}`)));
  if (!opt['skip-floor']) groups.push(targets.filter((t) => t.name === 'floor'));
  if (!opt['skip-peers']) groups.push(targets.filter((t) => t.viaKit));
  for (let r = 1; r <= rounds; r++) {
    const order = groups.map((_, i) => groups[(i + r - 1) % groups.length]);
    log(`round ${r}/${rounds}: ${order.map((g) => g.map((t) => t.name).join(' + ')).join(' -> ')}`);
    const dir = path.join(OUT, `round-${r}`);
    fs.mkdirSync(dir, { recursive: true });
    for (const group of order) {
      const quiet = await quietBefore(group);
      if (group[0].viaKit) {
        await run('REPRO.sh bench', 'bash', [REPRO, 'bench'], { env: KIT_ENV, timeoutS: 2 * (duration + 3) + 180, logFile: LOG });
        for (const t of group) await collect(t, r, dir, quiet);
      } else {
        for (const [j, t] of group.entries()) {
          const q = j === 0 ? quiet : await quietBefore([t]);
          const extra = Object.entries(t.headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]);
          await run(`bench.sh ${t.name}`, path.join(ROOT, 'common/bench.sh'), [t.name, t.url, t.bodyFile, String(t.pid()), ...extra],
            { env: KIT_ENV, timeoutS: duration + 3 + 120, logFile: LOG });
          await collect(t, r, dir, q);
        }
      }
    }
  }

  // our servers' lifetime peak (VmHWM), for the report
  for (const [i, volume] of volumes.entries()) {
    const child = created.servers[i];
    if (child && alive(child.pid)) results.machine[`oursVmHWM_${volume}`] = procMemory(child.pid).hwm;
  }
}

/** Wait for a quiet machine (bounded); a run that starts on a busy one is flagged in the report. */
async function quietBefore(group) {
  const q = await settle(db, { timeoutS: 60 });
  if (q.waitedS > 5 || !q.quiet) log(`    waited ${q.waitedS.toFixed(0)} s for a quiet machine before ${group.map((t) => t.name).join(' + ')}${q.quiet ? '' : ` (still ${(q.busy * 100).toFixed(0)}% busy)`}`);
  return q;
}

/** Read bench.sh's output for one target and round, check it, keep a copy. */
async function collect(t, round, dir, quiet) {
  const base = path.join(ROOT, 'results', t.name);
  const ac = JSON.parse(fs.readFileSync(`${base}.json`, 'utf8'));
  const rssKiB = Number(fs.readFileSync(`${base}.rssmax`, 'utf8').trim());
  for (const ext of ['json', 'txt', 'rssmax']) fs.copyFileSync(`${base}.${ext}`, path.join(dir, `${t.name}.${ext}`));
  const m = {
    name: t.name, server: t.server, volume: t.volume, query: t.queryKey, queryLabel: t.queryLabel, round,
    reqs: ac.requests.average, p50: ac.latency.p50, p90: ac.latency.p90, p99: ac.latency.p99, max: ac.latency.max,
    total: ac.requests.total, non2xx: ac.non2xx, errors: ac.errors, timeouts: ac.timeouts, rssKiB,
    bytesPerReq: ac.requests.total ? ac.throughput.total / ac.requests.total : 0,
    problems: [], warnings: [], busyBefore: quiet.busy,
  };
  if (!quiet.quiet) m.warnings.push(`started on a busy machine (${(quiet.busy * 100).toFixed(0)}% CPU busy after waiting ${quiet.waitedS.toFixed(0)} s)`);
  if (m.non2xx || m.errors || m.timeouts) m.problems.push(`${m.non2xx} non-2xx, ${m.errors} errors, ${m.timeouts} timeouts`);
  // autocannon counts a 200 carrying GraphQL `errors` as a success: compare the bytes it read per
  // request with the verified answer, and ask once more after the load.
  if (t.expectBytes && m.bytesPerReq < 0.95 * t.expectBytes) m.problems.push(`answers under load averaged ${m.bytesPerReq.toFixed(0)} bytes, the verified answer has ${t.expectBytes}`);
  const body = fs.readFileSync(t.bodyFile, 'utf8');
  const after = await checkAnswer(t.url, body, { headers: t.headers });
  if (!after.ok) m.problems.push(`after the load: ${after.why}`);
  results.measurements.push(m);
  log(`    ${t.name.padEnd(24)} ${m.reqs.toFixed(1).padStart(8)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  RSS ${(rssKiB / 1024).toFixed(0)} MiB${m.problems.length ? '  PROBLEM: ' + m.problems.join('; ') : ''}`);
}

async function machine() {
  const sh = (cmd, args) => { try { return execFileSync(cmd, args, { encoding: 'utf8', cwd: PROJECT, stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; } };
  const [[v]] = await db.query('SELECT VERSION() AS v');
  const head = sh('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = head ? (sh('git', ['status', '--porcelain', '--', 'src', 'seeds', 'migrations', 'package.json']) || '') !== '' : null;
  return {
    nproc: os.availableParallelism(), cpu: os.cpus()[0]?.model, memGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    kernel: os.release(), node: process.version, mariadb: v.v,
    postgres: (sh('/usr/lib/postgresql/15/bin/postgres', ['--version']) || '').replace(/^postgres \(PostgreSQL\) /, 'PostgreSQL '),
    loadavg: os.loadavg().map((x) => x.toFixed(2)).join(' '),
    git: head ? `${head}${dirty ? ' + uncommitted changes in src/seeds/migrations' : ''}` : 'not a git checkout',
  };
}

function note(text) { results.notes.push(text); log(`note: ${text}`); }
function skip(key, text) { results.skipped.push({ key, text }); log(`SKIP: ${text}`); }
function fail(key, text) { results.failures.push({ key, text }); log(`FAIL: ${text}`); }

function portInUse(port) {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => { s.destroy(); resolve(true); });
    s.on('error', () => resolve(false));
  });
}

let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    if (opt.keep) {
      log(`--keep: left running: ours ${created.servers.map((c) => c.pid).join(', ')}, floor ${created.floorPid}; databases ${created.databases.join(', ')}; stop the peers with REPRO.sh stop`);
      await db?.end().catch(() => {});
      return;
    }
    for (const c of children) if (!created.servers.includes(c)) killGroup(c);
    for (const c of created.servers) await stopPid(c.pid);
    if (created.floorPid) await stopPid(created.floorPid);
    if (created.peersStarted) {
      await run('REPRO.sh stop', 'bash', [REPRO, 'stop'], { env: KIT_ENV, timeoutS: T.stop, logFile: LOG }).catch((e) => log(`cleanup: ${e.message}`));
    }
    for (const name of created.databases) await db?.query(`DROP DATABASE IF EXISTS \`${name}\``).catch((e) => log(`cleanup: drop ${name}: ${e.message}`));
    await db?.end().catch(() => {});
    log('cleaned up: servers stopped, databases dropped');
  })();
  return cleaning;
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { log(`${sig}: stopping`); cleanup().finally(() => process.exit(130)); });
}

const t0 = Date.now();
let code = 0;
try {
  await main();
} catch (error) {
  code = 1;
  results.failures.push({ key: 'harness', text: error.message });
  log(`FAILED: ${error.message}`);
} finally {
  await cleanup();
}
results.wallSeconds = Math.round((Date.now() - t0) / 1000);
fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
if (results.measurements.length > 0) {
  // The sections other scripts own (bench:writes, bench:subscriptions) are kept as they are.
  const kept = ownedSections(fs.existsSync(opt.out) ? fs.readFileSync(opt.out, 'utf8') : '');
  const md = renderReport(results);
  fs.writeFileSync(opt.out, kept.length > 0 ? `${md.trimEnd()}\n\n${kept.join('\n\n')}\n` : md);
  log(`wrote ${path.relative(process.cwd(), opt.out) || opt.out} (${results.wallSeconds} s in all)`);
  const verdict = md.match(/^\*\*Target: (.*)\*\*$/m);
  if (verdict) log(`target: ${verdict[1]}`);
} else {
  log(`nothing measured: ${opt.out} left as it was (${results.wallSeconds} s)`);
}
if (results.failures.length > 0 && code === 0) code = 1;
// Search (issue 14) has its own data set, server and section of the report: bench/search.mjs, after
// everything above has stopped, so the two never share the machine.
if (!opt['skip-search']) {
  log('search: bench/search.mjs (--skip-search to leave it out)');
  try {
    await run('bench/search.mjs', 'node', ['bench/search.mjs', '--skip-build', '--out', opt.out], { timeoutS: 3600, logFile: LOG, echo: true });
  } catch (error) {
    log(`search: FAILED: ${error.message.split('\n')[0]}`);
    if (code === 0) code = 1;
  }
}
process.exit(code);
