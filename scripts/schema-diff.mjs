#!/usr/bin/env node
/**
 * Schema safety for partner apps (docs/api.md, "How the schema changes"): compares
 * schema/schema.graphql with the one on an earlier commit (HEAD~1 by default: in CI, the previous
 * commit of main) using @graphql-inspector/core, and fails on a breaking change unless
 * schema/intended-breaking-changes.json marks that change as intended and says why. It also fails on
 * a `@deprecated` without a reason: a client reading the schema needs to know what to use instead.
 *
 *   node scripts/schema-diff.mjs [--base <git revision>]
 *
 * Run from anywhere inside the repository. A clone with no earlier commit has nothing to compare; a
 * shallow clone is deepened by one commit first, and when that cannot be done the check is skipped
 * with a warning rather than failing a build for a reason that is not the schema.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, Kind, parse, visit } from 'graphql';

const SCHEMA_FILE = 'schema/schema.graphql';
const INTENDED_FILE = 'schema/intended-breaking-changes.json';

// A remote that cannot be reached must not hold CI up: every git call gives up after 30 s.
const git = (args, cwd) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
const tryGit = (args, cwd) => {
  try {
    return git(args, cwd);
  } catch {
    return null;
  }
};

function baseRevision(argv) {
  const at = argv.indexOf('--base');
  if (at === -1) return 'HEAD~1';
  if (!argv[at + 1]) throw new Error('--base needs a git revision, e.g. --base origin/main');
  return argv[at + 1];
}

/** The schema text at `revision`, or the reason there is none to compare with. */
function schemaAt(revision, root) {
  const exists = () => tryGit(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], root) !== null;
  if (!exists() && tryGit(['rev-parse', '--is-shallow-repository'], root)?.trim() === 'true') {
    // CI may clone with --depth 1: one more commit is all this needs.
    tryGit(['fetch', '--quiet', '--deepen=1'], root);
    if (!exists()) return { skipped: `${revision} is not in this shallow clone and could not be fetched (git fetch --deepen=1 failed)`, warn: true };
  }
  if (!exists()) return { skipped: `${revision} does not exist (the first commit): nothing to compare with` };
  const text = tryGit(['show', `${revision}:${SCHEMA_FILE}`], root);
  if (text === null) return { skipped: `${revision} has no ${SCHEMA_FILE}: the schema is new` };
  return { text };
}

/** Marked changes by their message; each must say why, or it marks nothing. */
function readIntended(root) {
  const file = path.join(root, INTENDED_FILE);
  if (!fs.existsSync(file)) return { marked: new Map(), problems: [] };
  const { changes = [] } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const marked = new Map();
  const problems = [];
  for (const [index, entry] of changes.entries()) {
    if (typeof entry?.change !== 'string' || typeof entry?.reason !== 'string' || entry.reason.trim() === '') {
      problems.push(`${INTENDED_FILE} changes[${index}] needs "change" (the message below, word for word) and a non-empty "reason"`);
    } else {
      marked.set(entry.change, entry.reason.trim());
    }
  }
  return { marked, problems };
}

/** `@deprecated` with no reason argument: graphql fills in "No longer supported", which tells a client nothing. */
function deprecationsWithoutReason(schemaText) {
  const found = [];
  const names = [];
  visit(parse(schemaText), {
    enter(node) {
      if (node.name && node.kind !== Kind.NAME && node.kind !== Kind.DIRECTIVE && node.kind !== Kind.ARGUMENT) names.push(node.name.value);
      if (node.kind === Kind.DIRECTIVE && node.name.value === 'deprecated' && !node.arguments?.some((argument) => argument.name.value === 'reason')) {
        found.push(`${names.join('.')} is @deprecated without a reason: write @deprecated(reason: "use ... instead")`);
      }
    },
    leave(node) {
      if (node.name && node.kind !== Kind.NAME && node.kind !== Kind.DIRECTIVE && node.kind !== Kind.ARGUMENT) names.pop();
    },
  });
  return found;
}

async function main() {
  const root = git(['rev-parse', '--show-toplevel'], process.cwd()).trim();
  const revision = baseRevision(process.argv.slice(2));
  const current = fs.readFileSync(path.join(root, SCHEMA_FILE), 'utf8');
  const failures = deprecationsWithoutReason(current);

  const base = schemaAt(revision, root);
  if (base.skipped) {
    console[base.warn ? 'warn' : 'log'](`schema-diff: ${base.warn ? 'WARNING: not compared: ' : ''}${base.skipped}`);
  } else {
    const { marked, problems } = readIntended(root);
    failures.push(...problems);
    const changes = await diff(buildSchema(base.text), buildSchema(current));
    const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
    const dangerous = changes.filter((change) => change.criticality.level === CriticalityLevel.Dangerous);
    console.log(`schema-diff: ${SCHEMA_FILE} against ${revision}: ${changes.length} changes, ${breaking.length} breaking, ${dangerous.length} dangerous`);
    for (const change of dangerous) console.log(`  dangerous: ${change.message}`);
    const unmarked = [];
    for (const change of breaking) {
      const reason = marked.get(change.message);
      if (reason) {
        console.log(`  breaking, marked intended: ${change.message} (why: ${reason})`);
      } else {
        unmarked.push(change);
        // A removed field that was never deprecated gave clients no warning: say what to do first.
        const hint = change.type === 'FIELD_REMOVED' && change.meta?.isRemovedFieldDeprecated === false ? ' (deprecate it with @deprecated(reason:) first, remove it later)' : '';
        failures.push(`breaking, not marked: ${change.message}${hint}`);
      }
    }
    if (unmarked.length) {
      const entries = unmarked.map((change) => ({ change: change.message, reason: 'why this break is intended, and what clients use instead' }));
      failures.push(`If these breaks are intended, add to ${INTENDED_FILE}'s "changes" (and keep "reason" honest):\n${JSON.stringify(entries, null, 2)}`);
    }
  }

  if (failures.length) {
    for (const failure of failures) console.error(`schema-diff: ${failure}`);
    process.exitCode = 1;
  } else {
    console.log('schema-diff: no unmarked breaking change');
  }
}

main().catch((error) => {
  console.error(`schema-diff: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
