#!/usr/bin/env node
// `npm run bench:abuse`: does normal traffic keep answering while the internet abuses the API? On
// MariaDB with the benchmark's data (64 stations, 5,000 talents), the server as `npm start` runs it
// in production with every limit on (rate limits included):
//   quiet   10 clients send the peer query for D seconds, alone;
//   abuse   the same 10 clients, while 200 anonymous clients send the five-level nested query of
//           issue 12 (refused by its cost before any work) for the same D seconds.
// Reported (BENCHMARKS.md, "Abuse" section): the peer query's req/s, p50 and p99 in both phases, how
// many of its requests were refused (must be 0: each client stays within its limits), what the
// abusers got back, and the server's peak RSS. Target: p99 under twice the quiet run's, RSS under 1 GB.
// Every client, abusive or not, comes from an address of its own (X-Forwarded-For from 127.0.0.1,
// which TRUST_PROXY trusts in this run only), as it would on the internet.
// env: BENCH_MYSQL_URL (mysql://root@127.0.0.1:3306), D (15), BENCH_PORT (4302)
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { PROJECT, cpuSeconds, log, mysqlConnect, postGraphql, procMemory, run, sleep, startProcess, stopPid, waitHttp, writeOwnedSection } from './lib.mjs';

const MYSQL = (process.env.BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
const D = Number(process.env.D || 15);
const PORT = Number(process.env.BENCH_PORT || 4302);
const DB = 'haizhi_bench_abuse';
const URL_ = `http://127.0.0.1:${PORT}/graphql`;
const PEER_CLIENTS = 10, ABUSERS = 200;
const PEER_QUERY = '{ stations(first: 64) { edges { node { name talents(first: 20) { edges { node { name } } } partners(first: 10) { edges { node { name } } } } } } }';
/** Issue 12's probe: five levels of 100 under each other (10^10 nodes asked for), names only. */
const NESTED_QUERY = `{ stations(first: 100) { edges { node { talents(first: 100) { edges { node { stations(first: 100) { edges { node {
  talents(first: 100) { edges { node { stations(first: 100) { edges { node { name } } } } } } } } } } } } } } } }`;
const VOLUME = ['--stations', '64', '--talents', '5000', '--organizations', '120', '--partnerships', '300'];
const ENV = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  DATABASE_URL: `${MYSQL}/${DB}`,
  PORT: String(PORT),
  JWT_SECRET: 'bench-abuse-secret-0123456789abcdef0123',
  METRICS_TOKEN: 'bench-abuse-metrics-token-0123456789',
  RATE_LIMITS: 'on',
  TRUST_PROXY: '127.0.0.1',
};
const NODE_FLAGS = (JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')).config?.nodeFlags ?? '').split(/\s+/).filter(Boolean);
const runId = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const OUT = path.join(PROJECT, 'bench/results', `abuse-${runId}`);
fs.mkdirSync(OUT, { recursive: true });
const LOG = path.join(OUT, 'harness.log');

/** Runs bench/abuse-load.mjs in a child process; resolves with its result line and the CPU seconds it used. */
function load({ body, connections, addressPrefix }) {
  return new Promise((resolve, reject) => {
    let cpu = 0;
    const child = spawn('node', [path.join(PROJECT, 'bench/abuse-load.mjs')], {
      env: { ...process.env, URL: URL_, BODY: body, C: String(connections), D: String(D), ADDRESSES: String(connections), ADDRESS_PREFIX: addressPrefix },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    const sampler = setInterval(() => (cpu = Math.max(cpu, cpuSeconds(child.pid))), 200);
    child.stdout.on('data', (chunk) => {
      text += chunk;
      cpu = Math.max(cpu, cpuSeconds(child.pid));
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`abuse-load exited ${code}`));
      resolve({ ...JSON.parse(text.trim().split('\n').pop()), cpuSeconds: cpu });
    });
  });
}

/** The server's resident set, sampled every 100 ms while `during` runs (the highest seen, MiB), and the CPU seconds it used meanwhile. */
async function peakRss(pid, during) {
  let peak = 0;
  const cpuBefore = cpuSeconds(pid);
  const timer = setInterval(() => (peak = Math.max(peak, procMemory(pid).rss)), 100);
  try {
    const result = await during;
    return { result, peakMiB: Math.round(Math.max(peak, procMemory(pid).rss) / 1024), serverCpuSeconds: cpuSeconds(pid) - cpuBefore };
  } finally {
    clearInterval(timer);
  }
}

const summary = (r) => ({ reqPerSec: r.requests.total / D, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, statuses: r.statuses, errors: r.errors, timeouts: r.timeouts, clientCpuSeconds: r.cpuSeconds });

async function main() {
  const db = await mysqlConnect(MYSQL);
  await db.query(`DROP DATABASE IF EXISTS \`${DB}\``);
  await db.query(`CREATE DATABASE \`${DB}\``);
  const server = { pid: null };
  try {
    log('build');
    await run('build', 'npm', ['run', '-s', 'build'], { timeoutS: 300, logFile: LOG });
    log(`seeding ${DB} (the benchmark's volume: 64 stations, 5,000 talents)`);
    await run('seed', 'node', ['dist/seeds/cli.js', '--no-progress', ...VOLUME], { env: { DATABASE_URL: `${MYSQL}/${DB}` }, timeoutS: 300, logFile: LOG });
    const child = startProcess('node', [...NODE_FLAGS, 'dist/src/main.js'], { env: ENV, logFile: path.join(OUT, 'server.log') });
    server.pid = child.pid;
    await waitHttp(`http://127.0.0.1:${PORT}/healthz`, { timeoutS: 90, child, logFile: path.join(OUT, 'server.log') });

    // Both queries are checked first: the peer query answers 64 stations, the nested one is refused by its cost.
    const peer = await postGraphql(URL_, JSON.stringify({ query: PEER_QUERY }), { 'x-forwarded-for': '10.9.0.1' });
    if (peer.status !== 200 || peer.json?.data?.stations?.edges?.length !== 64) throw new Error(`the peer query does not answer: ${peer.text.slice(0, 300)}`);
    const t0 = performance.now();
    const nested = await postGraphql(URL_, JSON.stringify({ query: NESTED_QUERY }), { 'x-forwarded-for': '10.9.0.2' });
    const refusedInMs = performance.now() - t0;
    if (!nested.json?.errors?.length || nested.json?.data) throw new Error(`the nested query was not refused: HTTP ${nested.status} ${nested.text.slice(0, 300)}`);
    log(`nested query refused in ${refusedInMs.toFixed(1)} ms: ${nested.json.errors[0].message}`);

    const idleMiB = Math.round(procMemory(server.pid).rss / 1024);
    log(`quiet: ${PEER_CLIENTS} clients, peer query, ${D} s`);
    const quiet = await peakRss(server.pid, load({ body: JSON.stringify({ query: PEER_QUERY }), connections: PEER_CLIENTS, addressPrefix: '10.1.0' }));
    await sleep(2000);
    log(`abuse: ${PEER_CLIENTS} clients, peer query, while ${ABUSERS} anonymous clients send the nested query, ${D} s`);
    const [abused, abusers] = await Promise.all([
      peakRss(server.pid, load({ body: JSON.stringify({ query: PEER_QUERY }), connections: PEER_CLIENTS, addressPrefix: '10.2.0' })),
      load({ body: JSON.stringify({ query: NESTED_QUERY }), connections: ABUSERS, addressPrefix: '10.3.0' }),
    ]);
    const peakMiB = Math.round(procMemory(server.pid).hwm / 1024);
    const record = {
      runId,
      startedAt: new Date().toISOString(),
      node: process.version,
      seconds: D,
      nestedRefusal: { ms: refusedInMs, status: nested.status, error: nested.json.errors[0] },
      idleMiB,
      quiet: { ...summary(quiet.result), peakMiB: quiet.peakMiB, serverCpuSeconds: quiet.serverCpuSeconds },
      abuse: { ...summary(abused.result), peakMiB: abused.peakMiB, serverCpuSeconds: abused.serverCpuSeconds },
      abusers: summary(abusers),
      serverPeakMiB: peakMiB,
    };
    fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(record, null, 2) + '\n');
    writeSection(record);
    log(`peer query quiet ${record.quiet.reqPerSec.toFixed(1)} req/s p99 ${record.quiet.p99} ms; under abuse ${record.abuse.reqPerSec.toFixed(1)} req/s p99 ${record.abuse.p99} ms; peak RSS ${peakMiB} MiB`);
  } finally {
    if (server.pid) await stopPid(server.pid);
    await db.query(`DROP DATABASE IF EXISTS \`${DB}\``);
    await db.end();
  }
}

function refusedOf(statuses) {
  return Object.entries(statuses).filter(([status]) => status !== '200').reduce((n, [, count]) => n + count, 0);
}

function writeSection(r) {
  const ratio = r.abuse.p99 / Math.max(1, r.quiet.p99);
  const met = ratio < 2 && r.serverPeakMiB < 1024 && refusedOf(r.abuse.statuses) === 0 && refusedOf(r.quiet.statuses) === 0;
  const codes = (statuses) => Object.entries(statuses).map(([status, count]) => `${count.toLocaleString('en')} × ${status}`).join(', ');
  writeOwnedSection('abuse', [
    '## Under abuse',
    '',
    `Written by \`npm run bench:abuse\` (bench/abuse.mjs) on ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC, Node ${r.node}, MariaDB on this machine, the`,
    "benchmark's volume (64 stations, 5,000 talents), the server as `npm start` runs it with NODE_ENV=production and every limit on,",
    `rate limits included. Target: the peer query's p99 under twice its quiet figure, peak RSS under 1 GB, nothing refused that was within limits: **${met ? 'met' : 'NOT MET'}**.`,
    '',
    '| phase | peer query req/s | p50 ms | p99 ms | peer requests refused | server RSS peak MiB |',
    '|---|---:|---:|---:|---:|---:|',
    `| quiet: ${PEER_CLIENTS} clients | ${r.quiet.reqPerSec.toFixed(1)} | ${r.quiet.p50} | ${r.quiet.p99} | ${refusedOf(r.quiet.statuses)} | ${r.quiet.peakMiB} |`,
    `| abuse: the same, and ${ABUSERS} anonymous clients sending the nested query | ${r.abuse.reqPerSec.toFixed(1)} | ${r.abuse.p50} | ${r.abuse.p99} | ${refusedOf(r.abuse.statuses)} | ${r.abuse.peakMiB} |`,
    '',
    `p99 under abuse / quiet: ${ratio.toFixed(2)}. The server idled at ${r.idleMiB} MiB and peaked at ${r.serverPeakMiB} MiB (VmHWM) over the whole run.`,
    `The abusers sent ${r.abusers.total.toLocaleString('en')} nested queries in ${r.seconds} s (${r.abusers.reqPerSec.toFixed(0)}/s, p99 ${r.abusers.p99} ms); answers: ${codes(r.abusers.statuses)}.`,
    `One nested query alone was refused in ${r.nestedRefusal.ms.toFixed(1)} ms (HTTP ${r.nestedRefusal.status}): "${r.nestedRefusal.error.message}".`,
    `CPU over the ${r.seconds} s of each phase (2 cores = ${2 * r.seconds} s): quiet, the server ${r.quiet.serverCpuSeconds.toFixed(1)} s and the peer clients ${r.quiet.clientCpuSeconds.toFixed(1)} s;`,
    `under abuse, the server ${r.abuse.serverCpuSeconds.toFixed(1)} s, the peer clients ${r.abuse.clientCpuSeconds.toFixed(1)} s and the abusive clients ${r.abusers.clientCpuSeconds.toFixed(1)} s (on a real network that last share is not the server's machine's).`,
    '',
    'Method: each phase is bench/abuse-load.mjs (autocannon) in a process of its own; every connection names an address of its own',
    '(X-Forwarded-For, trusted from 127.0.0.1 by TRUST_PROXY in this run only), so each stays within its own rate budget as clients',
    'on the internet would; the peer clients of the two phases use different addresses. RSS is sampled every 100 ms.',
  ]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
