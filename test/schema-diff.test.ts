/**
 * scripts/schema-diff.mjs, the CI step that keeps the schema safe for partner apps, run as CI runs it:
 * inside a git repository whose last commit changed schema/schema.graphql (the real schema, in a
 * throw-away repository under the system's temp directory).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve(__dirname, '../scripts/schema-diff.mjs');
const SCHEMA = fs.readFileSync(path.resolve(__dirname, '../schema/schema.graphql'), 'utf8');
const REMOVED = "Field 'nameEn' was removed from object type 'Station'";
const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.invalid', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.invalid' };

let repo: string;
const git = (args: string[], cwd = repo) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  fs.writeFileSync(path.join(repo, file), text);
};
const commit = (message: string) => {
  git(['add', '-A']);
  git(['commit', '-q', '-m', message]);
};
const schemaDiff = (cwd = repo) => {
  const run = spawnSync(process.execPath, [SCRIPT], { cwd, env: gitEnv, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
};
/** The schema without Station.nameEn (and its description, which would otherwise describe nothing). */
const withoutStationNameEn = () => {
  const changed = SCHEMA.replace(/(\ntype Station implements [^]*?)\n(?:  """[^"]*"""\n)?  nameEn: String\n/, '$1\n');
  expect(changed).not.toBe(SCHEMA);
  return changed;
};
const intended = (changes: unknown[]) => JSON.stringify({ changes }, null, 2);

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'haizhi-schema-diff-'));
  git(['init', '-q', '-b', 'main']);
  write('schema/schema.graphql', SCHEMA);
  write('schema/intended-breaking-changes.json', intended([]));
  commit('the schema as it stands');
});
afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

test('a first commit has nothing to compare with and passes', () => {
  const { status, output } = schemaDiff();
  expect(output).toContain('HEAD~1 does not exist (the first commit): nothing to compare with');
  expect(status).toBe(0);
});

test('an added field passes', () => {
  write('schema/schema.graphql', SCHEMA.replace(/(\ntype Station implements [^]*?\n  nameEn: String\n)/, '$1  motto: String\n'));
  commit('Station.motto');
  const { status, output } = schemaDiff();
  expect(output).toContain('1 changes, 0 breaking');
  expect(status).toBe(0);
});

test('a removed field fails, names the change, and says to deprecate first', () => {
  write('schema/schema.graphql', withoutStationNameEn());
  commit('drop Station.nameEn');
  const { status, output } = schemaDiff();
  expect(status).toBe(1);
  expect(output).toContain(`breaking, not marked: ${REMOVED} (deprecate it with @deprecated(reason:) first, remove it later)`);
  expect(output).toContain(`"change": "${REMOVED}"`);
});

test('the same removal passes when the same commit marks it intended with a reason', () => {
  write('schema/schema.graphql', withoutStationNameEn());
  write('schema/intended-breaking-changes.json', intended([{ change: REMOVED, reason: 'deprecated since 2026-01 for Station.names; no partner app asks for it' }]));
  commit('drop Station.nameEn, on purpose');
  const { status, output } = schemaDiff();
  expect(output).toContain(`breaking, marked intended: ${REMOVED} (why: deprecated since 2026-01 for Station.names; no partner app asks for it)`);
  expect(status).toBe(0);
});

test('a mark without a reason marks nothing', () => {
  write('schema/schema.graphql', withoutStationNameEn());
  write('schema/intended-breaking-changes.json', intended([{ change: REMOVED, reason: ' ' }]));
  commit('drop Station.nameEn, without saying why');
  const { status, output } = schemaDiff();
  expect(status).toBe(1);
  expect(output).toContain('changes[0] needs "change"');
  expect(output).toContain(`breaking, not marked: ${REMOVED}`);
});

test('a deprecation without a reason fails; with one it passes', () => {
  const deprecate = (directive: string) => SCHEMA.replace(/(\ntype Station implements [^]*?\n  nameEn: String)\n/, `$1 ${directive}\n`);
  write('schema/schema.graphql', deprecate('@deprecated'));
  commit('deprecate Station.nameEn');
  expect(schemaDiff()).toEqual({ status: 1, output: expect.stringContaining('Station.nameEn is @deprecated without a reason') });
  write('schema/schema.graphql', deprecate('@deprecated(reason: "Use names.en.")'));
  git(['commit', '-q', '--amend', '-a', '--no-edit']);
  expect(schemaDiff().status).toBe(0);
});

test('a shallow clone of one commit is deepened to find the previous schema', () => {
  write('schema/schema.graphql', withoutStationNameEn());
  commit('drop Station.nameEn');
  const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'haizhi-schema-diff-clone-'));
  try {
    git(['clone', '-q', '--depth', '1', `file://${repo}`, clone], os.tmpdir());
    expect(git(['rev-parse', '--is-shallow-repository'], clone).trim()).toBe('true');
    const { status, output } = schemaDiff(clone);
    expect(output).toContain(`breaking, not marked: ${REMOVED}`);
    expect(status).toBe(1);
  } finally {
    fs.rmSync(clone, { recursive: true, force: true });
  }
});
