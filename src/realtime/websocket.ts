/**
 * GraphQL over WebSocket (graphql-ws, protocol graphql-transport-ws) on the HTTP server's port and
 * path. Operations run as over HTTP (src/realtime/operations.ts); subscriptions fan out through
 * src/realtime/fan-out.ts.
 *
 * What keeps the server up, with the close codes a client sees:
 * - the credential comes in connection_init's payload ({ "authorization": "Bearer …" }); a bad,
 *   expired or revoked one closes with 4403, and so does one revoked or expired later (checked
 *   every `credentialCheckMs`, 30 s), and so does one that is not a string; the close reason names
 *   the problem ("token expired", "API key revoked", "account deactivated", "malformed token");
 *   none (or null) is an anonymous subscriber;
 * - connection_init must arrive within 3 s (4408), and pings keep idle connections alive;
 * - at most `maxConnectionsPerIp` connections per address (4430; SSE streams count too) and
 *   `maxSubscriptionsPerConnection` operations per socket (RATE_LIMITED on the operation, the
 *   socket stays);
 * - a socket whose unsent data passes `maxBufferedBytes` is a slow consumer and is closed (4431), so
 *   it cannot hold the others back;
 * - on shutdown every socket is closed with 1001 (going away), so clients reconnect elsewhere;
 * - when the events channel's Redis comes back after an outage, every socket with a subscription
 *   open is closed with 4432: events may have been missed meanwhile, and a client that reconnects
 *   catches up by cursor (docs/real-time.md, "When Redis is away").
 */
import type http from 'node:http';
import { ExecutionArgs, ExecutionResult, GraphQLError } from 'graphql';
import type { Extra } from 'graphql-ws/use/ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { RealtimeContext } from './realtime-context';
import type { Viewer } from '../auth/viewer';
import { ANONYMOUS } from '../auth/viewer';
import { ErrorCode } from '../graphql/errors';
import type { OperationRecord } from '../observability/operation-log';
import { chargeOperation, RateLimitStatus } from '../rate-limit/rate-limits';
import { assignRequestId, REQUEST_ID_HEADER } from '../observability/request-id';
import { credentialProblem, CredentialWatch } from './credential-watch';
import type { AddressLimit, Operations, RealtimeDeps } from './operations';

/** Close codes of ours (graphql-ws keeps 4400–4499 for its own, 4403 and 4408 among them). */
export enum AppCloseCode {
  GoingAway = 1001,
  /** The database is not answering: reconnect in a few seconds. */
  TryAgainLater = 1013,
  Forbidden = 4403,
  TooManyConnections = 4430,
  SlowConsumer = 4431,
  EventsMissed = 4432,
}

/** How long a slow consumer's socket may take to read up to its close frame before it is cut off. */
const SLOW_CONSUMER_GRACE_MS = 5_000;

/** What graphql-ws keeps per socket for us. */
interface SocketState {
  socket: WebSocket;
  viewer: Viewer;
  /** Each operation's context, to let its loaders go when it ends. */
  operations: Map<string, RealtimeContext>;
  /** The subscriptions among them whose event streams are open. */
  streams: Set<string>;
  /** The connection's request id (x-request-id at the upgrade), on each of its operations' log lines. */
  requestId: string;
  /** Log records of the operations that have arrived and not yet answered. */
  records: Map<string, OperationRecord>;
  /** The client's address (TRUST_PROXY), and each operation's rate-limit charge until its context takes it. */
  address: string;
  charges: Map<string, RateLimitStatus>;
}

type Ctx = { extra: Extra & { state?: SocketState }; subscriptions: object };

export interface WebSocketOptions extends RealtimeDeps {
  httpServer: http.Server;
  operations: Operations;
  addresses: AddressLimit;
}

export interface WebSocketEndpoint {
  /** Closes every socket that has a subscription open with 4432 (events may have been missed: reconnect and catch up). */
  interrupt(): number;
  /** Closes every socket with 1001 and stops accepting new ones. */
  close(): Promise<void>;
}

export function attachWebSocket(options: WebSocketOptions): WebSocketEndpoint {
  const { httpServer, schema, contextFor, authenticate, limits, logger, operations, addresses, clientAddress, rateLimits } = options;
  const { stats } = operations;
  // ws would take messages of up to 100 MiB; a message is bounded as a request body is (HTTP_MAX_BODY_BYTES).
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: limits.maxMessageBytes ?? 1024 * 1024 });
  const states = new Set<SocketState>();
  // The upgrade's answer carries the connection's request id, as an HTTP response does.
  wsServer.on('headers', (headers, request) => headers.push(`${REQUEST_ID_HEADER}: ${assignRequestId(request)}`));

  wsServer.on('connection', (socket, request) => {
    const address = clientAddress(request);
    const allowed = addresses.enter(address);
    stats.connections += 1;
    socket.once('close', () => {
      addresses.leave(address);
      stats.connections -= 1;
    });
    if (!allowed) socket.close(AppCloseCode.TooManyConnections, addresses.refusal());
  });

  const watch = new CredentialWatch(authenticate, limits.credentialCheckMs, (state: SocketState, problem) => {
    state.socket.close(AppCloseCode.Forbidden, problem);
  });

  /**
   * Nothing more is sent to a socket that fell behind: its close frame queues behind what it has not
   * read, and if it still has not read that after SLOW_CONSUMER_GRACE_MS it is cut off.
   */
  const dropSlowConsumer = (socket: WebSocket) => {
    if (socket.readyState !== WebSocket.OPEN) return;
    stats.slowConsumersClosed += 1;
    logger.warn({ buffered: socket.bufferedAmount }, 'closing a slow consumer');
    socket.close(AppCloseCode.SlowConsumer, 'slow consumer: the connection fell too far behind; reconnect and catch up by cursor');
    setTimeout(() => socket.terminate(), SLOW_CONSUMER_GRACE_MS).unref();
  };

  const ended = (state: SocketState, id: string) => {
    state.operations.get(id)?.loaders.release();
    state.operations.delete(id);
    if (state.streams.delete(id)) stats.streams -= 1;
  };

  const cleanup = useServer<Record<string, unknown>, { state?: SocketState }>(
    {
      schema,
      connectionInitWaitTimeout: 3_000,
      async onConnect(ctx) {
        const given = ctx.connectionParams?.authorization;
        // Left out (or null) is anonymous; anything but a string is a malformed credential, refused as a bad one is.
        // The socket is closed here, with a reason that names the problem ("token expired", "API key
        // revoked"); graphql-ws's own close that follows `false` (4403 "Forbidden") then does nothing.
        if (given !== undefined && given !== null && typeof given !== 'string') {
          ctx.extra.socket.close(AppCloseCode.Forbidden, 'malformed credential: authorization must be a string');
          return false;
        }
        const authorization = given ?? null;
        let viewer: Viewer;
        try {
          viewer = await authenticate(authorization);
        } catch (error) {
          // The database not answering is no verdict on the credential: 1013 (try again later), which
          // graphql-ws clients retry, where 4403 would tell them to give up.
          if ((error as GraphQLError).extensions?.code === ErrorCode.SERVICE_UNAVAILABLE) {
            ctx.extra.socket.close(AppCloseCode.TryAgainLater, (error as GraphQLError).message.slice(0, 120));
          } else {
            ctx.extra.socket.close(AppCloseCode.Forbidden, credentialProblem(error));
          }
          return false;
        }
        const requestId = String(ctx.extra.request.headers[REQUEST_ID_HEADER]);
        const state: SocketState = {
          socket: ctx.extra.socket,
          viewer,
          operations: new Map(),
          streams: new Set(),
          requestId,
          records: new Map(),
          address: clientAddress(ctx.extra.request),
          charges: new Map(),
        };
        ctx.extra.state = state;
        states.add(state);
        if (viewer !== ANONYMOUS) watch.add(state, authorization);
        return true;
      },
      onClose(ctx) {
        const state = (ctx as Ctx).extra.state;
        if (!state) return;
        for (const id of [...state.operations.keys()]) ended(state, id);
        states.delete(state);
        watch.remove(state);
      },
      async onSubscribe(ctx, id, payload) {
        const state = (ctx as Ctx).extra.state!;
        const record = operations.observe('websocket', state.requestId);
        // graphql-ws has already counted this one among the connection's operations.
        if (Object.keys((ctx as Ctx).subscriptions).length > limits.maxSubscriptionsPerConnection) {
          const refusal = new GraphQLError(`at most ${limits.maxSubscriptionsPerConnection} operations may run on one connection; complete one, or open another connection`, {
            extensions: { code: ErrorCode.RATE_LIMITED },
          });
          operations.refused(record, [refusal]);
          return [refusal];
        }
        const prepared = operations.prepare(payload, state.viewer);
        if (Array.isArray(prepared)) {
          operations.refused(record, prepared);
          return [...prepared];
        }
        operations.described(record, prepared as ExecutionArgs);
        // Rate limits (src/rate-limit/): charged once per operation, before it runs.
        try {
          const charged = await chargeOperation(rateLimits, { viewer: state.viewer, address: state.address }, prepared as ExecutionArgs);
          if (charged) state.charges.set(id, charged);
        } catch (error) {
          operations.refused(record, [error as GraphQLError]);
          return [error as GraphQLError];
        }
        if (record) state.records.set(id, record);
        return prepared as ExecutionArgs;
      },
      context(ctx, id) {
        const state = (ctx as Ctx).extra.state!;
        const context = contextFor(state.viewer, state.address);
        context.client.rateLimit = state.charges.get(id) ?? null;
        state.charges.delete(id);
        state.operations.set(id, context);
        return context;
      },
      execute: (args) => operations.run(args) as never,
      subscribe: (args) => operations.run(args) as never,
      onOperation(ctx, id, _payload, _args, result) {
        const records = (ctx as Ctx).extra.state!.records;
        const record = records.get(id);
        if (record) {
          records.delete(id);
          // graphql-ws hands the result over awaited, whatever its type says.
          operations.answered(record, result as ExecutionResult | AsyncGenerator<ExecutionResult>);
        }
        if (!(Symbol.asyncIterator in result)) return;
        (ctx as Ctx).extra.state!.streams.add(id);
        stats.streams += 1;
        stats.streamsStarted += 1;
      },
      onNext(ctx, _id, _payload, _args, result) {
        const socket = (ctx as Ctx).extra.socket;
        if (socket.bufferedAmount > limits.maxBufferedBytes) dropSlowConsumer(socket);
        return operations.formatResult(result, (ctx as Ctx).extra.state?.viewer);
      },
      onError(ctx, _id, _payload, errors) {
        return operations.format(errors, (ctx as Ctx).extra.state?.viewer);
      },
      onComplete(ctx, id) {
        const state = (ctx as Ctx).extra.state;
        if (state) ended(state, id);
      },
    },
    wsServer,
    limits.keepAliveMs,
  );

  return {
    interrupt() {
      let closed = 0;
      for (const state of states) {
        if (state.streams.size === 0 || state.socket.readyState !== WebSocket.OPEN) continue;
        state.socket.close(AppCloseCode.EventsMissed, 'events may have been missed while the server could not reach Redis; reconnect and catch up by cursor');
        closed += 1;
      }
      return closed;
    },
    async close() {
      watch.stop();
      // graphql-ws closes every socket with 1001 (going away) and stops the server.
      await cleanup.dispose();
    },
  };
}
