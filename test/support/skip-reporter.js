/**
 * Says why tests were skipped: each skip line that test/support/requirements.ts wrote (what the
 * machine lacks and how to get it), with how many tests it skipped and where, and any skipped test
 * no such line explains. Jest prints its own summary ("N skipped") after every reporter, so the
 * lines wait for the global teardown (printSkips, below), which runs after the summary: they end the run.
 * Plain JavaScript: jest loads reporters and global hooks without transforming them.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** Where the lines wait for the teardown: both run in jest's main process. */
const PENDING_LINES = Symbol.for('haizhi.skipLines');

class SkipReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    // Test files run in workers forked after reporters are made, so they inherit this.
    this.log = path.join(os.tmpdir(), `haizhi-skips-${process.pid}-${Date.now()}.jsonl`);
    process.env.HAIZHI_SKIP_LOG = this.log;
  }

  onRunStart() {
    fs.rmSync(this.log, { force: true });
  }

  onRunComplete(_contexts, results) {
    let records = [];
    try {
      records = fs.readFileSync(this.log, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    } catch {
      // No file: nothing was skipped for a missing requirement.
    }
    fs.rmSync(this.log, { force: true });
    if (results.numPendingTests === 0 && records.length === 0) return;

    const relative = (file) => path.relative(this.rootDir, file);
    const byReason = new Map();
    let unexplained = 0;
    for (const file of results.testResults) {
      const fileRecords = records.filter((record) => record.file === file.testFilePath);
      for (const assertion of file.testResults) {
        if (assertion.status !== 'pending') continue;
        const titles = [...assertion.ancestorTitles, assertion.title];
        const record = fileRecords.find((candidate) => titles.includes(candidate.title));
        if (!record) {
          unexplained += 1;
          continue;
        }
        const entry = byReason.get(record.reason) ?? { tests: 0, files: new Set() };
        entry.tests += 1;
        entry.files.add(relative(file.testFilePath));
        byReason.set(record.reason, entry);
      }
    }
    const plural = (n) => `${n} test${n === 1 ? '' : 's'}`;
    const lines = ['', `Skipped: ${plural(results.numPendingTests)}.`];
    for (const [reason, { tests, files }] of byReason) lines.push(`  ${plural(tests)} (${[...files].join(', ')}): ${reason}`);
    if (unexplained) lines.push(`  ${plural(unexplained)} skipped in the code (.skip), not for a missing requirement`);
    globalThis[PENDING_LINES] = lines;
  }
}

/** jest.config.js's globalTeardown. */
function printSkips() {
  const lines = globalThis[PENDING_LINES];
  delete globalThis[PENDING_LINES];
  if (lines) process.stderr.write(`${lines.join('\n')}\n`);
}

module.exports = SkipReporter;
module.exports.printSkips = printSkips;
