// BENCHMARKS.md from the results bench/run.mjs collects. Re-render an earlier run with
//   node bench/report.mjs bench/results/<run>/results.json > BENCHMARKS.md
import fs from 'node:fs';
import { median } from './lib.mjs';

const VOLUME_TITLES = {
  peers: "Peers' volume: 64 stations, 5,000 talents, 120 organisations, 300 partnerships",
  large: 'Large volume: 1,000 stations, 100,000 talents, 2,000 organisations, 5,000 partnerships',
};
const SEED_FLAGS = {
  peers: '--stations 64 --talents 5000 --organizations 120 --partnerships 300',
  large: '--stations 1000 --talents 100000 --organizations 2000 --partnerships 5000',
};
const TARGET = { postgraphile: 2, directus: 6, floor: 0.75 };

const fmt = (x, digits = 0) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));

/** One row per target (server + query + volume): medians over the rounds, and each round. */
function summarise(results) {
  const rows = new Map();
  for (const m of results.measurements) {
    if (!rows.has(m.name)) rows.set(m.name, { name: m.name, server: m.server, volume: m.volume, query: m.query, rounds: [] });
    rows.get(m.name).rounds.push(m);
  }
  for (const r of rows.values()) {
    r.rounds.sort((a, b) => a.round - b.round);
    for (const k of ['reqs', 'p50', 'p99', 'rssKiB']) r[k] = median(r.rounds.map((m) => m[k]));
    r.problems = r.rounds.flatMap((m) => m.problems.map((p) => `round ${m.round}: ${p}`));
    r.warnings = r.rounds.flatMap((m) => (m.warnings || []).map((p) => `round ${m.round}: ${p}`));
    const sql = results.sql[r.name];
    r.sql = sql ? (sql.comSelect ?? sql.statements) : null;
  }
  return [...rows.values()];
}

function verdict(results, rows) {
  const ours = rows.find((r) => r.name === 'ours-peers-peer');
  const pgl = rows.find((r) => r.name === 'postgraphile');
  const dir = rows.find((r) => r.name.startsWith('directus'));
  const floor = rows.find((r) => r.name === 'floor');
  const checks = [];
  if (ours) {
    if (pgl) checks.push({ what: 'req/s vs PostGraphile', ours: ours.reqs, other: pgl.reqs, ratio: ours.reqs / pgl.reqs, need: `≥ ${TARGET.postgraphile}×`, met: ours.reqs >= TARGET.postgraphile * pgl.reqs });
    if (dir) checks.push({ what: 'req/s vs Directus', ours: ours.reqs, other: dir.reqs, ratio: ours.reqs / dir.reqs, need: `≥ ${TARGET.directus}×`, met: ours.reqs >= TARGET.directus * dir.reqs });
    if (floor) checks.push({ what: 'req/s vs the floor', ours: ours.reqs, other: floor.reqs, ratio: ours.reqs / floor.reqs, need: `≥ ${TARGET.floor}×`, met: ours.reqs >= TARGET.floor * floor.reqs });
    if (pgl) checks.push({ what: 'p99 ms vs PostGraphile', ours: ours.p99, other: pgl.p99, ratio: ours.p99 / pgl.p99, need: '≤ 1×', met: ours.p99 <= pgl.p99, ms: true });
    if (dir) checks.push({ what: 'p99 ms vs Directus', ours: ours.p99, other: dir.p99, ratio: ours.p99 / dir.p99, need: '≤ 1×', met: ours.p99 <= dir.p99, ms: true });
  }
  let line;
  const complete = ours && pgl && dir && floor && ours.problems.length === 0;
  if (results.settings.standIn) line = 'NOT EVALUATED: this run used a stand-in for the peer-shaped query (--query)';
  else if (!ours) line = 'NOT MET: the peer-shaped query did not run on our server (see Problems)';
  else if (!complete) line = 'NOT EVALUATED: the run lacks a peer, the floor, or a clean measurement of ours';
  else {
    const missed = checks.filter((c) => !c.met).map((c) => c.what);
    line = missed.length ? `NOT MET (${missed.join('; ')})` : 'MET (every ratio below)';
  }
  return { line, checks };
}

export function renderReport(results) {
  const rows = summarise(results);
  const { line, checks } = verdict(results, rows);
  const s = results.settings, m = results.machine;
  const L = [];
  L.push('# Benchmarks', '');
  L.push(`Written by \`npm run bench\` (bench/run.mjs) on ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC; the run took ${Math.round(results.wallSeconds / 60)} min. ` +
    `Each figure is the median of ${s.rounds} round${s.rounds > 1 ? 's' : ''}; servers alternate and only one is under load at a time.`, '');
  L.push(`**Target: ${line}**`, '');
  L.push('The target (issue 3), on the peer-shaped query at the peers\' volume: at least 2× PostGraphile\'s req/s, 6× Directus\'s, ' +
    '75% of the floor\'s, with p99 no worse than either peer.', '');

  const attention = [
    ...results.skipped.map((x) => `Skipped: ${x.text}`),
    ...results.failures.map((x) => `**Failed:** ${x.text}`),
    ...rows.flatMap((r) => r.problems.map((p) => `**${r.name}** ${p}`)),
    ...rows.flatMap((r) => r.warnings.map((p) => `${r.name} ${p}`)),
    ...results.notes,
  ];
  if (attention.length) L.push('## Read first', '', ...attention.map((a) => `- ${a}`), '');

  if (checks.length) {
    L.push('## Against the target (medians)', '', '| check | ours | peer / floor | ratio | target | met |', '|---|---:|---:|---:|---|---|');
    for (const c of checks) L.push(`| ${c.what} | ${fmt(c.ours, c.ms ? 0 : 1)} | ${fmt(c.other, c.ms ? 0 : 1)} | ${fmt(c.ratio, 2)}× | ${c.need} | ${c.met ? 'yes' : '**no**'} |`);
    L.push('');
  }

  for (const volume of ['peers', 'large']) {
    const vr = rows.filter((r) => r.volume === volume);
    if (!vr.length) continue;
    L.push(`## ${VOLUME_TITLES[volume]}`, '');
    if (volume === 'peers') L.push('PostGraphile, Directus and the floor answer the same nested query on the peer kit\'s own tables and data (the same sizes); ours on its full schema seeded at that size.', '');
    else L.push('Ours only: the peers and the floor run at their own volume.', '');
    L.push('| server | query | req/s | p50 ms | p99 ms | peak RSS MiB | SQL / req | req/s per round | p99 ms per round |', '|---|---|---:|---:|---:|---:|---:|---|---|');
    for (const r of vr) {
      const q = r.rounds[0].queryLabel ?? results.queries[r.query]?.label;
      L.push(`| ${r.server} | ${q} | ${fmt(r.reqs, 1)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.rssKiB / 1024)} | ${r.sql === null ? '–' : fmt(r.sql, Number.isInteger(r.sql) ? 0 : 1)} | ` +
        `${r.rounds.map((x) => fmt(x.reqs, 1)).join(' / ')} | ${r.rounds.map((x) => fmt(x.p99)).join(' / ')} |`);
    }
    L.push('');
  }

  L.push('## Machine', '');
  L.push(`- ${m.nproc} CPUs (${m.cpu}), ${m.memGiB} GiB memory, Linux ${m.kernel}; load average at start ${m.loadavg}`);
  L.push(`- Node ${m.node}; MariaDB ${m.mariadb}; ${m.postgres || 'PostgreSQL 15'} (the peer kit's private cluster, for PostGraphile)`);
  L.push(`- code: ${m.git}`);
  for (const v of ['peers', 'large']) if (m[`oursVmHWM_${v}`]) L.push(`- our server's lifetime peak RSS (VmHWM) at the ${v === 'peers' ? "peers'" : v} volume: ${fmt(m[`oursVmHWM_${v}`] / 1024)} MiB`);
  L.push('');
  const shapes = Object.entries(results.shapes ?? {});
  if (shapes.length) {
    L.push('## What each answer holds', '', 'Servers are compared on equal work: stations, talents and partners in one answer to the query measured.', '');
    L.push('| answer | stations | talents | partners |', '|---|---:|---:|---:|');
    for (const [name, s] of shapes) L.push(`| ${name} | ${s.stations} | ${s.talents} | ${s.partners} |`);
    L.push('');
  }

  L.push('## Reproduce', '', '```sh', 'npm ci', `npm run bench${results.argv.length ? ' -- ' + results.argv.map(shellQuote).join(' ') : ''}`, '```', '');
  L.push('What that runs, in order (ROOT is the peer kit\'s folder, `/tmp/haizhi-peers` unless set; settings passed as `DURATION` and `CONNECTIONS`):', '', '```sh');
  L.push('npm run -s build');
  L.push('bash ../shared/bench/peers/REPRO.sh install     # only when $ROOT lacks the peers (npm + apt, ~3 min)');
  L.push('bash ../shared/bench/peers/REPRO.sh setup       # PostgreSQL 15 cluster, seed, start PostGraphile + Directus');
  L.push('bash ../shared/bench/peers/REPRO.sh verify      # both answers checked row by row against the seed');
  L.push('bash ../shared/bench/peers/REPRO.sh sqlcount    # their SQL statements per request');
  L.push('PORT=4100 bash ../shared/bench/floor/run.sh     # the floor, on MariaDB database haizhi_floor');
  for (const v of ['peers', 'large']) {
    L.push(`DATABASE_URL=mysql://root@127.0.0.1:3306/haizhi_bench_${v} node dist/seeds/cli.js --no-progress ${SEED_FLAGS[v]}`);
  }
  // The peers have no rate limits and every request comes from one address: ours are off too.
  L.push('NODE_ENV=production LOG_LEVEL=warn RATE_LIMITS=off DATABASE_URL=mysql://root@127.0.0.1:3306/haizhi_bench_peers PORT=4201 node dist/src/main.js');
  L.push('NODE_ENV=production LOG_LEVEL=warn RATE_LIMITS=off DATABASE_URL=mysql://root@127.0.0.1:3306/haizhi_bench_large PORT=4202 node dist/src/main.js');
  L.push(`# then ${s.rounds} round${s.rounds > 1 ? 's' : ''}, the order rotating each round, one server under load at a time:`);
  L.push('$ROOT/common/bench.sh ours-peers-peer http://127.0.0.1:4201/graphql peer.body.json <pid>   # and each other query/volume of ours');
  L.push('$ROOT/common/bench.sh floor http://127.0.0.1:4100/graphql floor.body.json <pid>');
  L.push('bash ../shared/bench/peers/REPRO.sh bench       # Directus, then PostGraphile, through the same bench.sh');
  L.push('bash ../shared/bench/peers/REPRO.sh stop        # and our servers and the floor stopped, their databases dropped');
  L.push('```', '');
  L.push(`Every server is driven by the peer kit's \`bench.sh\` (autocannon 8.0.0 from \`$ROOT/bench\`): a 3 s warm-up, then ` +
    `\`autocannon -c ${s.connections} -d ${s.duration} -m POST -H content-type=application/json -i BODY --json URL\` ` +
    '(Directus adds `-H authorization=Bearer …`); peak RSS is its `ps -o rss=` sample every 0.5 s during the measured run.', '');

  L.push('## Method', '');
  L.push('- Before any load each query is sent once and must answer HTTP 200 with `data` and no `errors` (the peer-shaped one: exactly 64 station edges); a query that fails is reported above and not measured. ' +
    'After each run the server is asked once more, and the bytes autocannon read per request are compared with the verified answer, because autocannon counts a 200 carrying `errors` as a success.');
  L.push('- SQL / req, ours and the floor: MariaDB `SHOW GLOBAL STATUS` `Com_select` before and after 20 requests sent one at a time with nothing else under load, minus the cost of reading the counters, divided by 20; the lower of two tries (other clients can only add). ' +
    'PostGraphile and Directus: the peer kit\'s `sqlcount` (statements logged for one warm request).');
  L.push('- Before each server goes under load the harness waits (60 s at most) for a quiet machine: CPUs under 20% busy over a second and MariaDB running no other statement, so that a slow server\'s backlog or someone else\'s test run does not land on the next server; a run that started busy is listed under "Read first".');
  L.push('- Ours runs both volumes in the same run (two servers, one under load at a time); the peers and the floor exist only at their own volume.');
  L.push(`- Raw autocannon output of every run: \`bench/results/${results.runId}/\` (not committed).`);
  L.push('');
  const q = results.queries;
  L.push('### Queries', '');
  for (const key of Object.keys(q)) L.push(`${q[key].label}:`, '', '```graphql', q[key].text.trim(), '```', '');
  return L.join('\n');
}

function shellQuote(a) {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(renderReport(JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))));
}
