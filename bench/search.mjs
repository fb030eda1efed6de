#!/usr/bin/env node
// `npm run bench:search`: how fast search answers at 100,000 talents and 1,000 stations on MariaDB
// (issue 14, "Speed"), and what `LIKE '%…%'` over the same tables costs, as the baseline a team
// would otherwise ship. Figures only, no assertions: BENCHMARKS.md, the "Search" section, which
// `npm run bench` keeps when it rewrites the rest (and runs this script after itself).
//
//   1. A fresh database (haizhi_bench_search) seeded at the large volume; the seed builds the
//      index. Then `search:reindex` alone, to time the index build apart from the records.
//   2. The built server (dist/) as `npm start` starts it. Each query in QUERIES goes under load on
//      its own (autocannon, every latency kept, so percentiles are exact), at each concurrency, as
//      an anonymous caller and as STAFF (scopes differ: anonymous reads published rows only).
//   3. suggestTalents / suggestPartners / suggestReviewers, when the schema has them (introspected), as STAFF.
//   4. The LIKE baseline through mysql2 directly: every term must be in some searched text column
//      of some searched table (12 tables, UNION ALL, LIMIT 20), the same AND-of-terms search asks.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { PROJECT, children, graphqlData, log, mysqlConnect, postGraphql, run, sleep, startProcess, stopPid, waitHttp, writeOwnedSection } from './lib.mjs';

const require = createRequire(path.join(PROJECT, 'package.json'));
const autocannon = require('autocannon');
const mysql = require('mysql2/promise');

const USAGE = `Usage: npm run bench:search -- [flags]
  --duration S        seconds under load per query, caller and concurrency (5)
  --connections LIST  concurrencies (1,10)
  --reuse             use haizhi_bench_search as it is when it already holds the volume (no seed/index timing)
  --keep              leave haizhi_bench_search in place at the end (default: dropped)
  --skip-build        use dist/ as it is
  --no-report         do not write BENCHMARKS.md
  --out FILE          the report to write the "search" section into (BENCHMARKS.md at the project root)
  --render FILE       only write the section again from an earlier run's results.json
env: BENCH_MYSQL_URL (mysql://root@127.0.0.1:3306), BENCH_PORT (4401)`;

const { values: opt } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '1,10' },
    reuse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'no-report': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(PROJECT, 'BENCHMARKS.md') },
    render: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) { console.log(USAGE); process.exit(0); }
const D = Number(opt.duration);
const CONNECTIONS = opt.connections.split(',').map(Number).filter((n) => n >= 1);

const MYSQL = (process.env.BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
const DB = 'haizhi_bench_search';
const PORT = Number(process.env.BENCH_PORT || 4401);
const GQL = `http://127.0.0.1:${PORT}/graphql`;
// The volume of `npm run bench`'s large run, the one issue 14's targets name.
const SEED_FLAGS = ['--stations', '1000', '--talents', '100000', '--organizations', '2000', '--partnerships', '5000'];
const STAFF = { email: 'bench-search-staff@example.org', password: 'bench-search-password-1' };
const ENV = { NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: `${MYSQL}/${DB}`, PORT: String(PORT), JWT_SECRET: 'bench-search-secret-0123456789abcdef', METRICS_TOKEN: 'bench-metrics-token-never-scraped', RATE_LIMITS: 'off' };
const NODE_FLAGS = (JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')).config?.nodeFlags ?? '').split(/\s+/).filter(Boolean);
const TARGET = { searchP95: 50, suggestionP95: 100 };

const runId = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const OUT = path.join(PROJECT, 'bench/results', `search-${runId}`);
fs.mkdirSync(OUT, { recursive: true });
const LOG = path.join(OUT, 'harness.log');

/** The fixed queries: two terms each, Chinese, English, pinyin, traditional and mixed. `{pinyin}` is filled from the data. */
const QUERIES = [
  { key: 'zh', label: 'Chinese words', query: '重庆 大学' },
  { key: 'en', label: 'English words', query: 'vaccine research' },
  { key: 'pinyin', label: 'pinyin of a talent (from the data)', query: '{pinyin}' },
  { key: 'en-names', label: 'common English name pair', query: 'Michael Taylor' },
  { key: 'traditional', label: 'traditional Chinese', query: '重慶 醫藥' },
  { key: 'mixed', label: 'Chinese + English', query: '重庆 university' },
  { key: 'common', label: 'common Chinese words (研究: 28k index rows)', query: '研究 重庆' },
];
const SEARCH_TEXT = `query Search($q: String!) { search(query: $q, first: 20) {
  edges { score highlights { field snippet } node { __typename ... on Node { id } } }
  pageInfo { hasNextPage endCursor } } }`;

/** Tables and text columns the LIKE baseline reads: those search indexes (search-types.ts), by column name. */
const LIKE_TABLES = {
  station: ['name_zh', 'name_en'],
  host_unit: ['name_zh', 'name_en', 'legal_representative'],
  station_head: ['name_zh', 'name_en', 'position'],
  talent: ['name', 'name_en', 'title', 'bio', 'email', 'phone'],
  organization: ['name_zh', 'name_en', 'city', 'jurisdiction', 'description'],
  offshore_base: ['name_zh', 'name_en'],
  project: ['name_zh', 'name_en', 'description'],
  platform: ['name_zh', 'name_en', 'description'],
  activity: ['title_zh', 'title_en', 'location', 'description'],
  announcement: ['title_zh', 'title_en', 'body'],
  station_application: ['proposed_name'],
  expert: ['name_zh', 'name_en', 'affiliation', 'position'],
};

const results = { runId, startedAt: new Date().toISOString(), settings: { duration: D, connections: CONNECTIONS }, machine: {}, dataset: {}, search: [], overall: [], suggestions: [], like: [], notes: [] };
const note = (text) => { results.notes.push(text); log(`note: ${text}`); };

// ---------------------------------------------------------------- numbers

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
/** Percentiles over several queries' latencies, each query weighing the same however many requests it answered. */
function pooled(groups) {
  const all = groups.flatMap((g) => g.map((ms) => [ms, 1 / g.length / groups.length])).sort((a, b) => a[0] - b[0]);
  const at = (p) => { let sum = 0; for (const [ms, w] of all) { sum += w; if (sum >= p / 100 - 1e-9) return ms; } return all[all.length - 1]?.[0] ?? null; };
  return { p50: at(50), p95: at(95), p99: at(99) };
}
function summary(latencies, seconds) {
  const s = [...latencies].sort((a, b) => a - b);
  return {
    n: s.length, reqs: seconds ? s.length / seconds : null,
    mean: s.length ? s.reduce((a, b) => a + b, 0) / s.length : null,
    p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] ?? null,
  };
}

// ---------------------------------------------------------------- load

/** autocannon for D seconds at `connections`, keeping every latency; a 2 s warm-up first. */
async function load(body, connections, headers = {}) {
  const common = { url: GQL, method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, connections };
  await autocannon({ ...common, duration: 2 });
  const latencies = [];
  let minBytes = Infinity;
  const instance = autocannon({ ...common, duration: D });
  instance.on('response', (_client, status, bytes, ms) => { if (status === 200) { latencies.push(ms); minBytes = Math.min(minBytes, bytes); } });
  const r = await instance;
  return { ...summary(latencies, D), non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, minBytes, latencies };
}

/** Runs `fn` back to back on `connections` workers for D seconds (after a 2 s warm-up); every latency kept. */
async function loop(fn, connections) {
  const go = async (seconds, latencies) => {
    const until = Date.now() + seconds * 1000;
    await Promise.all(Array.from({ length: connections }, async (_, worker) => {
      while (Date.now() < until) {
        const t0 = performance.now();
        await fn(worker);
        latencies.push(performance.now() - t0);
      }
    }));
  };
  await go(2, []);
  const latencies = [];
  await go(D, latencies);
  return summary(latencies, D);
}

// ---------------------------------------------------------------- steps

async function dataset(admin) {
  const [[exists]] = await admin.query('SELECT COUNT(*) AS n FROM information_schema.schemata WHERE schema_name = ?', [DB]);
  let reuse = false;
  if (opt.reuse && Number(exists.n) > 0) {
    const [[t]] = await admin.query(`SELECT (SELECT COUNT(*) FROM \`${DB}\`.talent) AS talents, (SELECT COUNT(*) FROM \`${DB}\`.search_term) AS terms`).catch(() => [[{ talents: 0, terms: 0 }]]);
    reuse = Number(t.talents) >= 100000 && Number(t.terms) > 0;
  }
  if (reuse) {
    note(`--reuse: ${DB} was used as it was; the seed and the index build were not timed in this run`);
  } else {
    await admin.query(`DROP DATABASE IF EXISTS \`${DB}\``);
    await admin.query(`CREATE DATABASE \`${DB}\``);
    log(`seed ${DB}: ${SEED_FLAGS.join(' ')}`);
    let t0 = Date.now();
    const seedOut = await run('seed', 'node', ['dist/seeds/cli.js', '--no-progress', ...SEED_FLAGS], { env: { DATABASE_URL: `${MYSQL}/${DB}` }, timeoutS: 1200, logFile: LOG });
    results.dataset.seedWallS = (Date.now() - t0) / 1000;
    results.dataset.seedS = Number((seedOut.match(/ in ([\d.]+) s: \d+ rows inserted/) || [])[1]);
    results.dataset.seedRows = Number((seedOut.match(/ s: (\d+) rows inserted/) || [])[1]);
    log(`    seeded ${results.dataset.seedRows} rows in ${results.dataset.seedS} s (records and index; ${results.dataset.seedWallS.toFixed(1)} s with migrations and start-up)`);
    // search:reindex would first delete the 1.3 million rows the seed just wrote, in the same
    // transaction, and time that too: empty the table, so it times the build the seed did.
    log('search:reindex into an emptied search_term (the index alone)');
    await admin.query(`TRUNCATE TABLE \`${DB}\`.search_term`);
    t0 = Date.now();
    const reOut = await run('reindex', 'node', ['dist/src/modules/search/reindex-cli.js'], { env: { DATABASE_URL: `${MYSQL}/${DB}` }, timeoutS: 1200, logFile: LOG });
    results.dataset.reindexWallS = (Date.now() - t0) / 1000;
    const m = reOut.match(/rebuilt in ([\d.]+) s: (\d+) records, (\d+) terms/) || [];
    Object.assign(results.dataset, { reindexS: Number(m[1]), indexedRecords: Number(m[2]), indexTerms: Number(m[3]) });
    log(`    index rebuilt in ${m[1]} s: ${m[2]} records, ${m[3]} terms`);
  }
  await admin.query(`ANALYZE TABLE \`${DB}\`.search_term`);
  const [[c]] = await admin.query(`SELECT (SELECT COUNT(*) FROM \`${DB}\`.talent) AS talents, (SELECT COUNT(*) FROM \`${DB}\`.station) AS stations,
    (SELECT COUNT(*) FROM \`${DB}\`.organization) AS organizations, (SELECT COUNT(*) FROM \`${DB}\`.search_term) AS terms`);
  const [[size]] = await admin.query("SELECT data_length AS data, index_length AS idx FROM information_schema.tables WHERE table_schema = ? AND table_name = 'search_term'", [DB]);
  Object.assign(results.dataset, {
    talents: Number(c.talents), stations: Number(c.stations), organizations: Number(c.organizations), searchTermRows: Number(c.terms),
    searchTermDataMiB: Number(size.data) / 2 ** 20, searchTermIndexMiB: Number(size.idx) / 2 ** 20,
  });
  log(`    ${c.talents} talents, ${c.stations} stations, ${c.terms} search_term rows (${(Number(size.data) / 2 ** 20).toFixed(0)} MiB data + ${(Number(size.idx) / 2 ** 20).toFixed(0)} MiB secondary index)`);
}

/** A generated talent with a Chinese name: its pinyin as name_en spells it, in lower case (no tones). */
async function pinyinQuery(db) {
  const [rows] = await db.query("SELECT name, name_en FROM talent WHERE is_generated = 1 AND name_en REGEXP '^[A-Z][a-z]+ [A-Z][a-z]+$' AND name <> name_en ORDER BY id LIMIT 1 OFFSET 5000");
  if (!rows.length) throw new Error('no generated talent with a Chinese name and a two-word pinyin name_en');
  return { query: rows[0].name_en.toLowerCase(), person: `${rows[0].name} (${rows[0].name_en})` };
}

/** The Query fields of this build (introspection is for signed-in callers in production). */
async function introspect(token) {
  const data = await graphqlData(GQL, '{ __schema { queryType { fields { name args { name type { kind name ofType { kind name ofType { kind name } } } } } } } }', {}, token);
  return new Map(data.__schema.queryType.fields.map((f) => [f.name, f]));
}

const named = (t) => { while (t && !t.name) t = t.ofType; return t?.name; };

/** The suggestions the schema has, each with a query and variables built from the data. */
async function suggestionBodies(fields, token) {
  const bodies = [];
  const idOf = async (q) => (await graphqlData(GQL, q, {}, token));
  if (fields.has('suggestTalents')) {
    const needArg = fields.get('suggestTalents').args.find((a) => a.name === 'need');
    const inputName = named(needArg?.type);
    const input = inputName ? (await graphqlData(GQL, `query($n: String!) { __type(name: $n) { inputFields { name type { kind name ofType { kind name ofType { kind name } } } } } }`, { n: inputName }, token)).__type : null;
    const has = (n) => input?.inputFields.some((f) => f.name === n);
    const fieldsPage = await idOf('{ researchFields(first: 50) { edges { node { id name } } } }');
    const health = fieldsPage.researchFields.edges.map((e) => e.node).filter((f) => /医|生物|药|health|bio|medic/i.test(f.name)).slice(0, 2);
    const need = {};
    if (has('researchFieldIds')) need.researchFieldIds = (health.length ? health : fieldsPage.researchFields.edges.slice(0, 2).map((e) => e.node)).map((f) => f.id);
    if (has('keywords')) need.keywords = ['echinococcosis', 'vaccine'];
    if (has('countries')) need.countries = ['NZ'];
    bodies.push({ key: 'suggestTalents', label: 'suggestTalents (echinococcosis vaccine, NZ)', body: JSON.stringify({
      query: `query($need: ${inputName}!) { suggestTalents(need: $need, first: 20) { edges { score reasons node { id name } } } }`, variables: { need } }) });
  } else {
    note('suggestTalents: not in this build');
  }
  if (fields.has('suggestPartners')) {
    const station = (await idOf('{ stations(first: 1) { edges { node { id } } } }')).stations.edges[0].node.id;
    bodies.push({ key: 'suggestPartners', label: 'suggestPartners (first station)', body: JSON.stringify({
      query: 'query($s: ID!) { suggestPartners(stationId: $s, first: 20) { edges { score reasons node { __typename ... on Node { id } } } } }', variables: { s: station } }) });
  } else {
    note('suggestPartners: not in this build');
  }
  if (fields.has('suggestReviewers')) {
    // The latest application waiting for reviewers that the pool has suggestions for (the seed's
    // name no research field: ranked by their unit's stations' fields and their name's words). The
    // pool is the seed's 44 experts whatever the volume, so some applications match none of them:
    // the very latest may be one, and timing an empty answer says nothing of the ranking.
    const REVIEWERS = 'query($a: ID!) { suggestReviewers(applicationId: $a, first: 20) { edges { score reasons node { id name } } excluded { expert { id } reasons } } }';
    const apps = (await idOf('{ stationApplications(first: 50, filter: { statuses: [QUALIFIED, UNDER_REVIEW] }, orderBy: { field: ID, direction: DESC }) { edges { node { id } } } }')).stationApplications.edges;
    let picked = null;
    for (const { node } of apps) {
      if ((await graphqlData(GQL, REVIEWERS, { a: node.id }, token)).suggestReviewers.edges.length) { picked = node.id; break; }
    }
    if (picked) {
      bodies.push({ key: 'suggestReviewers', label: 'suggestReviewers (the latest application with suggestions)', body: JSON.stringify({ query: REVIEWERS, variables: { a: picked } }) });
    } else {
      note(`suggestReviewers: none of the latest ${apps.length} applications waiting for reviewers has a suggestion`);
    }
  } else {
    note('suggestReviewers: not in this build');
  }
  return bodies;
}

/** Checks an answer before it goes under load: 200, JSON, no errors. Returns its size and how many edges. */
async function verify(body, headers) {
  const r = await postGraphql(GQL, body, headers);
  if (r.status !== 200 || !r.json || r.json.errors || !r.json.data) throw new Error(`not a clean answer: HTTP ${r.status} ${r.text.slice(0, 400)}`);
  const conn = Object.values(r.json.data)[0];
  return { bytes: r.bytes, edges: conn?.edges?.length ?? null, top: conn?.edges?.[0]?.node?.__typename ?? conn?.edges?.[0]?.node?.name ?? null };
}

/** The LIKE statement: every term in some text column, per table; UNION ALL; the first 20 rows. */
function likeStatement(words) {
  const parts = Object.entries(LIKE_TABLES).map(([table, cols]) => {
    const all = words.map(() => `(${cols.map((c) => `${c} LIKE ?`).join(' OR ')})`).join(' AND ');
    return `(SELECT '${table}' AS t, id FROM ${table} WHERE ${all})`;
  });
  const values = Object.values(LIKE_TABLES).flatMap((cols) => words.flatMap((w) => cols.map(() => `%${w}%`)));
  return { sql: `${parts.join(' UNION ALL ')} LIMIT 20`, values };
}

async function main() {
  const admin = await mysqlConnect(MYSQL);
  const [[v]] = await admin.query('SELECT VERSION() AS v');
  const sh = (cmd, args) => { try { return execFileSync(cmd, args, { encoding: 'utf8', cwd: PROJECT, stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; } };
  results.machine = { nproc: os.availableParallelism(), cpu: os.cpus()[0]?.model, memGiB: +(os.totalmem() / 2 ** 30).toFixed(1), node: process.version, mariadb: v.v, git: sh('git', ['rev-parse', '--short', 'HEAD']), loadavg: os.loadavg().map((x) => x.toFixed(2)).join(' ') };
  if (!opt['skip-build']) { log('build'); await run('build', 'npm', ['run', '-s', 'build'], { timeoutS: 300, logFile: LOG }); }
  let server = null;
  try {
    await dataset(admin);
    const db = await mysqlConnect(`${MYSQL}/${DB}`);
    const pinyin = await pinyinQuery(db);
    await db.end();
    const queries = QUERIES.map((q) => (q.query === '{pinyin}' ? { ...q, query: pinyin.query, label: `${q.label}: ${pinyin.person}` } : q));

    await run('user:create', 'node', ['dist/src/user-cli.js', '--email', STAFF.email, '--role', 'STAFF'], { env: { ...ENV, HAIZHI_PASSWORD: STAFF.password }, timeoutS: 60, logFile: LOG }).catch((e) => {
      if (!/exists/i.test(e.message)) throw e; // --reuse: the account is there from the last run
    });
    server = startProcess('node', [...NODE_FLAGS, 'dist/src/main.js'], { env: ENV, logFile: path.join(OUT, 'server.log') });
    await waitHttp(`http://127.0.0.1:${PORT}/healthz`, { timeoutS: 90, child: server, logFile: path.join(OUT, 'server.log') });
    const token = (await graphqlData(GQL, 'mutation($input: LoginInput!) { login(input: $input) { token } }', { input: STAFF })).login.token;
    const callers = [{ key: 'anonymous', headers: {} }, { key: 'STAFF', headers: { authorization: `Bearer ${token}` } }];

    // ---- search
    for (const q of queries) {
      q.body = JSON.stringify({ query: SEARCH_TEXT, variables: { q: q.query } });
      const terms = (await graphqlData(GQL, 'query($q: String!) { search(query: $q, first: 1) { terms totalCount } }', { q: q.query }, token)).search;
      q.terms = terms.terms; q.totalStaff = terms.totalCount;
      log(`  "${q.query}" -> [${q.terms.join(', ')}], ${q.totalStaff} matches for STAFF`);
    }
    const groups = {};
    for (const caller of callers) {
      for (const c of CONNECTIONS) {
        for (const q of queries) {
          const check = await verify(q.body, caller.headers);
          const m = await load(q.body, c, caller.headers);
          const problems = [];
          if (m.non2xx || m.errors || m.timeouts) problems.push(`${m.non2xx} non-2xx, ${m.errors} errors, ${m.timeouts} timeouts`);
          if (m.minBytes < 0.95 * check.bytes) problems.push(`an answer under load had ${m.minBytes} bytes, the checked one ${check.bytes}`);
          const { latencies, ...figures } = m;
          (groups[`${caller.key}/${c}`] ??= []).push(latencies);
          results.search.push({ caller: caller.key, connections: c, key: q.key, query: q.query, label: q.label, terms: q.terms, edges: check.edges, totalStaff: q.totalStaff, ...figures, problems });
          log(`  search ${caller.key.padEnd(9)} c=${String(c).padEnd(2)} ${q.query.padEnd(18)} ${m.reqs.toFixed(0).padStart(5)} req/s  p50 ${m.p50.toFixed(1)}  p95 ${m.p95.toFixed(1)}  p99 ${m.p99.toFixed(1)} ms  (${check.edges} edges)${problems.length ? '  PROBLEM: ' + problems.join('; ') : ''}`);
        }
      }
    }

    for (const [key, g] of Object.entries(groups)) {
      const [caller, c] = key.split('/');
      const o = pooled(g);
      results.overall.push({ caller, connections: Number(c), ...o });
      log(`  overall ${caller} c=${c}: p50 ${o.p50.toFixed(1)}  p95 ${o.p95.toFixed(1)}  p99 ${o.p99.toFixed(1)} ms (each query weighing the same)`);
    }

    // ---- suggestions
    const fields = await introspect(token);
    for (const s of await suggestionBodies(fields, token)) {
      const headers = { authorization: `Bearer ${token}` };
      let check;
      try { check = await verify(s.body, headers); } catch (e) { note(`${s.key}: could not be measured: ${e.message}`); continue; }
      for (const c of CONNECTIONS) {
        const { latencies, ...m } = await load(s.body, c, headers);
        results.suggestions.push({ key: s.key, label: s.label, connections: c, edges: check.edges, ...m });
        log(`  ${s.key} c=${c}: ${m.reqs.toFixed(0)} req/s  p50 ${m.p50.toFixed(1)}  p95 ${m.p95.toFixed(1)}  p99 ${m.p99.toFixed(1)} ms  (${check.edges} edges)`);
      }
    }

    // ---- the LIKE baseline, with the server idle
    await stopPid(server.pid);
    server = null;
    const pool = mysql.createPool({ uri: `${MYSQL}/${DB}`, connectionLimit: Math.max(...CONNECTIONS) });
    try {
      for (const c of CONNECTIONS) {
        for (const q of queries) {
          const words = q.query.split(/\s+/).filter(Boolean);
          const { sql, values } = likeStatement(words);
          const [rows] = await pool.query(sql, values);
          const m = await loop(() => pool.query(sql, values), c);
          results.like.push({ connections: c, key: q.key, query: q.query, rows: rows.length, ...m });
          log(`  LIKE c=${String(c).padEnd(2)} ${q.query.padEnd(18)} ${m.reqs.toFixed(1).padStart(6)} /s  p50 ${m.p50.toFixed(1)}  p95 ${m.p95.toFixed(1)} ms  (${rows.length} rows)`);
        }
      }
    } finally {
      await pool.end();
    }
  } finally {
    if (server) await stopPid(server.pid);
    if (!opt.keep) await admin.query(`DROP DATABASE IF EXISTS \`${DB}\``);
    await admin.end();
  }
}

// ---------------------------------------------------------------- the report

const f1 = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(1));
const f0 = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(0));

function overall(rows) {
  // Every query ran D seconds: pool their percentiles by weighting each query equally (the p95 of the
  // slowest query bounds the overall one; the worst per-query p95 is what the target is read against).
  return { worstP95: Math.max(...rows.map((r) => r.p95)), medianP50: rows.map((r) => r.p50).sort((a, b) => a - b)[Math.floor(rows.length / 2)], reqs: rows.reduce((a, r) => a + r.reqs, 0) / rows.length };
}

function renderSection(r) {
  const d = r.dataset, m = r.machine;
  const L = ['## Search (issue 14)', ''];
  L.push(`Written by \`npm run bench:search\` (bench/search.mjs) on ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC at ${m.git ?? '?'}; ${m.nproc} CPUs (${m.cpu}), ${m.memGiB} GiB, Node ${m.node}, MariaDB ${m.mariadb}, shared with other work (load average ${m.loadavg} at the start). ` +
    `Targets (issue 14 §7): a two-term search p95 under ${TARGET.searchP95} ms, a suggestion under ${TARGET.suggestionP95} ms, at 100,000 talents and 1,000 stations.`, '');
  for (const o of r.overall.filter((x) => x.connections === 1)) {
    const rows = r.search.filter((x) => x.connections === 1 && x.caller === o.caller);
    const worst = rows.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    L.push(`**Search as ${o.caller}, one connection: p95 ${f1(o.p95)} ms over the ${rows.length} queries (each weighing the same): ${o.p95 < TARGET.searchP95 ? 'MET' : 'NOT MET'}; ` +
      `${rows.filter((x) => x.p95 < TARGET.searchP95).length} of ${rows.length} queries under ${TARGET.searchP95} ms on their own, the slowest "${worst.query}" at ${f1(worst.p95)} ms.**`, '');
  }
  const sugg = r.suggestions.filter((x) => x.connections === 1);
  if (sugg.length) for (const x of sugg) L.push(`**${x.key}, one connection: p95 ${f1(x.p95)} ms: ${!x.edges ? 'NOT EVALUATED (the answer held no edges)' : x.p95 < TARGET.suggestionP95 ? 'MET' : 'NOT MET'}.**`, '');
  else L.push('**Suggestions: not in this build, not measured.**', '');
  L.push('### Data set', '');
  L.push('| talents | stations | organisations | search_term rows | search_term on disk | seed (records + index) | index build alone (`search:reindex` into an empty table) |', '|---:|---:|---:|---:|---:|---:|---:|');
  L.push(`| ${d.talents} | ${d.stations} | ${d.organizations} | ${d.searchTermRows} | ${f0(d.searchTermDataMiB)} MiB data (clustered primary key) + ${f0(d.searchTermIndexMiB)} MiB secondary index | ${d.seedS ? `${f1(d.seedS)} s (${d.seedRows} rows)` : 'not timed (--reuse)'} | ${d.reindexS ? `${f1(d.reindexS)} s (${d.indexedRecords} records, ${d.indexTerms} terms)` : 'not timed (--reuse)'} |`, '');
  L.push('The seed\'s own time includes its index build (seeds/seeder.ts calls rebuildSearchIndex after the records commit); the index build is timed again alone, after emptying search_term, with `search:reindex` (reindex-cli.js), which prints its own time.', '');
  L.push(`Seed flags: \`${SEED_FLAGS.join(' ')}\` (the large volume of \`npm run bench\`). Sizes from information_schema after ANALYZE TABLE.`, '');
  L.push('### search: latency per query (ms) and rate', '');
  L.push(`Each query alone under load for ${r.settings.duration} s (after 2 s of warm-up), autocannon, every latency kept (exact percentiles); the request asks \`search(query, first: 20) { edges { score highlights { field snippet } node { __typename id } } pageInfo }\` (no totalCount).`, '');
  L.push('| caller | conns | query | terms | edges | req/s | p50 | p95 | p99 | problems |', '|---|---:|---|---|---:|---:|---:|---:|---:|---|');
  for (const x of r.search) L.push(`| ${x.caller} | ${x.connections} | ${x.query} (${x.label}) | ${x.terms.join(' ')} | ${x.edges} | ${f0(x.reqs)} | ${f1(x.p50)} | ${f1(x.p95)} | ${f1(x.p99)} | ${x.problems.join('; ')} |`);
  L.push('');
  L.push('Overall: every query\'s latencies pooled, each query weighing the same (a fast query answers more requests in its seconds).', '');
  L.push('| caller | conns | p50 | p95 | p99 | worst query p95 | mean req/s over the queries |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const o of r.overall) {
    const rows = r.search.filter((x) => x.caller === o.caller && x.connections === o.connections);
    const x = overall(rows);
    L.push(`| ${o.caller} | ${o.connections} | ${f1(o.p50)} | ${f1(o.p95)} | ${f1(o.p99)} | ${f1(x.worstP95)} | ${f0(x.reqs)} |`);
  }
  L.push('');
  L.push('### Suggestions', '');
  if (r.suggestions.length) {
    L.push('| suggestion | conns | edges | req/s | p50 | p95 | p99 |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const x of r.suggestions) L.push(`| ${x.label} | ${x.connections} | ${x.edges} | ${f0(x.reqs)} | ${f1(x.p50)} | ${f1(x.p95)} | ${f1(x.p99)} |`);
    L.push('');
  }
  for (const n of r.notes.filter((n) => /^suggest/.test(n))) L.push(`- ${n}`);
  L.push('');
  L.push('### Baseline: MariaDB `LIKE \'%…%\'` over the same tables', '');
  L.push('What a team would otherwise ship: through mysql2 directly (no HTTP, no GraphQL, no scopes, no ranking, no folding: it finds neither the traditional nor the pinyin form), every word of the query in some text column that search indexes, for each of the 12 tables, `UNION ALL … LIMIT 20`. Search figures above are end to end over HTTP.', '');
  L.push('| conns | query | rows | per second | p50 | p95 | search p50 / p95 (anonymous, same conns) |', '|---:|---|---:|---:|---:|---:|---:|');
  for (const x of r.like) {
    const s = r.search.find((y) => y.caller === 'anonymous' && y.connections === x.connections && y.key === x.key);
    L.push(`| ${x.connections} | ${x.query} | ${x.rows} | ${f1(x.reqs)} | ${f1(x.p50)} | ${f1(x.p95)} | ${s ? `${f1(s.p50)} / ${f1(s.p95)}` : '–'} |`);
  }
  L.push('');
  const other = r.notes.filter((n) => !/^suggest/.test(n));
  if (other.length) L.push(...other.map((n) => `- ${n}`), '');
  L.push(`Reproduce: \`npm run bench:search\` (about ${Math.round((r.wallSeconds ?? 0) / 60)} min; \`--help\` for the flags). Raw figures: bench/results/search-<run>/results.json.`);
  return L;
}

if (opt.render) {
  writeOwnedSection('search', renderSection(JSON.parse(fs.readFileSync(opt.render, 'utf8'))), opt.out);
  fs.rmSync(OUT, { recursive: true, force: true });
  process.exit(0);
}
const t0 = Date.now();
let code = 0;
// Our children (the server, a seed) end with us; nothing else is touched.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { log(`${sig}: stopping`); for (const c of children) try { process.kill(c.pid, 'SIGTERM'); } catch { /* gone */ } process.exit(130); });
try {
  await main();
} catch (error) {
  code = 1;
  log(`FAILED: ${error.stack || error.message}`);
}
results.wallSeconds = Math.round((Date.now() - t0) / 1000);
fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
if (code === 0 && !opt['no-report']) {
  writeOwnedSection('search', renderSection(results), opt.out);
  log(`wrote the "Search (issue 14)" section of BENCHMARKS.md (${results.wallSeconds} s in all)`);
}
process.exit(code);
