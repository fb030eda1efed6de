#!/usr/bin/env node
// `npm run bench:subscriptions`: how fast one committed announcement reaches thousands of WebSocket
// subscribers, on MariaDB, with one instance and with two behind Redis. A benchmark, not a test: it
// reports figures (BENCHMARKS.md, the "Subscriptions (fan-out)" section, which `npm run bench` keeps).
//
// For each instance count and each size N: fresh servers (started as `npm start` starts them, in
// production mode); N subscribers in worker threads, spread over the instances, each with one of 16
// filters (and one in ten signed in as STAFF, the rest anonymous); warm-up announcements until every
// subscriber has heard one; then M announcements published through the API one every INTERVAL ms,
// alternating instances. Per delivery, the latency from the transaction's commit (the event's
// committedAt) to the moment the subscriber's socket handed over the message; per event and
// subscriber, whether it should have come (the filter, applied here to what was published) and
// whether it did: lost, extra and doubled deliveries must all be 0. Server RSS (peak) and CPU.
//
// env: N (one size; default SIZES=1000,5000,10000), INSTANCES (1,2), M (20), INTERVAL (1000 ms),
//      W (client worker threads, 2), BENCH_MYSQL_URL (mysql://root@127.0.0.1:3306),
//      BENCH_REDIS_URL (redis://127.0.0.1:6379), BENCH_PORT (4401; the second instance +1),
//      SERVER_FLAGS (more Node flags for the servers, e.g. --cpu-prof), REPORT (a results.json: only rewrite the section from it)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PROJECT, graphqlData, log, mysqlConnect, procMemory, run, sleep, startProcess, stopPid, waitHttp, writeOwnedSection } from './lib.mjs';

const MYSQL = (process.env.BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
const REDIS = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379';
const SIZES = (process.env.N || process.env.SIZES || '1000,5000,10000').split(',').map(Number);
const INSTANCES = (process.env.INSTANCES || '1,2').split(',').map(Number);
const M = Number(process.env.M || 20), INTERVAL = Number(process.env.INTERVAL || 1000), W = Number(process.env.W || 2);
const PORT = Number(process.env.BENCH_PORT || 4401);
const DB = 'haizhi_bench_subscriptions';
const STAFF = { email: 'bench-staff@example.org', password: 'bench-password-1' };
const NODE_FLAGS = (JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')).config?.nodeFlags ?? '').split(/\s+/).filter(Boolean);
const runId = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const OUT = path.join(PROJECT, 'bench/results', `subscriptions-${runId}`);
const LOG = path.join(OUT, 'harness.log');
const CLOCK_TICKS = 100; // USER_HZ on Linux: /proc/<pid>/stat counts CPU time in 1/100 s

const QUERY = `subscription($filter: AnnouncementEventFilter) {
  announcementPublished(filter: $filter) { cursor committedAt announcement { id kind title countries } }
}`;
const KINDS = ['NEED', 'OFFER', 'CALL', 'NOTICE'];
const COUNTRIES = ['DE', 'GB', 'US', 'JP'];
const PUBLISHERS = ['STATION', 'OFFSHORE_BASE', 'ORGANIZATION', 'OPERATOR'];

// ---------------------------------------------------------------- the API

function serverUrl(k) {
  return `http://127.0.0.1:${PORT + k}/graphql`;
}

const gql = (k, query, variables, token) => graphqlData(serverUrl(k), query, variables, token);

const ids = async (k, list) => (await gql(k, `{ ${list}(first: 4) { edges { node { id } } } }`))[list].edges.map((edge) => edge.node.id);

// ---------------------------------------------------------------- what is published, who should hear it

/** A small seeded generator: every run publishes the same mix. */
function generator(seed) {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

/** Announcement i of the run: one or two fields and countries, a kind and a publisher drawn from the mix. */
function planned(i, refs, random) {
  const fields = [refs.fields[random(4)]];
  if (random(2)) fields.push(refs.fields[random(4)]);
  const countries = [COUNTRIES[random(4)]];
  if (random(3) === 0) countries.push(COUNTRIES[random(4)]);
  return { kind: KINDS[random(4)], researchFieldIds: [...new Set(fields)], countries: [...new Set(countries)], publisherKind: PUBLISHERS[random(4)] };
}

/** The warm-up: four announcements that, between them, every filter below accepts. */
function warmUp(refs) {
  return PUBLISHERS.map((publisherKind, j) => ({ kind: KINDS[j], researchFieldIds: refs.fields, countries: COUNTRIES, publisherKind }));
}

function publishInput(event, refs, title) {
  return {
    kind: event.kind,
    title,
    body: 'Published by the fan-out benchmark.',
    researchFieldIds: event.researchFieldIds,
    countries: event.countries,
    ...(event.publisherKind === 'STATION' ? { stationId: refs.station } : {}),
    ...(event.publisherKind === 'OFFSHORE_BASE' ? { offshoreBaseId: refs.base } : {}),
    ...(event.publisherKind === 'ORGANIZATION' ? { organizationId: refs.organization } : {}),
  };
}

/** Sixteen filters: none, each key alone, keys together, OR within a key. */
function filters(refs) {
  const [f0, f1, f2, f3] = refs.fields;
  return [
    null,
    { researchFieldIds: [f0] }, { researchFieldIds: [f1] }, { researchFieldIds: [f2] }, { researchFieldIds: [f3] },
    { countries: ['DE'] }, { countries: ['GB'] }, { countries: ['US'] }, { countries: ['JP'] },
    { kinds: ['NEED'] }, { kinds: ['OFFER', 'CALL'] },
    { stationIds: [refs.station] },
    { publisherKinds: ['ORGANIZATION', 'OFFSHORE_BASE'] },
    { researchFieldIds: [f0, f1], countries: ['DE'] },
    { kinds: ['CALL'], countries: ['GB', 'US'] },
    {},
  ];
}

/** AND across the filter's keys, OR within one: what the API promises, worked out from what was published. */
function accepts(filter, event, refs) {
  if (!filter) return true;
  const any = (wanted, have) => !wanted || wanted.some((value) => have.includes(value));
  const station = event.publisherKind === 'STATION' ? [refs.station] : [];
  return any(filter.researchFieldIds, event.researchFieldIds) && any(filter.countries, event.countries) && any(filter.kinds, [event.kind])
    && any(filter.stationIds, station) && any(filter.publisherKinds, [event.publisherKind]);
}

// ---------------------------------------------------------------- the servers

function startServers(instances, size) {
  return Array.from({ length: instances }, (_, k) => {
    const logFile = path.join(OUT, `server-${size}x${instances}-${k}.log`);
    const env = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: `${MYSQL}/${DB}`,
      PORT: String(PORT + k),
      JWT_SECRET: 'bench-subscriptions-secret-0123456789',
      // Production requires one; nothing scrapes /metrics during the run.
      METRICS_TOKEN: 'bench-metrics-token-never-scraped',
      // Every subscriber here comes from 127.0.0.1: the per-address limit (1,000 by default) would refuse them.
      WS_MAX_CONNECTIONS_PER_IP: String(size + 100),
      // And the hourly budget of one anonymous address would refuse them too.
      RATE_LIMITS: 'off',
      ...(instances > 1 ? { REDIS_URL: REDIS, REDIS_CHANNEL_PREFIX: `bench-subscriptions-${runId}:` } : {}),
    };
    const flags = [...NODE_FLAGS, ...(process.env.SERVER_FLAGS ?? '').split(/\s+/).filter(Boolean)];
    return { child: startProcess('node', [...flags, 'dist/src/main.js'], { env, logFile }), logFile };
  });
}

function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS; // utime, stime
  } catch {
    return 0;
  }
}

/** Samples the servers' CPU once a second: the busiest second, and the total, from start() to stop(). */
function cpuSampler(pids) {
  const first = pids.map(cpuSeconds);
  let last = first, peak = 0;
  const started = Date.now();
  const timer = setInterval(() => {
    const now = pids.map(cpuSeconds);
    peak = Math.max(peak, ...now.map((seconds, k) => seconds - last[k]));
    last = now;
  }, 1000);
  return () => {
    clearInterval(timer);
    const wall = (Date.now() - started) / 1000;
    const used = pids.map((pid, k) => cpuSeconds(pid) - first[k]);
    return { peakPercent: Math.round(peak * 100), averagePercent: Math.round((Math.max(...used) / wall) * 100), seconds: used.map((s) => +s.toFixed(1)) };
  };
}

// ---------------------------------------------------------------- the subscribers

function startWorkers(clients) {
  return Array.from({ length: W }, (_, w) => {
    const worker = new Worker(new URL('./subscribers.mjs', import.meta.url), {
      workerData: { project: PROJECT, query: QUERY, concurrency: 50, clients: clients.filter((client) => client.index % W === w) },
    });
    const waiting = new Map();
    worker.on('message', (message) => {
      const resolve = waiting.get(message.type);
      waiting.delete(message.type);
      resolve?.(message);
    });
    worker.on('error', (error) => log(`worker ${w}: ${error.stack}`));
    const ask = (type, answer = type) => new Promise((resolve) => {
      waiting.set(answer, resolve);
      worker.postMessage({ type });
    });
    return { worker, ask };
  });
}

const askAll = (workers, type, answer) => Promise.all(workers.map((w) => w.ask(type, answer)));

// ---------------------------------------------------------------- one run: `instances` servers, `size` subscribers

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(instances, size, refs, token) {
  const servers = startServers(instances, size);
  const workers = [];
  try {
    for (const [k, server] of servers.entries()) await waitHttp(`http://127.0.0.1:${PORT + k}/readyz`, { timeoutS: 90, child: server.child, logFile: server.logFile });
    const variants = filters(refs);
    const clients = Array.from({ length: size }, (_, index) => ({
      index,
      url: `ws://127.0.0.1:${PORT + (index % instances)}/graphql`,
      filter: variants[index % variants.length],
      token: index % 10 === 0 ? token : null,
    }));
    const t0 = Date.now();
    workers.push(...startWorkers(clients));
    const connected = await askAll(workers, 'connect', 'connected');
    const open = connected.reduce((n, c) => n + c.open, 0);
    log(`${size} x ${instances}: ${open} connected in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // Until every subscriber has heard an announcement, it may not be subscribed yet.
    let live = 0;
    for (let round = 0; round < 5 && live < size; round += 1) {
      for (const [j, event] of warmUp(refs).entries()) await publish(j % instances, event, refs, token, `warm-up ${round}.${j}`);
      for (let wait = 0; wait < 40; wait += 1) {
        live = (await askAll(workers, 'live')).reduce((n, answer) => n + answer.count, 0);
        if (live === size) break;
        await sleep(250);
      }
    }
    log(`${size} x ${instances}: ${live} of ${size} subscribers live`);
    await sleep(1000);

    await askAll(workers, 'measure', 'measuring');
    const stopCpu = cpuSampler(servers.map((server) => server.child.pid));
    const random = generator(42);
    const published = [];
    const start = Date.now();
    for (let i = 0; i < M; i += 1) {
      const event = planned(i, refs, random);
      const id = await publish(i % instances, event, refs, token, `fan-out ${i}`);
      published.push({ ...event, id, via: i % instances });
      await sleep(start + (i + 1) * INTERVAL - Date.now());
    }
    await sleep(3000); // the last one's delivery
    const cpu = stopCpu();
    const answers = await askAll(workers, 'collect', 'records');
    const memory = servers.map((server) => procMemory(server.child.pid));
    const slowConsumersClosed = servers.reduce((n, server) => n + (fs.readFileSync(server.logFile, 'utf8').match(/closing a slow consumer/g) ?? []).length, 0);
    return {
      instances, size, live, connected: open,
      ...tally(published, clients, answers, refs),
      closedEarly: answers.reduce((n, answer) => n + answer.closedEarly, 0),
      slowConsumersClosed,
      cpu,
      peakRssMiB: memory.map((m) => Math.round(m.hwm / 1024)),
    };
  } finally {
    await Promise.all(workers.map(async (w) => {
      await w.ask('close', 'closed');
      await w.worker.terminate();
    }));
    await Promise.all(servers.map((server) => stopPid(server.child.pid)));
  }
}

async function publish(k, event, refs, token, title) {
  const data = await gql(k, 'mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id publisherKind } } }', { input: publishInput(event, refs, title) }, token);
  const { id, publisherKind } = data.publishAnnouncement.announcement;
  if (publisherKind !== event.publisherKind) throw new Error(`published as ${publisherKind}, planned ${event.publisherKind}`);
  return id;
}

/** Who got what, against who should have: latencies, lost, extra, doubled. */
function tally(published, clients, answers, refs) {
  const byId = new Map(published.map((event) => [event.id, event]));
  const heard = new Map(published.map((event) => [event.id, new Map()])); // event id -> client -> times
  const latencies = new Map(published.map((event) => [event.id, []]));
  let other = 0;
  for (const answer of answers) {
    for (const [index, at, raw] of answer.records) {
      const message = JSON.parse(raw);
      const event = message.type === 'next' ? message.payload?.data?.announcementPublished : null;
      if (!event) {
        other += 1; // an error or a complete: neither should happen
        continue;
      }
      if (!byId.has(event.announcement.id)) continue; // a late warm-up
      const times = heard.get(event.announcement.id);
      times.set(index, (times.get(index) ?? 0) + 1);
      latencies.get(event.announcement.id).push(at - Date.parse(event.committedAt));
    }
  }
  let expected = 0, delivered = 0, lost = 0, extra = 0, doubled = 0;
  const perEvent = [];
  for (const event of published) {
    const times = heard.get(event.id);
    let shouldHear = 0;
    for (const client of clients) {
      const should = accepts(client.filter, event, refs);
      const got = times.get(client.index) ?? 0;
      if (should) shouldHear += 1;
      if (should && got === 0) lost += 1;
      if (!should && got > 0) extra += 1;
      if (got > 1) doubled += got - 1;
      delivered += got;
    }
    expected += shouldHear;
    const sorted = latencies.get(event.id).sort((a, b) => a - b);
    perEvent.push({ id: event.id, via: event.via, subscribers: shouldHear, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? null });
  }
  const all = [...latencies.values()].flat().sort((a, b) => a - b);
  const p99s = perEvent.map((e) => e.p99).filter((p) => p !== null).sort((a, b) => a - b);
  return {
    events: published.length, expected, delivered, lost, extra, doubled, other,
    latency: { p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99), max: all.at(-1) ?? null },
    worstEventP99: p99s.at(-1) ?? null,
    perEvent,
  };
}

// ---------------------------------------------------------------- the run

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const db = await mysqlConnect(MYSQL);
  await db.query(`DROP DATABASE IF EXISTS \`${DB}\``);
  await db.query(`CREATE DATABASE \`${DB}\``);
  const results = [];
  try {
    log(`seeding ${DB} (the article's network)`);
    await run('seed', 'node', ['dist/seeds/cli.js', '--no-progress'], { env: { DATABASE_URL: `${MYSQL}/${DB}` }, timeoutS: 300, logFile: LOG });
    await run('user:create', 'node', ['dist/src/user-cli.js', '--email', STAFF.email, '--role', 'STAFF'], {
      env: { NODE_ENV: 'production', JWT_SECRET: 'bench-subscriptions-secret-0123456789', METRICS_TOKEN: 'bench-metrics-token-never-scraped', DATABASE_URL: `${MYSQL}/${DB}`, HAIZHI_PASSWORD: STAFF.password }, timeoutS: 60, logFile: LOG,
    });
    let refs = null, token = null;
    for (const instances of INSTANCES) {
      for (const size of SIZES) {
        if (!refs) {
          // The ids the mix names, and a STAFF token (the servers share JWT_SECRET), from a first server.
          const [probe] = startServers(1, 0);
          try {
            await waitHttp(`http://127.0.0.1:${PORT}/readyz`, { timeoutS: 90, child: probe.child, logFile: probe.logFile });
            token = (await gql(0, 'mutation($input: LoginInput!) { login(input: $input) { token } }', { input: STAFF })).login.token;
            const [station] = await ids(0, 'stations'), [base] = await ids(0, 'offshoreBases'), [organization] = await ids(0, 'organizations');
            refs = { fields: await ids(0, 'researchFields'), station, base, organization };
          } finally {
            await stopPid(probe.child.pid);
          }
        }
        log(`${size} subscribers, ${instances} instance(s): ${M} announcements, one every ${INTERVAL} ms`);
        const result = await measure(instances, size, refs, token);
        results.push(result);
        const { latency: l } = result;
        log(`  p50 ${l.p50} ms, p95 ${l.p95} ms, p99 ${l.p99} ms (worst event ${result.worstEventP99} ms); ${result.delivered}/${result.expected} delivered, lost ${result.lost}, extra ${result.extra}, doubled ${result.doubled}; CPU peak ${result.cpu.peakPercent}%, RSS ${result.peakRssMiB.join('+')} MiB`);
        await sleep(2000);
      }
    }
  } finally {
    await db.query(`DROP DATABASE IF EXISTS \`${DB}\``);
    await db.end();
  }
  const record = { runId, startedAt: new Date().toISOString(), node: process.version, cpus: os.cpus().length, settings: { M, INTERVAL, W, SIZES, INSTANCES }, results };
  fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(record, null, 2) + '\n');
  writeSection(record);
  const failed = results.filter((r) => r.lost + r.extra + r.doubled + r.other > 0 || r.live < r.size);
  if (failed.length > 0) {
    log(`NOT LOSSLESS: ${failed.map((r) => `${r.size} x ${r.instances}`).join(', ')}`);
    process.exitCode = 1;
  }
}

function writeSection(record) {
  const ms = (value) => (value === null ? '–' : String(value));
  writeOwnedSection('subscriptions', [
    '## Subscriptions (fan-out)',
    '',
    `Written by \`npm run bench:subscriptions\` (bench/subscriptions.mjs) on ${record.startedAt.slice(0, 16).replace('T', ' ')} UTC, Node ${record.node}, ${record.cpus} CPUs, MariaDB on this machine.`,
    'Target: 10,000 subscribers on one instance, p99 from commit to receipt under 500 ms, nothing lost.',
    '',
    '| subscribers | instances | deliveries expected | lost | extra | doubled | p50 ms | p95 ms | p99 ms | worst event p99 ms | server CPU peak | server peak RSS MiB |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...record.results.map((r) => `| ${r.size.toLocaleString('en')} | ${r.instances} | ${r.expected.toLocaleString('en')} | ${r.lost} | ${r.extra} | ${r.doubled} | ${ms(r.latency.p50)} | ${ms(r.latency.p95)} | ${ms(r.latency.p99)} | ${ms(r.worstEventP99)} | ${r.cpu.peakPercent}% | ${r.peakRssMiB.join(' + ')} |`),
    '',
    `Method: a fresh MariaDB database with the article's network and one STAFF account; for each row, fresh servers started as \`npm start\` starts them`,
    "(package.json's Node flags, NODE_ENV=production), two of them sharing the database and the machine's Redis (REDIS_URL) in the two-instance rows.",
    'The subscribers are WebSocket clients (graphql-transport-ws) in two worker threads of the benchmark, on the same 2 CPUs as the servers, spread',
    'evenly over the instances; each has one of 16 filters (none, each key alone, two keys together, two values in one key), one in ten signs in',
    'as STAFF and the rest are anonymous, so the server checks scope for two groups. Warm-up announcements go out until every subscriber has heard',
    `one; then ${record.settings.M} announcements are published through the API (publishAnnouncement as STAFF), one every ${record.settings.INTERVAL} ms, alternating instances,`,
    'each with one or two research fields and countries, a kind and a publisher drawn by a seeded generator. A delivery\'s latency runs from',
    "the event's committedAt (stamped when the publishing transaction committed) to the moment the client's socket handed over the message (the",
    'client only timestamps and keeps it; parsing waits for the end). Which subscriber should hear which announcement is worked out by the',
    'benchmark from what it published; lost, extra (a filter should have excluded it) and doubled count against that. CPU peak: the busiest',
    'second of one server process during publishing (100% is one core); RSS: each server\'s peak (VmHWM). Per-event figures are in',
    '`bench/results/subscriptions-*/results.json`.',
  ]);
}

if (process.env.REPORT) writeSection(JSON.parse(fs.readFileSync(process.env.REPORT, 'utf8')));
else main().catch((error) => {
  console.error(error);
  process.exit(1);
});
