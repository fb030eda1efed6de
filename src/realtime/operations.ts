/**
 * What both real-time transports (WebSocket and Server-Sent Events) share, so that an operation
 * runs the same whichever way it came: the operation pipeline (src/pipeline/pipeline.ts: parsing,
 * validation and limits as over HTTP, the same executor, errors formatted by the same steps),
 * subscriptions through the fan-out; the credential checks that end revoked subscriptions, the
 * limit on connections per address, and the counts tests and operators read.
 */
import { ExecutionArgs, ExecutionResult, GraphQLError, GraphQLFormattedError, GraphQLSchema, getOperationAST, OperationTypeNode } from 'graphql';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer';
import type { RealtimeConfig } from '../config';
import type { RealtimeStats, Transport } from '../observability/metrics';
import type { ClientAddress } from '../rate-limit/client-address';
import type { RateLimits } from '../rate-limit/rate-limits';
import { addErrors, describeOperation, OperationLog, OperationRecord, startOperation } from '../observability/operation-log';
import type { Pipeline, RequestParams } from '../pipeline/pipeline';
import { createSharedSubscribe } from './fan-out';
import type { RealtimeContext } from './realtime-context';

export type { RequestParams };

export interface RealtimeDeps {
  schema: GraphQLSchema;
  /** The request context for a viewer, and the caller behind an Authorization value (throws for a bad one). */
  contextFor: (viewer: Viewer, address?: string) => RealtimeContext;
  authenticate: (authorization: string | null | undefined) => Promise<Viewer>;
  /** Parse, validate, limits, execution and error formatting, as over HTTP. */
  pipeline: Pipeline;
  limits: RealtimeConfig;
  logger: Logger;
  /** Logs and counts each operation (src/observability/); none in servers that do not observe. */
  operationLog?: OperationLog;
  /** The client's address by TRUST_PROXY (src/rate-limit/client-address.ts): the per-address limits count by it. */
  clientAddress: ClientAddress;
  /** Each operation is charged as over HTTP (a subscription once, at subscribe); null when RATE_LIMITS=off. */
  rateLimits?: RateLimits | null;
}


export function createOperations({ contextFor, pipeline, operationLog }: RealtimeDeps) {
  const subscribe = createSharedSubscribe(contextFor);
  const stats: RealtimeStats = { connections: 0, streams: 0, streamsStarted: 0, slowConsumersClosed: 0 };
  const format = (errors: readonly GraphQLError[], viewer?: Viewer): GraphQLFormattedError[] => pipeline.format(errors, viewer);
  return {
    stats,
    /** The execution arguments for a request, admitted for this caller, or the errors that refuse it. */
    prepare: (params: RequestParams, viewer: Viewer): ExecutionArgs | readonly GraphQLError[] => pipeline.prepare(params, viewer),
    /** A subscription's stream of results, or a query's or mutation's one result. */
    run(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === OperationTypeNode.SUBSCRIPTION) return subscribe(args);
      return pipeline.execute(args);
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
    formatResult: <R extends ExecutionResult>(result: R, viewer?: Viewer): R => pipeline.formatResult(result, viewer),
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
