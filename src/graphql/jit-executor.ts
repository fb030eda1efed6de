/**
 * Executes operations with graphql-jit: each distinct operation is compiled once into a function
 * and run from then on (ARCHITECTURE.md, "Speed": graphql-js execution cost 46% more). Anything jit
 * cannot compile runs on graphql-js, and EXECUTOR=graphql-js turns jit off entirely. The operation
 * pipeline (src/pipeline/pipeline.ts) calls this for every transport and settles the errors' codes.
 */
import { DocumentNode, execute, ExecutionArgs, ExecutionResult, getOperationAST, GraphQLSchema, valueFromASTUntyped } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

type Compiled = ReturnType<typeof compileQuery> & {
  query: (root: unknown, context: unknown, variables: unknown) => Promise<ExecutionResult> | ExecutionResult;
  /** The operation's variables that have a default, as JSON (see withDefaults). */
  defaults?: readonly (readonly [string, unknown])[];
};

/**
 * graphql-jit refuses a required variable left out even when the operation gives it a default
 * (`query($n: Int! = 3)`), which graphql-js and the spec accept: the defaults are put in before jit
 * coerces, only for the variables the request leaves out.
 */
function withDefaults(compiled: Compiled, variables: Record<string, unknown>): Record<string, unknown> {
  let filled: Record<string, unknown> | null = null;
  for (const [name, value] of compiled.defaults ?? []) {
    if (Object.prototype.hasOwnProperty.call(variables, name)) continue;
    (filled ??= { ...variables })[name] = value;
  }
  return filled ?? variables;
}

function defaultsOf(document: DocumentNode, operationName: string | null | undefined): (readonly [string, unknown])[] {
  const definitions = getOperationAST(document, operationName)?.variableDefinitions ?? [];
  return definitions.filter((definition) => definition.defaultValue).map((definition) => [definition.variable.name.value, valueFromASTUntyped(definition.defaultValue!)] as const);
}

/**
 * Operations jit compiled, and those it refused (run by graphql-js instead), each counted once when
 * first seen: the fallback is otherwise silent, so this is how a test knows jit really ran.
 */
export interface JitCounts {
  compiled: number;
  fallback: number;
}

export type JitExecutor = (args: ExecutionArgs) => Promise<ExecutionResult> | ExecutionResult;

/**
 * Compiled operations are kept with their document: documents are cached by text (Apollo's document
 * store over HTTP, src/graphql/documents.ts otherwise), so the same text is the same object, and a
 * document dropped from those caches takes its compiled form with it.
 */
export function createJitExecutor(schema: GraphQLSchema, counts: JitCounts = { compiled: 0, fallback: 0 }): JitExecutor {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled | null>>();

  function compiledFor(document: DocumentNode, operationName: string | null | undefined): Compiled | null {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let entry = byName.get(key);
    if (entry !== undefined) return entry;
    const result = compileQuery(schema, document, operationName ?? undefined);
    // Not compilable (jit refuses some documents): null sends this operation to graphql-js.
    entry = isCompiledQuery(result) ? (result as Compiled) : null;
    if (entry) entry.defaults = defaultsOf(document, operationName);
    if (entry) counts.compiled += 1;
    else counts.fallback += 1;
    byName.set(key, entry);
    return entry;
  }

  return (args) => {
    const query = compiledFor(args.document, args.operationName);
    if (query) return query.query(args.rootValue, args.contextValue, withDefaults(query, args.variableValues ?? {}));
    return execute(args);
  };
}
