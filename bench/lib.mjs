// Helpers for bench/run.mjs: child processes with timeouts, HTTP checks, MariaDB counters, medians.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

export const PROJECT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const requireFromProject = createRequire(path.join(PROJECT, 'package.json'));

const started = Date.now();
export function log(message) {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[bench ${s}s] ${message}`);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- child processes

/** Every child still running, so that a signal or a failure can end them (by pid, nothing broader). */
export const children = new Set();

/**
 * Run a command to completion in its own process group; output goes to `logFile` (and is returned).
 * On timeout the group is sent SIGTERM, then SIGKILL, and the promise rejects.
 */
export function run(label, cmd, args, { env = {}, cwd = PROJECT, timeoutS, logFile, echo = false } = {}) {
  return new Promise((resolve, reject) => {
    const out = logFile ? fs.openSync(logFile, 'a') : null;
    if (out !== null) fs.writeSync(out, `\n$ ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let text = '';
    const take = (chunk) => {
      text += chunk;
      if (out !== null) fs.writeSync(out, chunk);
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutS * 1000);
    child.on('error', (error) => { clearTimeout(timer); children.delete(child); reject(error); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      if (out !== null) fs.closeSync(out);
      if (timedOut) return reject(new Error(`${label}: timed out after ${timeoutS} s${logFile ? ` (log: ${logFile})` : ''}`));
      if (code !== 0) return reject(new Error(`${label}: exited ${code ?? signal}${logFile ? ` (log: ${logFile})` : ''}\n${tail(text, 15)}`));
      resolve(text);
    });
  });
}

/** Start a long-running process (a server); its output goes to `logFile`. */
export function startProcess(cmd, args, { env = {}, cwd = PROJECT, logFile }) {
  const fd = fs.openSync(logFile, 'a');
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

export function killGroup(child) {
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000).unref();
}

/** SIGTERM a pid, wait up to 10 s for it to go, then SIGKILL. */
export async function stopPid(pid) {
  if (!alive(pid)) return;
  try { process.kill(pid, 'SIGTERM'); } catch { return; }
  for (let i = 0; i < 40 && alive(pid); i++) await sleep(250);
  if (alive(pid)) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
}

export function alive(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

export function tail(text, lines) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Peak (VmHWM) and current (VmRSS) resident set of a process, KiB. */
export function procMemory(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key) => Number((status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm')) || [])[1] || 0);
    return { hwm: kib('VmHWM'), rss: kib('VmRSS') };
  } catch {
    return { hwm: 0, rss: 0 };
  }
}

/** CPU seconds a process has used so far (user + system), from /proc; 0 when it is not there. */
export function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

// ---------------------------------------------------------------- HTTP

export async function waitHttp(url, { timeoutS, child, logFile }) {
  const deadline = Date.now() + timeoutS * 1000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`server exited (${child.exitCode}) before ${url} answered:\n${tail(fs.readFileSync(logFile, 'utf8'), 15)}`);
    }
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return;
    } catch { /* not yet */ }
    await sleep(250);
  }
  throw new Error(`timed out after ${timeoutS} s waiting for ${url}`);
}

/** Runs an operation (as `token`'s caller, if given) and returns its data; errors throw, naming the operation. */
export async function graphqlData(url, query, variables, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors).slice(0, 400)}`);
  return body.data;
}

/** POST a GraphQL body; returns { status, bytes, json }. */
export async function postGraphql(url, body, headers = {}) {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* reported below */ }
  return { status: r.status, bytes: Buffer.byteLength(text), json, text };
}

/**
 * A query is only benchmarked once it answers: HTTP 200, JSON, no `errors`, `data` present, and
 * (when `expectEdges` is given) exactly that many station edges.
 */
export async function checkAnswer(url, body, { headers, expectEdges, minEdges } = {}) {
  const { status, bytes, json, text } = await postGraphql(url, body, headers);
  const problem = (why) => ({ ok: false, why, bytes });
  if (status !== 200) return problem(`HTTP ${status}: ${text.slice(0, 400).trim()}`);
  if (!json) return problem(`not JSON: ${text.slice(0, 200)}`);
  if (json.errors) return problem(`GraphQL errors: ${JSON.stringify(json.errors).slice(0, 600)}`);
  if (!json.data) return problem('no data in the response');
  const edges = json.data.stations?.edges;
  if (expectEdges !== undefined && edges?.length !== expectEdges) return problem(`expected ${expectEdges} station edges, got ${edges?.length}`);
  if (minEdges !== undefined && !(edges?.length >= minEdges)) return problem(`expected at least ${minEdges} station edges, got ${edges?.length}`);
  return { ok: true, bytes, shape: shapeOf(json.data) };
}

/**
 * How much an answer to the peer-shaped query holds: stations, talents and partners. Servers are
 * only compared on equal work, so ours must carry as many as the peer kit's data gives the floor.
 * Relay (`edges { node }`) and plain lists (the floor's and the peers' shapes) both count.
 */
export function shapeOf(data) {
  const items = (value) => (Array.isArray(value) ? value : value?.edges?.map((edge) => edge.node) ?? []);
  const stations = items(data?.stations);
  if (!stations.length) return null;
  const sum = (field) => stations.reduce((total, station) => total + items(station?.[field]).length, 0);
  return { stations: stations.length, talents: sum('talents'), partners: sum('partners') };
}

// ---------------------------------------------------------------- MariaDB

export async function mysqlConnect(url) {
  const mysql = requireFromProject('mysql2/promise');
  return mysql.createConnection({ uri: url, multipleStatements: false });
}

async function counters(db) {
  const [rows] = await db.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select', 'Questions')");
  const m = Object.fromEntries(rows.map((r) => [r.Variable_name, Number(r.Value)]));
  return { select: m.Com_select, questions: m.Questions };
}

/**
 * SQL statements per request from MariaDB's global counters: N requests sent one at a time, alone,
 * minus what reading the counters itself costs (measured the same way with no request in between).
 * Done twice; the smaller figure is kept (other clients of the server can only add statements).
 */
export async function sqlPerRequest(db, url, body, { headers, n = 20 } = {}) {
  for (let i = 0; i < 3; i++) await postGraphql(url, body, headers); // warm caches
  const tries = [];
  for (let rep = 0; rep < 2; rep++) {
    const a = await counters(db);
    const b = await counters(db);
    for (let i = 0; i < n; i++) await postGraphql(url, body, headers);
    const c = await counters(db);
    const overhead = { select: b.select - a.select, questions: b.questions - a.questions };
    tries.push({
      select: (c.select - b.select - overhead.select) / n,
      questions: (c.questions - b.questions - overhead.questions) / n,
    });
  }
  return {
    n,
    comSelect: Math.min(...tries.map((t) => t.select)),
    questions: Math.min(...tries.map((t) => t.questions)),
    tries,
  };
}

// ---------------------------------------------------------------- numbers

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

// ---------------------------------------------------------------- a quiet machine between runs

function cpuTicks() {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + (f[4] || 0);
  return { idle, total: f.reduce((a, b) => a + b, 0) };
}

/**
 * Wait (at most `timeoutS`) until the machine is quiet before the next server goes under load: every
 * CPU less than `maxBusy` busy over one second, and MariaDB running no statement but ours. A slow
 * server keeps MariaDB busy after autocannon stops; other people's test runs load the machine too.
 * Returns the busy fraction last seen and how long it waited.
 */
export async function settle(db, { timeoutS = 60, maxBusy = 0.2 } = {}) {
  const t0 = Date.now();
  let busy = 1;
  while (Date.now() - t0 < timeoutS * 1000) {
    const a = cpuTicks();
    await sleep(1000);
    const b = cpuTicks();
    busy = 1 - (b.idle - a.idle) / Math.max(1, b.total - a.total);
    const [[row]] = await db.query("SHOW GLOBAL STATUS LIKE 'Threads_running'");
    if (busy < maxBusy && Number(row.Value) <= 1) return { quiet: true, busy, waitedS: (Date.now() - t0) / 1000 };
  }
  return { quiet: false, busy, waitedS: (Date.now() - t0) / 1000 };
}

// ---------------------------------------------------------------- BENCHMARKS.md sections

/**
 * Sections that other scripts own (`<!-- name -->…<!-- /name -->`): `npm run bench` rewrites the rest
 * of BENCHMARKS.md and keeps these as they are; each owner rewrites only its own.
 */
const OWNED_SECTION = /<!-- ([a-z-]+) -->[\s\S]*?<!-- \/\1 -->/g;

export function ownedSections(text) {
  return text.match(OWNED_SECTION) ?? [];
}

/** Puts `lines` (without markers) into BENCHMARKS.md as section `name`, in its place or at the end. */
export function writeOwnedSection(name, lines, file = path.join(PROJECT, 'BENCHMARKS.md')) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const start = `<!-- ${name} -->`, end = `<!-- /${name} -->`;
  const block = [start, ...lines, end].join('\n');
  const at = text.indexOf(start), until = text.indexOf(end);
  fs.writeFileSync(file, at >= 0 && until > at ? text.slice(0, at) + block + text.slice(until + end.length) : `${text.trimEnd()}\n\n${block}\n`);
}
