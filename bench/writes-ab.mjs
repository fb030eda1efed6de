// What the search index's writes cost createTalent (issue 14: at most 20% more), for
// `npm run bench:writes -- --ab DIR` (bench/writes.mjs): this checkout against DIR, a built checkout
// of the commit before search (e.g. `git worktree add --detach ../bench-old 0ac80c5`, node_modules
// symlinked, `npm run -s build` there). An A/B of two builds rather than a switch in the server: the
// baseline is what shipped before search, not a code path kept alive only for a benchmark.
//
// Each side: its own fresh database seeded by its own seed, a STAFF account, its own server (started
// as `npm start` starts it). Then R rounds; in each, every side in turn (the first side alternates)
// takes createTalent alone, at one connection and at C connections, for D seconds each, with every
// latency kept. Only the side under load is busy; the other server idles.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { PROJECT, cpuSeconds, graphqlData, log, mysqlConnect, run, sleep, startProcess, stopPid, waitHttp } from './lib.mjs';

const require = createRequire(path.join(PROJECT, 'package.json'));
const autocannon = require('autocannon');

/**
 * Talents as staff enter them: a Chinese name (so pinyin is indexed), English name, title and a short
 * bio, different for every request (a counter walks the lists), so the index takes varied terms, as
 * it would in use, rather than the same few at the same place in its key order every time.
 */
const SURNAMES = [['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'], ['赵', 'Zhao'], ['吴', 'Wu'], ['周', 'Zhou'], ['徐', 'Xu'], ['孙', 'Sun'], ['马', 'Ma']];
const GIVEN = [['明', 'ming'], ['华', 'hua'], ['伟', 'wei'], ['芳', 'fang'], ['静', 'jing'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['超', 'chao'], ['霞', 'xia'], ['平', 'ping']];
const TOPICS = [['Vaccine research on echinococcosis in sheep', '包虫病疫苗研究'], ['Graphene membranes for water treatment', '石墨烯膜水处理'], ['Precision oncology and cell therapy', '精准肿瘤细胞治疗'],
  ['Green aviation materials and composites', '绿色航空复合材料'], ['Soil microbiology for mountain agriculture', '山地农业土壤微生物'], ['Battery chemistry and energy storage', '储能电池化学']];
const TITLES = ['教授', '研究员', '副教授', '首席科学家', '高级工程师'];
export const TALENT_EXAMPLE = talentAt(0);
export function talentAt(i) {
  const [sz, se] = SURNAMES[i % SURNAMES.length], [g1, p1] = GIVEN[i % GIVEN.length], [g2, p2] = GIVEN[(i * 7 + 3) % GIVEN.length];
  const [en, zh] = TOPICS[i % TOPICS.length];
  const given = p1 + p2;
  return { name: sz + g1 + g2, nameEn: `${given[0].toUpperCase()}${given.slice(1)} ${se}`, country: 'NZ', degree: 'DOCTORATE', title: TITLES[i % TITLES.length], bio: `${en}; ${zh}。` };
}
const CREATE = 'mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }';
let sequence = 0;
export const VOLUMES = {
  article: [],
  large: ['--stations', '1000', '--talents', '100000', '--organizations', '2000', '--partnerships', '5000'],
};

function summary(latencies) {
  const s = [...latencies].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? null;
  return { n: s.length, mean: s.length ? s.reduce((a, b) => a + b, 0) / s.length : null, p50: at(50), p95: at(95), p99: at(99) };
}

const count = async (db, table) => Number((await db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0][0].n);

async function start(side, { mysql, port, env, nodeFlags, staff, logDir, volume }) {
  const admin = await mysqlConnect(mysql);
  await admin.query(`DROP DATABASE IF EXISTS \`${side.db}\``);
  await admin.query(`CREATE DATABASE \`${side.db}\``);
  await admin.end();
  const sideEnv = { ...env, DATABASE_URL: `${mysql}/${side.db}`, PORT: String(port) };
  const logFile = path.join(logDir, `${side.key}.log`);
  log(`  ${side.key}: seed ${side.db} (${volume}) with ${side.dir}`);
  const t0 = Date.now();
  await run(`seed ${side.key}`, 'node', ['dist/seeds/cli.js', '--no-progress', ...VOLUMES[volume]], { cwd: side.dir, env: { DATABASE_URL: sideEnv.DATABASE_URL }, timeoutS: 1200, logFile });
  side.seedS = (Date.now() - t0) / 1000;
  await run(`user:create ${side.key}`, 'node', ['dist/src/user-cli.js', '--email', staff.email, '--role', 'STAFF'], { cwd: side.dir, env: { ...sideEnv, HAIZHI_PASSWORD: staff.password }, timeoutS: 60, logFile });
  side.server = startProcess('node', [...nodeFlags, 'dist/src/main.js'], { cwd: side.dir, env: sideEnv, logFile });
  side.url = `http://127.0.0.1:${port}/graphql`;
  await waitHttp(`http://127.0.0.1:${port}/healthz`, { timeoutS: 90, child: side.server, logFile });
  side.token = (await graphqlData(side.url, 'mutation($input: LoginInput!) { login(input: $input) { token } }', { input: staff })).login.token;
  side.db_ = await mysqlConnect(sideEnv.DATABASE_URL);
  side.samples = {};
  side.committed = {};
  side.roundMeans = {};
}

async function measure(side, connections, seconds) {
  const before = await count(side.db_, 'talent');
  const latencies = [];
  // Both sides walk the same sequence of talents (it restarts per measurement).
  sequence = 0;
  const instance = autocannon({
    url: side.url, method: 'POST', connections, duration: seconds, headers: { 'content-type': 'application/json', authorization: `Bearer ${side.token}` },
    requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ query: CREATE, variables: { input: talentAt(sequence++) } }) }) }],
  });
  instance.on('response', (_c, status, _bytes, ms) => { if (status === 200) latencies.push(ms); });
  // The server's own CPU per answer: latency at one connection is mostly waiting on MariaDB, and a
  // loaded machine swings it; CPU time says whether this side's code does more per mutation.
  const cpuBefore = cpuSeconds(side.server.pid);
  const r = await instance;
  const cpuMs = ((cpuSeconds(side.server.pid) - cpuBefore) * 1000) / Math.max(1, latencies.length);
  (side.cpuMs ??= {});
  (side.cpuMs[connections] ??= []).push(cpuMs);
  const added = (await count(side.db_, 'talent')) - before;
  (side.samples[connections] ??= []).push(...latencies);
  const c = (side.committed[connections] ??= { added: 0, seconds: 0, answered: 0, failed: 0 });
  c.added += added; c.seconds += seconds; c.answered += latencies.length; c.failed += r.non2xx + r.errors + r.timeouts;
  const s = summary(latencies);
  (side.roundMeans[connections] ??= []).push(s.mean);
  // A few more rows than answers is normal: requests in flight when autocannon stops still commit.
  const failed = latencies.length - added;
  log(`    ${side.key.padEnd(8)} c=${String(connections).padEnd(2)} ${String(added).padStart(5)} talents  mean ${s.mean.toFixed(1)}  p95 ${s.p95.toFixed(1)} ms  server CPU ${cpuMs.toFixed(2)} ms/answer${failed > 0 ? `  (${failed} answers carried errors: see ${side.key}.log)` : ''}`);
}

/** Runs the A/B; returns the record writes.mjs reports. */
export async function measureAb({ baseline, volume, rounds, seconds, connections, mysql, port, env, nodeFlags, staff, logDir }) {
  const rev = (dir) => { try { return execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { return '?'; } };
  if (!fs.existsSync(path.join(baseline, 'dist/src/main.js'))) throw new Error(`--ab ${baseline}: no dist/src/main.js there (build it first: npm run -s build)`);
  const sides = [
    { key: 'with', label: `with index writes (${rev(PROJECT)}, this checkout)`, dir: PROJECT, db: 'haizhi_bench_writes' },
    { key: 'without', label: `without (${rev(baseline)}, ${baseline})`, dir: baseline, db: 'haizhi_bench_writes_base' },
  ];
  try {
    for (const [i, side] of sides.entries()) await start(side, { mysql, port: port + i, env, nodeFlags, staff, logDir, volume });
    for (let r = 1; r <= rounds; r++) {
      log(`  round ${r}/${rounds}`);
      const order = r % 2 ? sides : [...sides].reverse();
      for (const side of order) for (const c of [1, connections]) { await measure(side, c, seconds); await sleep(500); }
    }
  } finally {
    for (const side of sides) {
      if (side.server) await stopPid(side.server.pid);
      await side.db_?.end().catch(() => {});
    }
    const admin = await mysqlConnect(mysql);
    for (const side of sides) await admin.query(`DROP DATABASE IF EXISTS \`${side.db}\``);
    await admin.end();
  }
  const rows = [1, connections].map((c) => {
    const median = (xs) => { const v = [...xs].sort((a, b) => a - b); return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2; };
    const [w, wo] = sides.map((side) => ({ ...summary(side.samples[c]), ...side.committed[c], serverCpuMsMedian: median(side.cpuMs[c]), serverCpuMsByRound: side.cpuMs[c] }));
    // The machine is shared: rounds differ more than the sides do. Each round's ratio compares two
    // runs made a minute apart, so the median of those ratios is the steadiest figure.
    const ratios = sides[0].roundMeans[c].map((m, i) => m / sides[1].roundMeans[c][i]).sort((a, b) => a - b);
    const medianRatio = ratios.length % 2 ? ratios[(ratios.length - 1) / 2] : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
    return { connections: c, with: w, without: wo, meanOverheadPct: (w.mean / wo.mean - 1) * 100, p95OverheadPct: (w.p95 / wo.p95 - 1) * 100,
      roundRatiosPct: ratios.map((x) => (x - 1) * 100), medianRoundOverheadPct: (medianRatio - 1) * 100 };
  });
  return { volume, rounds, seconds, connections, talent: TALENT_EXAMPLE, sides: sides.map(({ key, label, seedS }) => ({ key, label, seedS })), rows };
}
