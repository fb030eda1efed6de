#!/usr/bin/env node
// `node bench/ab-http.mjs --old DIR`: this build against another (DIR, a checkout whose dist/ is
// built, e.g. a `git worktree` of an earlier commit) on one seeded MariaDB database, both started
// as `npm start` starts them in production, the peer query under autocannon (C connections, D
// seconds) alternating between the two for R rounds, so a change to the request pipeline is judged
// on the same machine state rather than across runs. Prints each round and the means, with the CPU
// each request cost our server and MariaDB (steadier than req/s on a shared machine).
// env: BENCH_MYSQL_URL (mysql://root@127.0.0.1:3306), C (10), D (15), R (4), ACCEPT_ENCODING (none: sent as
// the Accept-Encoding header, e.g. `gzip, br`, to measure compressed answers)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { PROJECT, cpuSeconds, log, mysqlConnect, run, sleep, startProcess, stopPid, waitHttp } from './lib.mjs';

const autocannon = createRequire(path.join(PROJECT, 'package.json'))('autocannon');
const { values } = parseArgs({ options: { old: { type: 'string' } } });
if (!values.old) {
  console.error('Usage: node bench/ab-http.mjs --old DIR   (DIR: a checkout with dist/ built)');
  process.exit(2);
}
const OLD = path.resolve(values.old);
const MYSQL = (process.env.BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
const C = Number(process.env.C || 10), D = Number(process.env.D || 15), R = Number(process.env.R || 4);
const DB = 'haizhi_bench_ab';
const PEER_QUERY = '{ stations(first: 64) { edges { node { name talents(first: 20) { edges { node { name } } } partners(first: 10) { edges { node { name } } } } } } }';
const NODE_FLAGS = (JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')).config?.nodeFlags ?? '').split(/\s+/).filter(Boolean);
// Read benchmarks run without rate limits (one address, and the peers have none); both get a metrics token.
const ENV = { NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: `${MYSQL}/${DB}`, JWT_SECRET: 'bench-ab-secret-0123456789abcdef0123', METRICS_TOKEN: 'bench-ab-metrics-token-0123456789', RATE_LIMITS: 'off' };
const LOG = `/tmp/bench-ab-${process.pid}.log`;
const HEADERS = { 'content-type': 'application/json', ...(process.env.ACCEPT_ENCODING ? { 'accept-encoding': process.env.ACCEPT_ENCODING } : {}) };

/** MariaDB's server process, whose CPU per request counts as much as ours on a shared machine. */
function mariadbPid() {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (/^(mariadbd|mysqld)$/.test(fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim())) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return null;
}

async function main() {
  const db = await mysqlConnect(MYSQL);
  await db.query(`DROP DATABASE IF EXISTS \`${DB}\``);
  await db.query(`CREATE DATABASE \`${DB}\``);
  const servers = [];
  try {
    log(`seeding ${DB}`);
    await run('seed', 'node', ['dist/seeds/cli.js', '--no-progress', '--stations', '64', '--talents', '5000', '--organizations', '120', '--partnerships', '300'], { env: { DATABASE_URL: `${MYSQL}/${DB}` }, timeoutS: 300, logFile: LOG });
    for (const [name, dir, port] of [['old', OLD, 4311], ['new', PROJECT, 4312]]) {
      const child = startProcess('node', [...NODE_FLAGS, 'dist/src/main.js'], { cwd: dir, env: { ...ENV, PORT: String(port) }, logFile: LOG });
      await waitHttp(`http://127.0.0.1:${port}/healthz`, { timeoutS: 90, child, logFile: LOG });
      servers.push({ name, port, child, rounds: [] });
    }
    for (const server of servers) await autocannon({ url: `http://127.0.0.1:${server.port}/graphql`, method: 'POST', connections: C, duration: 3, body: JSON.stringify({ query: PEER_QUERY }), headers: HEADERS });
    const database = mariadbPid();
    for (let round = 0; round < R; round++) {
      for (const server of round % 2 ? [...servers].reverse() : servers) {
        await sleep(2000);
        const before = { server: cpuSeconds(server.child.pid), database: database ? cpuSeconds(database) : 0 };
        const result = await autocannon({ url: `http://127.0.0.1:${server.port}/graphql`, method: 'POST', connections: C, duration: D, body: JSON.stringify({ query: PEER_QUERY }), headers: HEADERS });
        if (result.non2xx || result.errors) throw new Error(`${server.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
        const n = result.requests.total;
        const cpu = { server: ((cpuSeconds(server.child.pid) - before.server) * 1000) / n, database: database ? ((cpuSeconds(database) - before.database) * 1000) / n : NaN };
        server.rounds.push({ reqPerSec: n / D, p50: result.latency.p50, p99: result.latency.p99, cpu });
        log(`round ${round + 1} ${server.name}: ${(n / D).toFixed(1)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; CPU per request: server ${cpu.server.toFixed(2)} ms, MariaDB ${cpu.database.toFixed(2)} ms`);
      }
    }
    const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
    for (const server of servers) {
      const rounds = server.rounds;
      log(`${server.name} (${server.name === 'old' ? OLD : PROJECT}): mean ${mean(rounds.map((r) => r.reqPerSec)).toFixed(1)} req/s, p99 ${mean(rounds.map((r) => r.p99)).toFixed(0)} ms, CPU per request server ${mean(rounds.map((r) => r.cpu.server)).toFixed(2)} ms + MariaDB ${mean(rounds.map((r) => r.cpu.database)).toFixed(2)} ms over ${R} rounds`);
    }
  } finally {
    for (const server of servers) await stopPid(server.child.pid);
    await db.query(`DROP DATABASE IF EXISTS \`${DB}\``);
    await db.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
