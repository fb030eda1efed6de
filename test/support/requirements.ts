/**
 * What some tests need from the machine beyond npm's packages: a redis-server binary, the seed's
 * source article, Chromium. On a bare machine those tests are skipped, each file's skip written as
 * one line that names what is missing and how to get it; test/support/skip-reporter.js prints those
 * lines after jest's summary. Where a skip would let a run pass without testing (CI), REQUIRE_<NAME>=1
 * or CI=1 (.ci/run sets the REQUIRE_ flags) makes the same tests fail with that line instead.
 */
import fs from 'node:fs';

export interface Requirement {
  /** The setting that makes a missing requirement a failure, e.g. REQUIRE_REDIS. */
  readonly flag: string;
  /** Null when the machine has it; else one line: what is missing and how to get it. */
  readonly missing: string | null;
}

const on = (value: string | undefined) => !!value && !['0', 'false', 'no', 'off'].includes(value.toLowerCase());

/** Whether a missing requirement fails rather than skips: its REQUIRE_ flag, or any CI run. */
export function isRequired(requirement: Requirement): boolean {
  return on(process.env[requirement.flag]) || on(process.env.CI);
}

/** The line a test fails with when what it needs is missing. */
export function unmet(requirement: Requirement): string {
  if (!isRequired(requirement)) return requirement.missing ?? '';
  const why = on(process.env[requirement.flag]) ? `${requirement.flag}=1` : 'CI is set';
  return `${requirement.missing} (${why}, so this is a failure rather than a skip)`;
}

/**
 * Writes the skip line where skip-reporter.js collects it (HAIZHI_SKIP_LOG, set by the reporter);
 * without the reporter (jest run with other --reporters) it goes straight to stderr.
 */
function recordSkip(requirement: Requirement, title: string): void {
  const file = expect.getState().testPath ?? 'a test file';
  const record = { file, title, reason: requirement.missing };
  if (process.env.HAIZHI_SKIP_LOG) fs.appendFileSync(process.env.HAIZHI_SKIP_LOG, `${JSON.stringify(record)}\n`);
  else process.stderr.write(`skipped "${title}" in ${file}: ${requirement.missing}\n`);
}

/** `describe` when the machine has what the block needs; else skipped with its line, or failing when required. */
export function describeNeeding(requirement: Requirement, name: string, fn: () => void): void {
  if (!requirement.missing) return describe(name, fn);
  if (!isRequired(requirement)) {
    recordSkip(requirement, name);
    return describe.skip(name, fn);
  }
  // One failure that says what is missing, rather than every test of the block failing alike.
  describe(name, () => {
    test('has what it needs', () => {
      throw new Error(unmet(requirement));
    });
  });
}

/** `test` when the machine has what the test needs; else skipped with its line, or failing when required. */
export function testNeeding(requirement: Requirement, name: string, fn: jest.ProvidesCallback, timeout?: number): void {
  if (!requirement.missing) return test(name, fn, timeout);
  if (!isRequired(requirement)) {
    recordSkip(requirement, name);
    return test.skip(name, fn, timeout);
  }
  test(name, () => {
    throw new Error(unmet(requirement));
  });
}
