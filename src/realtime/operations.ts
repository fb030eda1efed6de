/**
 * What both real-time transports (WebSocket and Server-Sent Events) share, so that an operation
 * runs the same whichever way it came: parsing and validation as over HTTP (cached by text),
 * queries and mutations on the same executor (graphql-jit), subscriptions through the fan-out,
 * errors shaped by the same formatter; the credential checks that end revoked subscriptions, the
 * limit on connections per address, and the counts tests and operators read.
 */
import { execute as executeWithGraphqlJs, ExecutionArgs, ExecutionResult, GraphQLError, GraphQLFormattedError, GraphQLSchema, getOperationAST, OperationTypeNode } from 'graphql';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer';
import type { RealtimeConfig } from '../config';
import type { AppContext } from '../context';
import { createDocumentCache, withRequestCodes } from '../graphql/documents';
import type { ErrorFormatter } from '../graphql/format-error';
import type { JitExecutor } from '../graphql/jit-executor';
import type { Transport } from '../observability/metrics';
import type { ClientAddress } from '../rate-limit/client-address';
import type { RateLimits } from '../rate-limit/rate-limits';
import { addErrors, describeOperation, OperationLog, OperationRecord, startOperation } from '../observability/operation-log';
import { createSharedSubscribe } from './fan-out';

export interface RealtimeDeps {
  schema: GraphQLSchema;
  /** The request context for a viewer, and the caller behind an Authorization value (throws for a bad one). */
  contextFor: (viewer: Viewer, address?: string) => AppContext;
  authenticate: (authorization: string | null | undefined) => Promise<Viewer>;
  /** jit for queries and mutations, as over HTTP; null runs graphql-js (EXECUTOR=graphql-js). */
  jit: JitExecutor | null;
  formatError: ErrorFormatter;
  limits: RealtimeConfig;
  logger: Logger;
  /** Logs and counts each operation (src/observability/); none in servers that do not observe. */
  operationLog?: OperationLog;
  /** The client's address by TRUST_PROXY (src/rate-limit/client-address.ts): the per-address limits count by it. */
  clientAddress: ClientAddress;
  /** Each operation is charged as over HTTP (a subscription once, at subscribe); null when RATE_LIMITS=off. */
  rateLimits?: RateLimits | null;
}

export interface RealtimeStats {
  /** WebSocket connections and SSE streams open now. */
  connections: number;
  /** Subscriptions whose event streams are open now, and how many ever opened. */
  streams: number;
  streamsStarted: number;
  /** Connections closed because they fell behind. */
  slowConsumersClosed: number;
}

export interface RequestParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

export function createOperations({ schema, contextFor, jit, formatError, operationLog }: RealtimeDeps) {
  const documents = createDocumentCache(schema);
  const subscribe = createSharedSubscribe(contextFor);
  const stats: RealtimeStats = { connections: 0, streams: 0, streamsStarted: 0, slowConsumersClosed: 0 };
  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => withRequestCodes(errors).map((error) => formatError(error.toJSON(), error));
  return {
    stats,
    /** The execution arguments for a request, or the errors that refuse it (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED). */
    prepare(params: RequestParams): ExecutionArgs | readonly GraphQLError[] {
      if (typeof params.query !== 'string') return [new GraphQLError('the request names no query: send { "query": "subscription { … }" }', { extensions: { code: 'BAD_REQUEST' } })];
      const checked = documents(params.query);
      if ('errors' in checked) return checked.errors;
      return {
        schema,
        document: checked.document,
        operationName: typeof params.operationName === 'string' ? params.operationName : undefined,
        variableValues: (params.variables ?? undefined) as Record<string, unknown> | undefined,
      };
    },
    /** A subscription's stream of results, or a query's or mutation's one result. */
    run(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === OperationTypeNode.SUBSCRIPTION) return subscribe(args);
      return Promise.resolve(jit ? jit.executeArgs(args) : executeWithGraphqlJs(args));
    },
    format,
    /** Starts the log record of an operation that just arrived; null when nothing observes. */
    observe(transport: Transport, requestId: string): OperationRecord | null {
      return operationLog ? startOperation(transport, requestId) : null;
    },
    /** The operation is known (prepared): its type and name go on the record. */
    described(record: OperationRecord | null, args: ExecutionArgs): void {
      if (record) describeOperation(record, args.document, args.operationName);
    },
    /** Logs and counts an operation refused before it ran (parse, validation, a limit, a bad credential). */
    refused(record: OperationRecord | null, errors: readonly GraphQLError[]): void {
      if (!record) return;
      addErrors(record, errors);
      operationLog!.finish(record);
    },
    /** Logs and counts an operation once it answered (a query or mutation) or its stream opened (a subscription). */
    answered(record: OperationRecord | null, result: AsyncGenerator<ExecutionResult> | ExecutionResult): void {
      if (!record) return;
      if (Symbol.asyncIterator in result) record.hasData = true;
      else {
        record.hasData = result.data != null;
        addErrors(record, result.errors);
      }
      operationLog!.finish(record);
    },
    /** A result with its errors formatted (as over HTTP), or the same result when it has none. */
    formatResult<R extends ExecutionResult>(result: R): R {
      return result.errors ? ({ ...result, errors: format(result.errors) } as unknown as R) : result;
    },
  };
}

export type Operations = ReturnType<typeof createOperations>;

/** Connections open per client address, across both transports; over the limit is refused. */
export class AddressLimit {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Counts a connection in; false when the address already had `max` open (it is counted all the same: call leave). */
  enter(address: string): boolean {
    const count = (this.open.get(address) ?? 0) + 1;
    this.open.set(address, count);
    return count <= this.max;
  }

  leave(address: string): void {
    const left = (this.open.get(address) ?? 1) - 1;
    if (left > 0) this.open.set(address, left);
    else this.open.delete(address);
  }

  refusal(): string {
    return `too many connections from your address: at most ${this.max}`;
  }
}
