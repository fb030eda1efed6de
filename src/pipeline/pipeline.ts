/**
 * One operation pipeline for every transport: parse (cached by text) → validate (graphql-js's
 * rules and the document limits, cached with the document) → admit (the caller's right to
 * introspect, cost and `nodes(ids:)`, which depend on variables and caller) → execute (graphql-jit,
 * graphql-js for what jit refuses or under EXECUTOR=graphql-js) within the timeout → settle error
 * codes → report the cost → release loaders → format (suggestions hidden where introspection is).
 *
 * Apollo stays the HTTP front and calls the same steps: `apollo.validationRules` and
 * `apollo.parseOptions` for parse and validation (its document store caches what passed), the
 * gateway executor for admission and execution, and `apollo.plugin` for formatting per caller.
 * WebSocket and SSE call `prepare` and `execute` (src/realtime/operations.ts). A rule added here
 * holds on all three.
 */
import { DocumentNode, ExecutionArgs, ExecutionResult, execute as executeWithGraphqlJs, getOperationAST, GraphQLError, OperationTypeNode, GraphQLFormattedError, GraphQLSchema, printSchema, ValidationRule } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { IntrospectionMode, QueryLimits } from '../config';
import { DEFAULT_QUERY_LIMITS } from '../config';
import { ANONYMOUS, Viewer } from '../auth/viewer';
import type { AppContext } from '../context';
import { createDocumentCache } from '../graphql/documents';
import { ErrorFormatter, TIMEOUT_CODE } from '../graphql/format-error';
import { createJitExecutor, JitCounts } from '../graphql/jit-executor';
import { actualNodes, CostNotes, requestedFetches, requestedNodes } from './cost';
import { normaliseErrors, refusedVariables, variableErrors, withoutSuggestions } from './errors';
import { introspectionPolicy, usesIntrospection } from './introspection';
import { limitError, limitRules, parseOptions } from './limits';
import { RefusedDocuments } from './refusals';

export interface PipelineOptions {
  schema: GraphQLSchema;
  /** 'jit' compiles each operation once (graphql-jit); 'graphql-js' interprets it. */
  executor?: 'jit' | 'graphql-js';
  limits?: QueryLimits;
  introspection?: IntrospectionMode;
  /** No "Did you mean …" for anyone (production). */
  hideSuggestions?: boolean;
  formatError: ErrorFormatter;
  /** What jit compiled and refused (tests read it). */
  jitCounts?: JitCounts;
  /**
   * Charges an HTTP operation to its caller's rate budget once it is admitted (so a refusal by a
   * limit names that limit, not the budget): null when it may run, the refusal otherwise.
   * WebSocket and SSE charge after `prepare` themselves (src/realtime/).
   */
  charge?: (args: ExecutionArgs) => Promise<GraphQLError | null>;
}

export interface RequestParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/** The cost an operation asked for, once admitted; it travels with its execution arguments (spreads keep it). */
const REQUESTED = Symbol('requested nodes');
type Admitted = ExecutionArgs & { [REQUESTED]?: number };

export { TIMEOUT_CODE };

export function createPipeline(options: PipelineOptions) {
  const { schema, formatError } = options;
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const rules: ValidationRule[] = limitRules(limits);
  const parsing = parseOptions(limits);
  const documents = createDocumentCache(schema, { rules, parseOptions: parsing });
  const jit = options.executor === 'graphql-js' ? null : createJitExecutor(schema, options.jitCounts);
  const policy = introspectionPolicy(options.introspection ?? 'on', options.hideSuggestions ?? false);
  const refused = new RefusedDocuments();

  /**
   * What an operation asks for, remembered per document for the few variable sets clients send
   * (partners send the same operation with the same page sizes), so a repeated request costs a map
   * lookup rather than a walk of its document. Null when graphql-js refuses it (execution says why).
   */
  const costs = new WeakMap<DocumentNode, Map<string, { requested: number; fetches: number; notes: CostNotes }>>();
  function costOf(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined) {
    const key = `${operationName ?? ''}:${variables ? JSON.stringify(variables) : ''}`;
    const remembered = key.length <= 512;
    let byKey = costs.get(document);
    const known = remembered ? byKey?.get(key) : undefined;
    if (known) return known;
    const notes: CostNotes = { maxIds: 0 };
    let requested: number;
    let fetches: number;
    try {
      requested = requestedNodes(schema, document, variables, operationName, notes);
      fetches = requestedFetches(schema, document, variables, operationName);
    } catch (error) {
      // An operation name the document lacks, say.
      if (error instanceof GraphQLError) return null;
      throw error;
    }
    const measured = { requested, fetches, notes };
    if (remembered) {
      if (!byKey) costs.set(document, (byKey = new Map()));
      if (byKey.size >= 64) byKey.clear();
      byKey.set(key, measured);
    }
    return measured;
  }

  /** The caller's right to introspect, the cost and `nodes(ids:)`: refused before anything runs. */
  function admit(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, viewer: Viewer): number | GraphQLError[] {
    if (usesIntrospection(document) && !policy.allows(viewer)) return [policy.refusal(viewer)];
    const measured = costOf(document, operationName, variables);
    if (!measured) return 0;
    const { requested, notes } = measured;
    if (notes.maxIds > limits.maxNodeIds) return [limitError('nodeIds', limits.maxNodeIds, notes.maxIds, 'nodes(ids:) names too many ids')];
    if (requested > limits.maxCost) {
      const refusal = limitError('cost', limits.maxCost, requested, 'the query asks for too many nodes (each connection multiplies what it holds by its first or last)');
      refusal.extensions.cost = { requested };
      return [refusal];
    }
    return requested;
  }

  /**
   * A document refused by a limit still says what it would have cost, so a client sees how far over
   * it is (the nested probe of issue 12 is refused by depth, and reports its 10^10 nodes).
   * `copy`: the errors are cached and shared, so this request's figures go on copies.
   */
  function withCost(errors: readonly GraphQLError[], document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined, copy: boolean): GraphQLError[] {
    if (!errors.some((error) => error.extensions?.limit)) return [...errors];
    let requested: number;
    try {
      requested = requestedNodes(schema, document, variables, operationName);
    } catch {
      return [...errors];
    }
    return errors.map((error) => {
      if (!error.extensions?.limit) return error;
      if (!copy) {
        (error.extensions as Record<string, unknown>).cost = { requested };
        return error;
      }
      return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, cost: { requested } } });
    });
  }

  /** Runs an admitted query or mutation within the timeout; the variables' refusal said as graphql-js says it. */
  async function run(args: ExecutionArgs): Promise<ExecutionResult> {
    // A mutation is one transaction: answered before it commits or rolls back, its client could not
    // know which happened. Mutations are bounded by their transaction, not cut off.
    const bounded = getOperationAST(args.document, args.operationName)?.operation !== OperationTypeNode.MUTATION;
    const context = args.contextValue as AppContext | undefined;
    // Its reads stop at the same moment: none starts past it, and the database stops a running one there.
    if (bounded && context?.budget) context.budget.deadline = Date.now() + limits.timeoutMs;
    const running = Promise.resolve(jit ? jit(args) : executeWithGraphqlJs(args));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = bounded
      ? new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), limits.timeoutMs);
        })
      : new Promise<null>(() => {});
    try {
      const result = await Promise.race([running, timedOut]);
      // The database stops a read at the same deadline, and its refusal may arrive before the timer:
      // a result with errors past the deadline is the timeout too, not a fault.
      const expired = result === null || (result.errors !== undefined && bounded && context?.budget !== undefined && Date.now() >= context.budget.deadline);
      if (expired) {
        const seconds = limits.timeoutMs / 1000;
        const message = `the operation ran past the ${seconds} s limit (QUERY_TIMEOUT_SECONDS) and was stopped: ask for less (smaller first/last, fewer fields) and retry`;
        return { data: null, errors: [new GraphQLError(message, { extensions: { code: TIMEOUT_CODE, limit: { name: 'timeout', max: seconds } } })] };
      }
      if (jit && refusedVariables(result.errors, result.data)) {
        const errors = variableErrors(schema, args.document, args.operationName, args.variableValues ?? undefined);
        if (errors) return { errors };
      }
      return result;
    } finally {
      clearTimeout(timer);
      // The result holds its own copies of the values; a timed-out execution lets go once it settles.
      const loaders = context?.loaders;
      // Settled either way (a timed-out one fails its remaining reads); nothing is left unhandled.
      if (loaders) void running.then(
        () => loaders.release(),
        () => loaders.release(),
      );
    }
  }

  /** A query's or mutation's result: admitted (unless prepare did), executed, codes settled, cost reported. */
  async function execute(args: Admitted): Promise<ExecutionResult> {
    let requested = args[REQUESTED];
    if (requested === undefined) {
      const viewer = (args.contextValue as AppContext | undefined)?.viewer ?? ANONYMOUS;
      const admitted = admit(args.document, args.operationName, (args.variableValues ?? undefined) as Record<string, unknown> | undefined, viewer);
      if (typeof admitted !== 'number') return { errors: admitted };
      requested = admitted;
    }
    const result = await run(args);
    const errors = result.errors ? normaliseErrors(result.errors) : undefined;
    if (result.data === undefined) return { errors };
    const cost = { requested, actual: result.data === null ? 0 : actualNodes(schema, args.document, args.operationName, result.data) };
    return { data: result.data, ...(errors ? { errors } : {}), extensions: { ...result.extensions, cost } };
  }

  /** Errors as the client sees them: codes settled, formatted, suggestions kept only for who may introspect. */
  function format(errors: readonly GraphQLError[], viewer: Viewer = ANONYMOUS): GraphQLFormattedError[] {
    const suggests = policy.suggests(viewer);
    return normaliseErrors(errors).map((error) => {
      const formatted = formatError(error.toJSON(), error);
      return suggests ? formatted : { ...formatted, message: withoutSuggestions(formatted.message) };
    });
  }

  return {
    /** What the limits are, for messages and tests. */
    limits,
    /** GitHub's fetch count of an operation (what rate limits charge by), remembered as its cost is; 1 when it names no operation. */
    fetchesOf(document: DocumentNode, variables: Record<string, unknown> | null | undefined, operationName: string | null | undefined): number {
      return costOf(document, operationName, variables ?? undefined)?.fetches ?? 1;
    },
    /**
     * The execution arguments for a request arriving over WebSocket or SSE, admitted for this
     * caller, or the errors that refuse it (parse, validation, a limit, introspection).
     */
    prepare(params: RequestParams, viewer: Viewer): ExecutionArgs | readonly GraphQLError[] {
      if (typeof params.query !== 'string') return [new GraphQLError('the request names no query: send { "query": "subscription { … }" }', { extensions: { code: 'BAD_REQUEST' } })];
      const checked = documents(params.query);
      const operationName = typeof params.operationName === 'string' ? params.operationName : undefined;
      const variableValues = (params.variables ?? undefined) as Record<string, unknown> | undefined;
      if (checked.errors) return checked.document ? withCost(checked.errors, checked.document, variableValues, operationName, true) : checked.errors;
      const admitted = admit(checked.document, operationName, variableValues, viewer);
      if (typeof admitted !== 'number') return admitted;
      const args: Admitted = { schema, document: checked.document, operationName, variableValues, [REQUESTED]: admitted };
      return args;
    },
    execute,
    format,
    /** Formats a result's errors for this caller, or hands back the same result when it has none. */
    formatResult<R extends ExecutionResult>(result: R, viewer: Viewer = ANONYMOUS): R {
      return result.errors ? ({ ...result, errors: format(result.errors, viewer) } as unknown as R) : result;
    },
    /** Documents refused at parse or validation over HTTP, answered again from memory (src/pipeline/refusals.ts). */
    refused,
    /** Apollo's side of the same steps. */
    apollo: {
      validationRules: rules,
      parseOptions: parsing,
      /** The schema dressed as a gateway whose executor is this pipeline (Apollo 5 has no executor option). */
      gateway: {
        async load() {
          return {
            schema,
            executor: async (request: { document: DocumentNode; operationName?: string | null; request: { operationName?: string; variables?: Record<string, unknown> }; context: unknown }) => {
              // The client's operationName, not Apollo's (null when the document has no operation of that name): execution
              // then refuses the unknown name as graphql-js words it, where Apollo's null would run the document's only operation.
              const args: Admitted = { schema, document: request.document, operationName: request.request.operationName ?? request.operationName, variableValues: request.request.variables, contextValue: request.context };
              const viewer = (request.context as AppContext | undefined)?.viewer ?? ANONYMOUS;
              const admitted = admit(args.document, args.operationName, request.request.variables, viewer);
              if (typeof admitted !== 'number') return { errors: admitted };
              args[REQUESTED] = admitted;
              const refusal = options.charge ? await options.charge(args) : null;
              if (refusal) return { errors: [refusal] };
              return execute(args);
            },
          };
        },
        onSchemaLoadOrUpdate(callback: (schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) {
          callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
          return () => {};
        },
        async stop() {},
      },
      /** Suggestions leave Apollo's answers as they leave the others' (Apollo's formatError knows no caller). */
      plugin: {
        async requestDidStart() {
          // Set when the document did not parse or validate: its answer is remembered by its text.
          let refusedBefore = false;
          return {
            async parsingDidStart() {
              return async (error) => {
                if (error) refusedBefore = true;
              };
            },
            async validationDidStart({ document, request }) {
              return async (errors) => {
                if (!errors) return;
                refusedBefore = true;
                // Variables are part of the cost; the refusal is remembered with the cost of the first that sent it.
                withCost(errors as GraphQLError[], document, request.variables, request.operationName, false);
              };
            },
            async willSendResponse({ contextValue, request, response }) {
              if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
              const result = response.body.singleResult;
              if (!policy.suggests(contextValue?.viewer ?? ANONYMOUS)) {
                result.errors = result.errors!.map((error) => (error.message.includes('Did you mean') ? { ...error, message: withoutSuggestions(error.message) } : error));
              }
              if (refusedBefore && typeof request.query === 'string' && result.data === undefined) refused.remember(request.query, result.errors!);
            },
          };
        },
      } satisfies ApolloServerPlugin<AppContext> as ApolloServerPlugin<AppContext>,
    },
  };
}

export type Pipeline = ReturnType<typeof createPipeline>;
