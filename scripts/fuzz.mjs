#!/usr/bin/env node
// `npm run fuzz -- --runs N [--seed S]`: the property-based tests (test/fuzz-*.test.ts) with N
// generated cases each instead of CI's few hundred, and a seed of your choosing (a failure prints
// the seed and path that replay it). Any jest arguments after `--` pass through.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '5000' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
});
if (values.help || !(Number(values.runs) > 0)) {
  console.log('Usage: npm run fuzz -- [--runs N (5000)] [--seed S] [jest arguments]');
  process.exit(values.help ? 0 : 2);
}
const env = { ...process.env, FUZZ_RUNS: values.runs, ...(values.seed ? { FUZZ_SEED: values.seed } : {}) };
const result = spawnSync('npx', ['jest', '--testTimeout', String(3_600_000), 'test/fuzz-', ...positionals], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
