/**
 * Executes operations with graphql-jit: each distinct operation is compiled once into a function
 * and run from then on (ARCHITECTURE.md, "Speed": graphql-js execution cost 46% more). Apollo 5 has
 * no executor option; its gateway hook accepts one, so this module presents the schema as a gateway.
 * Anything jit cannot compile runs on graphql-js, and EXECUTOR=graphql-js turns jit off entirely.
 */
import { DocumentNode, execute, ExecutionArgs, ExecutionResult, GraphQLError, GraphQLSchema, print, printSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

type Compiled = ReturnType<typeof compileQuery> & { query: (root: unknown, context: unknown, variables: unknown) => Promise<ExecutionResult> | ExecutionResult };

/** How many compiled operations to keep; partner apps send a handful of shapes, not thousands. */
const CACHE_SIZE = 1000;

interface RequestContext {
  queryHash: string;
  operationName: string | null;
  document: DocumentNode;
  context: unknown;
  request: { variables?: Record<string, unknown> };
}

/**
 * Operations jit compiled, and those it refused (run by graphql-js instead), each counted once when
 * first seen: the fallback is otherwise silent, so this is how a test knows jit really ran.
 */
export interface JitCounts {
  compiled: number;
  fallback: number;
}

export function createJitExecutor(schema: GraphQLSchema, counts: JitCounts = { compiled: 0, fallback: 0 }) {
  // Insertion-ordered: the oldest entry is evicted first once the cache is full.
  const compiled = new Map<string, Compiled | null>();

  function compiledFor(request: RequestContext): Compiled | null {
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    if (compiled.has(key)) return compiled.get(key)!;
    const result = compileQuery(schema, request.document, request.operationName ?? undefined);
    // Not compilable (jit refuses some documents): null sends this operation to graphql-js.
    const entry = isCompiledQuery(result) ? (result as Compiled) : null;
    if (entry) counts.compiled += 1;
    else counts.fallback += 1;
    if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, entry);
    return entry;
  }

  const executeRequest = async (request: RequestContext): Promise<ExecutionResult> => {
    const query = compiledFor(request);
    if (query) return withExtensions(await query.query(undefined, request.context, request.request.variables ?? {}));
    return execute({
      schema,
      document: request.document,
      operationName: request.operationName,
      contextValue: request.context,
      variableValues: request.request.variables,
    });
  };
  return Object.assign(executeRequest, {
    /** The same, for graphql-js's execution arguments (operations over WebSocket): compiled once per document text. */
    executeArgs: (args: ExecutionArgs): Promise<ExecutionResult> =>
      executeRequest({
        queryHash: textOf(args.document),
        operationName: args.operationName ?? null,
        document: args.document,
        context: args.contextValue,
        request: { variables: (args.variableValues ?? undefined) as Record<string, unknown> | undefined },
      }),
  });
}

export type JitExecutor = ReturnType<typeof createJitExecutor>;

/** A document's text, the key of its compiled form (each WebSocket operation is parsed anew). */
const texts = new WeakMap<DocumentNode, string>();
function textOf(document: DocumentNode): string {
  let text = texts.get(document);
  if (text === undefined) texts.set(document, (text = print(document)));
  return text;
}

/** The schema dressed as an Apollo gateway whose executor is jit. */
export function jitGateway(schema: GraphQLSchema, executor: JitExecutor) {
  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback: (schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit builds its errors without the `extensions` every GraphQLError has (and frozen, so
 * they cannot be mended), while Apollo's error formatting reads `extensions.code`: rebuild each as
 * a regular GraphQLError carrying its original error's extensions, path and locations.
 */
function withExtensions(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((error) => !error.extensions?.code)) return result;
  const errors = result.errors.map((error) => {
    if (error.extensions?.code) return error;
    const original = error.originalError as (Error & { extensions?: Record<string, unknown> }) | undefined;
    // Variables that do not fit their types are the client's input (graphql-js via Apollo says so too).
    const badVariable = !error.path && /^Variable "\$/.test(error.message);
    const rebuilt = new GraphQLError(error.message, {
      path: error.path,
      originalError: original,
      extensions: { ...(original?.extensions ?? {}), ...(badVariable ? { code: 'BAD_USER_INPUT' } : {}) },
    });
    (rebuilt as { locations?: unknown }).locations = error.locations;
    return rebuilt;
  });
  return { ...result, errors };
}
