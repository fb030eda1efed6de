#!/usr/bin/env node
// `npm run bench:in-process`: the peer-shaped query executed in-process (compiled by graphql-jit,
// no HTTP), several in flight, against a seeded database. Reports CPU ms and KB allocated per
// operation, and what the young-generation collector did: figures that hold still on a machine
// whose req/s moves ±15% from one run to the next. Use it to judge a lever before `npm run bench`.
//   DATABASE_URL  a seeded database (default mysql://root@127.0.0.1:3306/haizhi_bench_peers; seed it with
//                 `npm run seed -- --stations 64 --talents 5000 --organizations 120 --partnerships 300`)
//   N (600) operations per measurement, C (10) in flight, Q a query to run instead of the peer query
//   PIPELINE=ab   also runs each operation through the operation pipeline (src/pipeline/: cached parse and
//                 validation with the limits, cost admission, timeout, extensions.cost), alternating with the
//                 bare compiled query in the same run, so the two are compared on the same machine state
// Run it as `node --max-semi-space-size=128 bench/in-process.mjs` to see the production heap settings.
import 'reflect-metadata';
import inspector from 'node:inspector';
import { createRequire } from 'node:module';
import { parse } from 'graphql';
import { compileQuery } from 'graphql-jit';

const require = createRequire(import.meta.url);
process.env.DATABASE_URL ||= 'mysql://root@127.0.0.1:3306/haizhi_bench_peers';
const { loadConfig } = require('../dist/src/config.js');
const { createDataSource } = require('../dist/src/db/data-source.js');
const { buildAppSchema } = require('../dist/src/schema.js');
const { createContextFactory } = require('../dist/src/context.js');
const { createPipeline } = require('../dist/src/pipeline/pipeline.js');
const { createErrorFormatter } = require('../dist/src/graphql/format-error.js');

const QUERY = process.env.Q ||
  '{ stations(first: 64) { edges { node { name talents(first: 20) { edges { node { name } } } partners(first: 10) { edges { node { name } } } } } } }';
const N = Number(process.env.N || 600);
const C = Number(process.env.C || 10);

const config = loadConfig();
const dataSource = await createDataSource(config.database);
await dataSource.initialize();
const contexts = createContextFactory(dataSource, { auth: config.auth, programme: config.programme });
const schema = await buildAppSchema();
const query = compileQuery(schema, parse(QUERY));
const pipeline = createPipeline({ schema, executor: 'jit', limits: config.limits, formatError: createErrorFormatter(console) });
if (!('query' in query)) throw new Error(`the query does not compile: ${JSON.stringify(query)}`);

/** One operation as the server runs it: execute, let the loaders go, serialize. */
async function operation() {
  // An anonymous request, as the peer-shaped query arrives: its viewer is worked out first.
  const context = contexts.forRequest(await contexts.authenticate(undefined));
  const result = await query.query(undefined, context, {});
  context.loaders.release();
  if (result.errors) throw result.errors[0];
  return JSON.stringify(result).length;
}

/** The same operation through the pipeline, as WebSocket and SSE (and, by its pieces, Apollo) run it. */
async function piped() {
  const context = contexts.forRequest(await contexts.authenticate(undefined));
  const args = pipeline.prepare({ query: QUERY }, context.viewer);
  if (Array.isArray(args)) throw args[0];
  const result = await pipeline.execute({ ...args, contextValue: context });
  if (result.errors) throw result.errors[0];
  return JSON.stringify(result).length;
}

const session = new inspector.Session();
session.connect();
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));

async function measure(label, { heap = false, run = operation } = {}) {
  if (heap) await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  const cpu = process.cpuUsage();
  const started = Date.now();
  let next = 0;
  await Promise.all(Array.from({ length: C }, async () => { while (next++ < N) await run(); }));
  const used = process.cpuUsage(cpu);
  let allocated = '';
  if (heap) {
    const { profile } = await post('HeapProfiler.stopSampling');
    let bytes = 0;
    const walk = (node) => { bytes += node.selfSize; node.children.forEach(walk); };
    walk(profile.head);
    allocated = `, ${(bytes / N / 1024).toFixed(0)} KB allocated/op`;
  }
  console.log(`${label}: ${((used.user + used.system) / 1000 / N).toFixed(2)} ms CPU/op, ${((Date.now() - started) / N).toFixed(2)} ms wall/op${allocated}`);
}

for (let i = 0; i < 200; i++) await operation(); // warm up: compile, fill the pools
if (process.env.PIPELINE === 'ab') {
  for (let i = 0; i < 200; i++) await piped();
  for (let round = 1; round <= 4; round++) {
    await measure(`bare ${round}`);
    await measure(`pipeline ${round}`, { run: piped });
  }
  await measure('bare allocation', { heap: true });
  await measure('pipeline allocation', { heap: true, run: piped });
} else {
  await measure('run 1');
  await measure('run 2');
  await measure('run 3');
  await measure('allocation', { heap: true });
}
await dataSource.destroy();
