/**
 * The layering of src/, read from the import lines alone (TypeScript's preProcessFile: no program,
 * no server, a fraction of a second):
 *
 * - the kit (the folders below) knows no domain: nothing in it imports src/modules/, apart from
 *   the composition's own declarations listed in ALLOWED;
 * - no import cycle among src/ files, except inside one module's folder (entities of one module
 *   may name each other). A cycle is named file by file, so the failure says where to cut.
 * - no import cycle among the modules either (a module is a folder under src/modules/): two modules
 *   that import each other, or a longer ring, make neither understandable alone. Every import counts,
 *   `import type` too. The one exception is a foreign key an entity declares on another module's
 *   entity (ENTITY_RELATIONS below): TypeORM needs the class, and the tables do point both ways. A
 *   list through a link row lives with the link's module, which imports both ends (docs/read-api.md).
 *
 * Composition roots (schema.ts, services.ts, main.ts, server.ts, context.ts, the CLIs) may import
 * modules: they are where the kit and the domain are put together. So may auth/: row-scopes.ts and
 * field-rules.ts are the access policy, table by table, declared in one place so that one reading
 * (and docs/authorization.md's matrix) covers every table; rules registered by each module would
 * scatter it. (rate-limit/ holds a resolver of its own, so it is not kit either.)
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '../../src');

/** Folders (and files) of the kit, relative to src/. */
const KIT = ['graphql/', 'db/', 'write/', 'realtime/', 'events/', 'observability/', 'pipeline/', 'http/', 'text/', 'time.ts', 'overseas.ts'];

/**
 * Kit files that may import modules, and why. Each is the composition's declaration of a domain
 * fact the kit works over, one list read in one place, rather than something the kit does.
 */
const ALLOWED: Record<string, { why: string; typeOnly?: boolean }> = {
  'db/entities.ts': { why: 'the entity list: every table, in dependency order, for the DataSource and migrations' },
  'events/domain-events.ts': { why: 'the event vocabulary: payload fields typed by the modules’ enums, erased at run time', typeOnly: true },
};

/**
 * Module imports left out of the module cycle check, and why: each is a foreign key column of an
 * entity (`@ForeignKey(() => Other)`) on another module's entity, which TypeORM needs as a class,
 * and nothing else. The test checks that each still exists and is still only that, so the list stays
 * exact: an import from a service or resolver along the same edge fails it.
 */
const ENTITY_RELATIONS: Record<string, string> = {
  'station → talent': 'station_head.talent_id: a head may be a talent (station-head.entity.ts); talents are engaged at stations, so talent imports station',
  'station → account': 'station_status_change.changed_by_id: the account that changed the status; accounts review as experts of applications, which approve stations',
};

type Graph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every relative import (import, import type, export from, require, import()) of every file, resolved to a file under src/. */
function importGraph(): { graph: Graph; texts: Map<string, string> } {
  const files = sourceFiles(SRC);
  const known = new Set(files);
  const resolve = (from: string, specifier: string): string | null => {
    if (!specifier.startsWith('.')) return null;
    const base = path.resolve(path.dirname(from), specifier);
    return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), base].find((candidate) => known.has(candidate)) ?? null;
  };
  const graph: Graph = new Map();
  const texts = new Map<string, string>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const name = path.relative(SRC, file).split(path.sep).join('/');
    texts.set(name, text);
    const imported = ts.preProcessFile(text, true, true).importedFiles.map((ref) => resolve(file, ref.fileName)).filter((target): target is string => target !== null);
    graph.set(name, [...new Set(imported.map((target) => path.relative(SRC, target).split(path.sep).join('/')))]);
  }
  return { graph, texts };
}

/** Strongly connected components of more than one file (or a file importing itself): Tarjan's algorithm. */
export function cyclicGroups(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (graph.get(node) ?? []).includes(node)) groups.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups;
}

/** One circle through a group's first file, as `a → b → a` (the shortest, by breadth-first search). */
export function circleThrough(graph: Graph, group: string[]): string {
  const members = new Set(group);
  const start = group[0];
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = cameFrom.get(at)!) path.splice(1, 0, at);
        return [...path, start].join(' → ');
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return group.join(', ');
}

/** `modules/<name>` for a module's file, null for the rest of src/. */
const moduleOf = (file: string) => (file.startsWith('modules/') ? file.split('/').slice(0, 2).join('/') : null);

/** The modules' import graph (`station` for modules/station/...), each edge with one file import that makes it. */
function moduleGraph(graph: Graph, leaveOut: Set<string> = new Set()): { modules: Graph; witness: Map<string, string> } {
  const modules: Graph = new Map();
  const witness = new Map<string, string>();
  const name = (file: string) => moduleOf(file)?.slice('modules/'.length) ?? null;
  for (const [file, imports] of graph) {
    const from = name(file);
    if (!from) continue;
    if (!modules.has(from)) modules.set(from, []);
    for (const target of imports) {
      const to = name(target);
      const edge = `${from} → ${to}`;
      if (!to || to === from || leaveOut.has(edge)) continue;
      if (!witness.has(edge)) {
        witness.set(edge, `${file} imports ${target}`);
        modules.get(from)!.push(to);
      }
    }
  }
  return { modules, witness };
}

/** A module cycle as `a → b → a`, each step with the file import that makes it. */
function explainCircle(circle: string, witness: Map<string, string>): string {
  const steps = circle.split(' → ');
  return steps.map((step, i) => (i === 0 ? step : `→ ${step} (${witness.get(`${steps[i - 1]} → ${step}`)})`)).join(' ');
}

/** A cycle is tolerated only inside one module's folder. */
function isForbidden(group: string[]): boolean {
  const owners = new Set(group.map(moduleOf));
  return owners.has(null) || owners.size > 1;
}

describe('layering of src/', () => {
  const { graph, texts } = importGraph();

  it('reads every file under src/', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('write/mutation.ts')).toContain('db/transaction.ts');
  });

  it('the kit imports nothing from src/modules/ (the composition roots do)', () => {
    const offences: string[] = [];
    for (const [file, imports] of graph) {
      if (!KIT.some((kit) => file === kit || (kit.endsWith('/') && file.startsWith(kit)))) continue;
      const domain = imports.filter((target) => moduleOf(target));
      if (!domain.length) continue;
      const allowed = ALLOWED[file];
      if (!allowed) {
        offences.push(...domain.map((target) => `${file} imports ${target}`));
        continue;
      }
      if (allowed.typeOnly) {
        const valueImports = texts.get(file)!.split('\n').filter((line) => /from '[./]*modules\//.test(line) && !/^import type /.test(line));
        offences.push(...valueImports.map((line) => `${file} may import modules for types only: ${line.trim()}`));
      }
    }
    expect(offences).toEqual([]);
  });

  it('has no import cycle outside a single module folder', () => {
    const circles = cyclicGroups(graph).filter(isForbidden).map((group) => circleThrough(graph, group));
    expect(circles).toEqual([]);
  });

  it('has no import cycle among modules, apart from the entity relations listed', () => {
    const { modules, witness } = moduleGraph(graph, new Set(Object.keys(ENTITY_RELATIONS)));
    expect(modules.size).toBeGreaterThan(15);
    const circles = cyclicGroups(modules).map((group) => explainCircle(circleThrough(modules, group), witness));
    expect(circles).toEqual([]);
  });

  it('lists exactly the module imports that are entity relations only', () => {
    const problems: string[] = [];
    for (const edge of Object.keys(ENTITY_RELATIONS)) {
      const [from, to] = edge.split(' → ');
      const imports = [...graph].flatMap(([file, targets]) =>
        file.startsWith(`modules/${from}/`) ? targets.filter((target) => target.startsWith(`modules/${to}/`)).map((target) => `${file} imports ${target}`) : [],
      );
      if (!imports.length) problems.push(`${edge} is gone: take it off ENTITY_RELATIONS`);
      problems.push(...imports.filter((line) => !/\.entity\.ts imports .*\.entity\.ts$/.test(line)).map((line) => `${edge} is more than an entity relation: ${line}`));
    }
    expect(problems).toEqual([]);
  });

  it('names a module cycle with the imports that make it (the checker itself, on a made-up graph)', () => {
    const made: Graph = new Map([
      ['modules/funding/funding.service.ts', ['modules/stats/definitions.ts', 'modules/funding/grant.entity.ts']],
      ['modules/funding/grant.entity.ts', []],
      ['modules/stats/definitions.ts', ['modules/funding/grant.entity.ts', 'db/columns.ts']],
      ['db/columns.ts', []],
    ]);
    const { modules, witness } = moduleGraph(made);
    expect(cyclicGroups(modules).map((group) => explainCircle(circleThrough(modules, group), witness))).toEqual([
      'funding → stats (modules/funding/funding.service.ts imports modules/stats/definitions.ts) → funding (modules/stats/definitions.ts imports modules/funding/grant.entity.ts)',
    ]);
    expect(cyclicGroups(moduleGraph(made, new Set(['stats → funding'])).modules)).toEqual([]);
  });

  it('names a cycle it finds (the checker itself, on a made-up graph)', () => {
    const made: Graph = new Map([
      ['context.ts', ['realtime/fan-out.ts', 'services.ts']],
      ['realtime/fan-out.ts', ['db/loaders.ts', 'context.ts']],
      ['services.ts', []],
      ['db/loaders.ts', []],
      ['modules/a/x.ts', ['modules/a/y.ts']],
      ['modules/a/y.ts', ['modules/a/x.ts']],
    ]);
    const groups = cyclicGroups(made);
    expect(groups).toEqual([['context.ts', 'realtime/fan-out.ts'], ['modules/a/x.ts', 'modules/a/y.ts']]);
    expect(groups.filter(isForbidden).map((group) => circleThrough(made, group))).toEqual(['context.ts → realtime/fan-out.ts → context.ts']);
  });
});
