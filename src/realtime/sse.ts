/**
 * Subscriptions over Server-Sent Events (graphql-sse, "distinct connections" mode) at
 * /graphql/stream, for clients behind proxies that block WebSockets: POST (or GET) the operation
 * with `Accept: text/event-stream`, get its results as `next` events and a `complete`. Same auth
 * (the Authorization header, as over HTTP: a bad credential is 401 before any stream), same scope,
 * same events and executor as the WebSocket (src/realtime/operations.ts).
 *
 * The stream is written here rather than through graphql-sse's express adapter, which waits for
 * each write to flush and so hides a slow reader's backlog inside the library: here a stream whose
 * unsent data passes `maxBufferedBytes` is cut off, as a slow socket is. Streams also end (the
 * connection is dropped, so clients reconnect) when their credential is revoked or expires, when
 * the events channel's Redis comes back after an outage (events may have been missed: reconnect
 * and catch up), and when the server shuts down.
 *
 * A request holds one of its address's connection slots (shared with the WebSocket) from the moment
 * it is let in until its response closes, whatever ends it: its stream completing, the client going
 * away, or graphql-sse answering without a stream after our checks (405 for a mutation over GET, 400
 * for an operationName that names no operation). onComplete runs only when a stream ran, so the slot
 * is tied to the response, not to it.
 */
import type { ServerResponse } from 'node:http';
import type { Request, Response } from 'express';
import { ExecutionArgs, ExecutionResult, GraphQLError } from 'graphql';
import { createHandler, Response as SseResponse } from 'graphql-sse';
import { ANONYMOUS } from '../auth/viewer';
import { ErrorCode } from '../graphql/errors';
import type { OperationRecord } from '../observability/operation-log';
import { REQUEST_ID_HEADER } from '../observability/request-id';
import { chargeOperation, RateLimitStatus } from '../rate-limit/rate-limits';
import { CredentialWatch } from './credential-watch';
import type { AddressLimit, Operations, RealtimeDeps } from './operations';
import type { RealtimeContext } from './realtime-context';

/** graphql-sse wants an index signature on its contexts. */
type SseContext = RealtimeContext & Record<PropertyKey, unknown>;

interface Stream {
  response: ServerResponse;
  address: string;
  isStream: boolean;
  /** The operation's log record until it answers (src/observability/). */
  record: OperationRecord | null;
}

export interface SseOptions extends RealtimeDeps {
  operations: Operations;
  addresses: AddressLimit;
}

export interface SseEndpoint {
  handle(request: Request, response: Response): Promise<void>;
  /** Cuts every subscription's stream (events may have been missed: the client reconnects and catches up); returns how many. */
  interrupt(): number;
  /** Ends every open stream (clients reconnect elsewhere). */
  close(): void;
}

const json = (status: number, statusText: string, errors: unknown): SseResponse => [
  JSON.stringify({ errors }),
  { status, statusText, headers: { 'content-type': 'application/json; charset=utf-8' } },
];

export function createSseEndpoint(options: SseOptions): SseEndpoint {
  const { contextFor, authenticate, limits, logger, operations, addresses, clientAddress, rateLimits } = options;
  const { stats } = operations;
  const streams = new Map<SseContext, Stream>();
  const drop = (stream: Stream) => stream.response.destroy();
  const watch = new CredentialWatch(authenticate, limits.credentialCheckMs, drop);

  /** Gives back what a request held (its slot, its loaders, its credential watch); runs once, on whichever path ends it first. */
  const end = (context: SseContext) => {
    const stream = streams.get(context);
    if (!stream) return;
    streams.delete(context);
    context.loaders.release();
    addresses.leave(stream.address);
    watch.remove(stream);
    stats.connections -= 1;
    if (stream.isStream) stats.streams -= 1;
  };

  const handler = createHandler<Request, { res: ServerResponse }, SseContext>({
    // Distinct connections only: one stream per operation, authenticated by its own request.
    authenticate: () => null,
    async onSubscribe(request, params) {
      // The app's middleware settled the id (src/observability/request-id.ts) and echoed it already.
      const record = operations.observe('sse', String(request.headers.get(REQUEST_ID_HEADER)));
      const authorization = request.headers.get('authorization') ?? null;
      let viewer;
      try {
        viewer = await authenticate(authorization);
      } catch (error) {
        operations.refused(record, [error as GraphQLError]);
        // The database not answering is 503 (retry), as over HTTP; anything else a bad credential.
        if ((error as GraphQLError).extensions?.code === ErrorCode.SERVICE_UNAVAILABLE) return json(503, 'Service Unavailable', operations.format([error as GraphQLError]));
        return json(401, 'Unauthorized', operations.format([error as GraphQLError]));
      }
      const prepared = operations.prepare(params, viewer);
      if (Array.isArray(prepared)) {
        operations.refused(record, prepared);
        return json(400, 'Bad Request', operations.format(prepared as GraphQLError[], viewer));
      }
      operations.described(record, prepared as ExecutionArgs);
      const address = clientAddress(request.raw);
      // Rate limits (src/rate-limit/): a subscription is charged once, before its stream starts.
      let charged: RateLimitStatus | null;
      try {
        charged = await chargeOperation(rateLimits, { viewer, address }, prepared as ExecutionArgs);
      } catch (error) {
        operations.refused(record, [error as GraphQLError]);
        return json(429, 'Too Many Requests', operations.format([error as GraphQLError], viewer));
      }
      if (!addresses.enter(address)) {
        addresses.leave(address);
        const refusal = new GraphQLError(addresses.refusal(), { extensions: { code: 'RATE_LIMITED' } });
        operations.refused(record, [refusal]);
        return json(429, 'Too Many Requests', [{ message: refusal.message, extensions: refusal.extensions }]);
      }
      const contextValue = contextFor(viewer, address) as SseContext;
      contextValue.client.rateLimit = charged;
      const response = request.context.res;
      const stream: Stream = { response, address, isStream: false, record };
      streams.set(contextValue, stream);
      stats.connections += 1;
      if (viewer !== ANONYMOUS) watch.add(stream, authorization);
      whenClosed(response, () => end(contextValue));
      return { ...(prepared as ExecutionArgs), contextValue } as ExecutionArgs & { contextValue: SseContext };
    },
    execute: (args) => operations.run(args),
    subscribe: (args) => operations.run(args),
    onOperation(context, _request, _args, result) {
      const stream = streams.get(context);
      if (stream?.record) {
        // graphql-sse hands the result over awaited, whatever its type says.
        operations.answered(stream.record, result as ExecutionResult | AsyncGenerator<ExecutionResult>);
        stream.record = null;
      }
      if (!(Symbol.asyncIterator in result)) return;
      if (!stream) return;
      stream.isStream = true;
      stats.streams += 1;
      stats.streamsStarted += 1;
    },
    onNext: (context, _request, result) => operations.formatResult(result as ExecutionResult, context.viewer),
    // The operation is over: let its loaders and slot go now rather than when the socket closes.
    onComplete: (context) => end(context),
  });

  return {
    async handle(request, response) {
      const [body, init] = await handler({
        method: request.method,
        url: request.originalUrl,
        headers: { get: (key) => request.get(key) },
        body: () => request.body ?? null,
        raw: request,
        context: { res: response },
      });
      // Events may carry what only this caller may read: no cache keeps them (graphql-sse says no-cache).
      response.writeHead(init.status, init.statusText, { ...init.headers, 'cache-control': 'no-store' });
      if (!body || typeof body === 'string') {
        response.end(body);
        return;
      }
      whenClosed(response, () => void body.return(undefined));
      for await (const chunk of body) {
        if (!response.writable) break;
        response.write(chunk);
        if (response.writableLength > limits.maxBufferedBytes) {
          stats.slowConsumersClosed += 1;
          logger.warn({ buffered: response.writableLength }, 'dropping a slow event-stream consumer');
          response.destroy();
          break;
        }
      }
      response.end();
    },
    interrupt() {
      const subscriptions = [...streams.values()].filter((stream) => stream.isStream);
      for (const stream of subscriptions) drop(stream);
      return subscriptions.length;
    },
    close() {
      watch.stop();
      for (const stream of streams.values()) drop(stream);
    },
  };
}

/** Runs `then` when the response closes (finished or cut off), or at once if it has closed already. */
function whenClosed(response: ServerResponse, then: () => void): void {
  if (response.closed) then();
  else response.once('close', then);
}
