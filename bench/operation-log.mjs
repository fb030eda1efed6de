#!/usr/bin/env node
// The per-operation cost of observability (src/observability/): what every GraphQL operation pays
// on top of running, i.e. starting a record, naming it, two metric updates and one JSON log line
// (pino, synchronous, to /dev/null). bench:in-process runs operations without HTTP, so it cannot
// see this; run `npm run -s build && node bench/operation-log.mjs` after changing the hook.
import { createRequire } from 'node:module';
import { parse, getOperationAST } from 'graphql';
import pino from 'pino';

const require = createRequire(import.meta.url);
const { createMetrics } = require('../dist/src/observability/metrics.js');
const { OperationLog, startOperation, describeDefinition } = require('../dist/src/observability/operation-log.js');

const N = Number(process.env.N || 200_000);
const dataSource = { options: { type: 'mysql' }, driver: {} };
const metrics = createMetrics({ dataSource, realtime: () => ({ connections: 0, streams: 0, streamsStarted: 0, slowConsumersClosed: 0 }) });
const operation = getOperationAST(parse('query Directory($first: Int) { stations(first: $first) { edges { node { name } } } }'));

for (const [label, level] of [['logs on (info)', 'info'], ['logs off (warn)', 'warn']]) {
  const log = new OperationLog(pino({ level }, pino.destination({ dest: '/dev/null', sync: true })), metrics);
  const once = () => {
    const record = startOperation('http', 'bench-request-id');
    describeDefinition(record, operation);
    record.hasData = true;
    log.finish(record);
  };
  for (let i = 0; i < 20_000; i++) once(); // warm up
  const cpu = process.cpuUsage();
  for (let i = 0; i < N; i++) once();
  const used = process.cpuUsage(cpu);
  console.log(`${label}: ${((used.user + used.system) / N).toFixed(2)} µs CPU per operation`);
}
