#!/usr/bin/env node
// `npm run bench:export`: GET /export/talents.csv and .xlsx at 100,000 talents (issue 16 §5: under
// 200 MB RSS), on SQLite and on MariaDB, through the built server as `npm start` runs it (the
// project's node flags). For each database: seed a fresh one with --talents N, start the server, log
// in as the demo STAFF account, download each format as a stream (bytes counted, nothing kept),
// sample the server's VmRSS from /proc every 50 ms, and read the server's own "export: done" log line
// (rows, pages). Writes BENCHMARKS.md's "Exports (issue 16)" section.
// env: BENCH_MYSQL_URL (mysql://root@127.0.0.1:3306), TALENTS (100000), EXPORT_PAGE_SIZE (1000),
//      BENCH_PORT (4391), DATABASES (sqlite,mariadb)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT, graphqlData, log, mysqlConnect, run, sleep, startProcess, stopPid, waitHttp, writeOwnedSection } from './lib.mjs';

const MYSQL = (process.env.BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
const TALENTS = Number(process.env.TALENTS || 100_000);
const PAGE_SIZE = Number(process.env.EXPORT_PAGE_SIZE || 1000);
const PORT = Number(process.env.BENCH_PORT || 4391);
const DATABASES = (process.env.DATABASES || 'sqlite,mariadb').split(',');
const DB = 'haizhi_bench_export';
const NODE_FLAGS = (JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')).config?.nodeFlags ?? '').split(/\s+/).filter(Boolean);
const runId = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const OUT = path.join(PROJECT, 'bench/results', `export-${runId}`);
fs.mkdirSync(OUT, { recursive: true });
const LOG = path.join(OUT, 'harness.log');
const ORIGIN = `http://127.0.0.1:${PORT}`;

function rssKiB(pid) {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Downloads `url` as a stream, counting bytes (and lines, for CSV) while sampling the server's RSS every 50 ms. */
async function measure(url, token, pid) {
  const before = rssKiB(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssKiB(pid))), 50);
  const started = process.hrtime.bigint();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  let bytes = 0;
  let newlines = 0;
  for await (const chunk of response.body) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines += 1;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  peak = Math.max(peak, rssKiB(pid));
  return { bytes, newlines, seconds, rssBeforeMiB: before / 1024, peakRssMiB: peak / 1024, rateLimitUsed: response.headers.get('x-ratelimit-used') };
}

/** The server's "export: done" lines (pino JSON), oldest first. */
function exportLines(logFile) {
  return fs
    .readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => line.includes('"export: done"'))
    .map((line) => JSON.parse(line));
}

async function benchDatabase(kind) {
  const url = kind === 'sqlite' ? `sqlite:${path.join(os.tmpdir(), `${DB}-${process.pid}.sqlite`)}` : `${MYSQL}/${DB}`;
  if (kind === 'sqlite') for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${url.slice('sqlite:'.length)}${suffix}`, { force: true });
  else {
    const db = await mysqlConnect(MYSQL);
    await db.query(`DROP DATABASE IF EXISTS \`${DB}\``);
    await db.query(`CREATE DATABASE \`${DB}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await db.end();
  }
  log(`${kind}: seeding ${TALENTS} talents`);
  const seedStarted = Date.now();
  await run('seed', 'node', ['dist/seeds/cli.js', '--no-progress', '--talents', String(TALENTS)], { env: { DATABASE_URL: url }, timeoutS: 1800, logFile: LOG });
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  // Another process on the port would answer in our server's place (our server fails to bind).
  if (await fetch(`${ORIGIN}/healthz`).then(() => true, () => false)) throw new Error(`something already answers on ${ORIGIN}: set BENCH_PORT to a free port`);
  const results = [];
  // As `npm start` runs it (the project's node flags: a 128 MB semi-space, which lets V8 keep more
  // young garbage), as plain `node`, and with the old generation capped at 128 MB: how much of the
  // RSS is the export's own and how much is V8 letting garbage wait for a collection.
  const variants = [
    ['npm start flags', NODE_FLAGS],
    ['plain node', []],
    ['--single-threaded-gc --max-old-space-size=128', ['--single-threaded-gc', '--max-old-space-size=128']],
  ];
  for (const [flagsName, flags] of variants) {
    const serverLog = path.join(OUT, `server-${kind}-${variants.findIndex(([name]) => name === flagsName)}.log`);
    // development: the demo accounts (staff@demo.haizhi) are seeded; info: the export's own log line.
    const env = { NODE_ENV: 'development', LOG_LEVEL: 'info', DATABASE_URL: url, PORT: String(PORT), JWT_SECRET: 'bench-export-secret-0123456789abcdef', EXPORT_PAGE_SIZE: String(PAGE_SIZE) };
    const child = startProcess('node', [...flags, 'dist/src/main.js'], { env, logFile: serverLog });
    const counters = kind === 'mariadb' ? await mysqlConnect(MYSQL) : null;
    try {
      await waitHttp(`${ORIGIN}/healthz`, { timeoutS: 300, child, logFile: serverLog });
      const { login } = await graphqlData(`${ORIGIN}/graphql`, 'mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email: 'staff@demo.haizhi', password: 'demo-password' } });
      await sleep(1000);
      const idleMiB = rssKiB(child.pid) / 1024;
      for (const format of ['csv', 'xlsx']) {
        log(`${kind} (${flagsName}): /export/talents.${format}`);
        // MariaDB counts every SELECT it runs: the export's statements, plus whatever other clients of the server ran meanwhile.
        const selects = async () => (counters ? Number((await counters.query("SHOW GLOBAL STATUS LIKE 'Com_select'"))[0][0].Value) : null);
        const selectsBefore = await selects();
        const measured = await measure(`${ORIGIN}/export/talents.${format}`, login.token, child.pid);
        measured.selects = selectsBefore === null ? null : (await selects()) - selectsBefore - 1;
        await sleep(200);
        const line = exportLines(serverLog).at(-1);
        results.push({ format, flags: flagsName, idleMiB, ...measured, rows: line?.rows ?? null, pages: line?.pages ?? null, serverMs: line?.ms ?? null });
        log(`${kind} ${format}: ${line?.rows} rows, ${line?.pages} pages, ${(measured.bytes / 1e6).toFixed(1)} MB in ${measured.seconds.toFixed(1)} s, RSS ${measured.rssBeforeMiB.toFixed(0)} → peak ${measured.peakRssMiB.toFixed(0)} MiB`);
      }
    } finally {
      await counters?.end();
      await stopPid(child.pid);
    }
  }
  if (kind === 'sqlite') for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${url.slice('sqlite:'.length)}${suffix}`, { force: true });
  return { kind, seedSeconds, results };
}

function section(runs) {
  const L = ['## Exports (issue 16)', ''];
  L.push(`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:export\` (bench/export.mjs): ${os.cpus().length} cores, Node ${process.version},`);
  L.push(`the built server (\`dist/src/main.js\`) with \`npm start\`'s flags (\`${NODE_FLAGS.join(' ')}\`), as plain \`node\`, and with the old generation capped; EXPORT_PAGE_SIZE=${PAGE_SIZE}, rate limits on,`);
  L.push('downloaded as the demo STAFF account by one streaming client on the same machine (other helpers were running tests beside it).');
  L.push('RSS is the server process\'s VmRSS, sampled every 50 ms during the download; "idle" is the server after start-up and a login, before any export (CSV then XLSX on one server).');
  L.push('');
  L.push('| database | node | format | rows | pages | SELECTs (MariaDB) | bytes | seconds | rows/s | idle RSS MiB | peak RSS MiB | peak − idle MiB |');
  L.push('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of runs) {
    for (const x of r.results) {
      L.push(`| ${r.kind} | ${x.flags} | ${x.format} | ${x.rows?.toLocaleString('en-US')} | ${x.pages} | ${x.selects ?? 'n/a'} | ${x.bytes.toLocaleString('en-US')} | ${x.seconds.toFixed(1)} | ${Math.round((x.rows ?? 0) / x.seconds).toLocaleString('en-US')} | ${x.idleMiB.toFixed(0)} | ${x.peakRssMiB.toFixed(0)} | ${(x.peakRssMiB - x.idleMiB).toFixed(0)} |`);
    }
  }
  L.push('');
  L.push('Pages are the server\'s own count (its "export: done" log line): one keyset statement each. SELECTs are MariaDB\'s Com_select over the download,');
  L.push('an upper bound (the server is shared): the page statement, the affiliations named on the page, the credential lookup; never one per row.');
  L.push(`Seeding ${TALENTS.toLocaleString('en-US')} talents took ${runs.map((r) => `${r.seedSeconds.toFixed(0)} s on ${r.kind}`).join(', ')}.`);
  return L.join('\n');
}

async function main() {
  log(`results in ${OUT}`);
  await run('build', 'npm', ['run', '-s', 'build'], { timeoutS: 600, logFile: LOG });
  const runs = [];
  for (const kind of DATABASES) runs.push(await benchDatabase(kind));
  fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(runs, null, 2));
  const text = section(runs);
  console.log(`\n${text}`);
  writeOwnedSection('export', text.split('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
