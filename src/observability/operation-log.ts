/**
 * One log line and one count per GraphQL operation, whichever way it came (HTTP, WebSocket, SSE).
 * A transport starts a record when the operation arrives, fills in what it learns (type and name
 * once the document is parsed, the error codes of the answer) and finishes it when the answer goes
 * out; a subscription finishes when its stream is set up, since it may then run for hours.
 *
 * The line holds the request id, transport, operation name and type, duration, outcome and error
 * codes, and nothing else: never variables, headers or results, which is how tokens, passwords,
 * API keys and contact details stay out of the logs (test/observability-logs.test.ts greps for them).
 */
import { performance } from 'node:perf_hooks';
import { DocumentNode, getOperationAST, GraphQLError, OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import { clientCodeOf } from '../graphql/format-error';
import type { Metrics, OperationType, Outcome, Transport } from './metrics';

const MAX_NAME_LENGTH = 100;

export interface OperationRecord {
  requestId: string;
  transport: Transport;
  /** performance.now() when the operation arrived. */
  startedAt: number;
  type: OperationType;
  name: string | null;
  /** extensions.code of each error in the answer, as the client sees it. */
  codes: string[];
  /** Whether the answer carried data (errors without data are an "error" outcome). */
  hasData: boolean;
}

export function startOperation(transport: Transport, requestId: string): OperationRecord {
  return { requestId, transport, startedAt: performance.now(), type: 'unknown', name: null, codes: [], hasData: false };
}

/** The operation's type and name, from its parsed document (the name as the document spells it). */
export function describeOperation(record: OperationRecord, document: DocumentNode, operationName: string | null | undefined): void {
  describeDefinition(record, getOperationAST(document, operationName));
}

export function describeDefinition(record: OperationRecord, operation: OperationDefinitionNode | null | undefined): void {
  if (!operation) return;
  record.type = operation.operation as OperationType;
  // A name is the client's word: long ones are cut, so a log line stays a line.
  record.name = operation.name ? operation.name.value.slice(0, MAX_NAME_LENGTH) : null;
}

/** Records the errors of an answer not yet formatted (WebSocket and SSE results). */
export function addErrors(record: OperationRecord, errors: readonly GraphQLError[] | undefined): void {
  if (errors) for (const error of errors) record.codes.push(clientCodeOf(error));
}

export class OperationLog {
  constructor(
    private readonly logger: Logger,
    private readonly metrics: Metrics,
  ) {}

  finish(record: OperationRecord): void {
    const seconds = (performance.now() - record.startedAt) / 1000;
    const outcome: Outcome = record.codes.length === 0 ? 'success' : record.hasData ? 'partial' : 'error';
    this.metrics.record(record.transport, record.type, record.name, outcome, seconds, record.codes);
    this.logger.info(
      {
        requestId: record.requestId,
        transport: record.transport,
        operation: record.name,
        type: record.type,
        durationMs: Math.round(seconds * 1e6) / 1e3,
        outcome,
        ...(record.codes.length ? { errorCodes: record.codes } : {}),
      },
      'graphql operation',
    );
  }
}
