/**
 * GraphQL over WebSocket (graphql-ws, protocol graphql-transport-ws) on the HTTP server's port and
 * path. Operations run through the same executor (graphql-jit), validation and error formatting as
 * over HTTP; subscriptions fan out through src/realtime/fan-out.ts.
 *
 * What keeps the server up, with the close codes a client sees:
 * - the credential comes in connection_init's payload ({ "authorization": "Bearer …" }); a bad,
 *   expired or revoked one closes with 4403, and so does one revoked or expired later (checked
 *   every `credentialCheckMs`, 30 s); none is an anonymous subscriber;
 * - connection_init must arrive within 3 s (4408), and pings keep idle connections alive;
 * - at most `maxConnectionsPerIp` sockets per address (4430) and `maxSubscriptionsPerConnection`
 *   operations per socket (an error on the operation, the socket stays);
 * - a socket whose unsent data passes `maxBufferedBytes` is a slow consumer and is closed (4431), so
 *   it cannot hold the others back;
 * - on shutdown every socket is closed with 1001 (going away), so clients reconnect elsewhere.
 */
import type http from 'node:http';
import { execute as executeWithGraphqlJs, ExecutionArgs, GraphQLError, GraphQLSchema, OperationTypeNode, getOperationAST } from 'graphql';
import type { Extra } from 'graphql-ws/use/ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocket, WebSocketServer } from 'ws';
import type { RealtimeConfig } from '../config';
import type { AppContext } from '../context';
import type { Viewer } from '../auth/viewer';
import { ANONYMOUS } from '../auth/viewer';
import { ErrorCode } from '../graphql/errors';
import type { ErrorFormatter } from '../graphql/format-error';
import type { JitExecutor } from '../graphql/jit-executor';
import { createDocumentCache, withRequestCodes } from '../graphql/documents';
import { CredentialWatch } from './credential-watch';
import { createSharedSubscribe } from './fan-out';

/** Close codes of ours (graphql-ws keeps 4400–4499 for its own, 4403 and 4408 among them). */
export enum AppCloseCode {
  GoingAway = 1001,
  TooManyConnections = 4430,
  SlowConsumer = 4431,
}

/** How long a slow consumer's socket may take to read up to its close frame before it is cut off. */
const SLOW_CONSUMER_GRACE_MS = 5_000;

/** What graphql-ws keeps per socket for us. */
interface SocketState {
  viewer: Viewer;
  authorization: string | null;
  /** Each operation's context, to let its loaders go when it ends. */
  operations: Map<string, AppContext>;
  /** The subscriptions among them whose event streams are open. */
  streams: Set<string>;
}

type Ctx = { extra: Extra & { state?: SocketState }; connectionParams?: Readonly<Record<string, unknown>> };

export interface WebSocketOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  /** The request context for a viewer, and the caller behind an Authorization value (throws for a bad one). */
  contextFor: (viewer: Viewer) => AppContext;
  authenticate: (authorization: string | null | undefined) => Promise<Viewer>;
  /** jit for queries and mutations, as over HTTP; null runs graphql-js (EXECUTOR=graphql-js). */
  jit: JitExecutor | null;
  formatError: ErrorFormatter;
  limits: RealtimeConfig;
  logger: Logger;
}

export interface RealtimeServer {
  /** Sockets open now, operations running on them, and the subscriptions among those listening for events. */
  stats(): { connections: number; operations: number; streams: number; streamsStarted: number; slowConsumersClosed: number };
  /** Closes every socket with 1001 and stops accepting new ones. */
  close(): Promise<void>;
}

export function attachWebSocket(options: WebSocketOptions): RealtimeServer {
  const { httpServer, schema, contextFor, authenticate, jit, formatError, limits, logger } = options;
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const perAddress = new Map<string, number>();
  const states = new Set<SocketState>();
  const sockets = new Map<SocketState, WebSocket>();
  let streamsStarted = 0;
  let slowConsumersClosed = 0;

  wsServer.on('connection', (socket, request) => {
    const address = request.socket.remoteAddress ?? 'unknown';
    const open = (perAddress.get(address) ?? 0) + 1;
    perAddress.set(address, open);
    socket.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    if (open > limits.maxConnectionsPerIp) {
      socket.close(AppCloseCode.TooManyConnections, `too many connections from your address: at most ${limits.maxConnectionsPerIp}`);
    }
  });

  const watch = new CredentialWatch(authenticate, limits.credentialCheckMs, (state: SocketState) => {
    sockets.get(state)?.close(4403, 'Forbidden: the credential was revoked or has expired');
  });

  /**
   * Nothing more is sent to a socket that fell behind: its close frame queues behind what it has not
   * read, and if it still has not read that after SLOW_CONSUMER_GRACE_MS it is cut off.
   */
  const dropSlowConsumer = (socket: WebSocket) => {
    if (socket.readyState !== WebSocket.OPEN) return;
    slowConsumersClosed += 1;
    logger.warn({ buffered: socket.bufferedAmount }, 'closing a slow consumer');
    socket.close(AppCloseCode.SlowConsumer, 'slow consumer: the connection fell too far behind; reconnect and catch up by cursor');
    setTimeout(() => socket.terminate(), SLOW_CONSUMER_GRACE_MS).unref();
  };

  const format = (errors: readonly GraphQLError[]) => withRequestCodes(errors).map((error) => formatError(error.toJSON(), error));
  const documents = createDocumentCache(schema);
  const subscribe = createSharedSubscribe(contextFor);
  const executeOperation = (args: ExecutionArgs) => (jit ? jit.executeArgs(args) : executeWithGraphqlJs(args));

  const cleanup = useServer<Record<string, unknown>, { state?: SocketState }>(
    {
      schema,
      connectionInitWaitTimeout: 3_000,
      async onConnect(ctx) {
        const authorization = typeof ctx.connectionParams?.authorization === 'string' ? ctx.connectionParams.authorization : null;
        let viewer: Viewer;
        try {
          viewer = await authenticate(authorization);
        } catch {
          return false; // 4403 Forbidden
        }
        const state: SocketState = { viewer, authorization, operations: new Map(), streams: new Set() };
        ctx.extra.state = state;
        states.add(state);
        sockets.set(state, ctx.extra.socket);
        if (viewer !== ANONYMOUS) watch.add(state, authorization);
        return true;
      },
      onClose(ctx) {
        const state = (ctx as Ctx).extra.state;
        if (!state) return;
        for (const context of state.operations.values()) context.loaders.release();
        states.delete(state);
        sockets.delete(state);
        watch.remove(state);
      },
      onSubscribe(ctx, _id, payload) {
        // graphql-ws has already counted this one among the connection's operations.
        if (Object.keys((ctx as unknown as { subscriptions: object }).subscriptions).length > limits.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(`at most ${limits.maxSubscriptionsPerConnection} operations may run on one connection; complete one, or open another connection`, {
              extensions: { code: ErrorCode.RATE_LIMITED },
            }),
          ];
        }
        const checked = documents(payload.query);
        if ('errors' in checked) return [...checked.errors];
        return { schema, document: checked.document, operationName: payload.operationName, variableValues: payload.variables };
      },
      onOperation(ctx, id, _payload, _args, result) {
        if (!(Symbol.asyncIterator in result)) return;
        (ctx as Ctx).extra.state!.streams.add(id);
        streamsStarted += 1;
      },
      context(ctx, id) {
        const state = (ctx as Ctx).extra.state!;
        const context = contextFor(state.viewer);
        state.operations.set(id, context);
        return context;
      },
      execute: (args) => executeOperation(args) as never,
      subscribe: (args) => {
        const operation = getOperationAST(args.document, args.operationName);
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return executeOperation(args) as never;
        return subscribe(args) as never;
      },
      onNext(ctx, _id, _payload, _args, result) {
        const socket = (ctx as Ctx).extra.socket;
        if (socket.bufferedAmount > limits.maxBufferedBytes) {
          dropSlowConsumer(socket);
          return;
        }
        return result.errors ? { ...result, errors: format(result.errors) } : undefined;
      },
      onError(_ctx, _id, _payload, errors) {
        return format(errors);
      },
      onComplete(ctx, id) {
        const state = (ctx as Ctx).extra.state;
        state?.operations.get(id)?.loaders.release();
        state?.operations.delete(id);
        state?.streams.delete(id);
      },
    },
    wsServer,
    limits.keepAliveMs,
  );

  return {
    stats: () => {
      let operations = 0;
      let streams = 0;
      for (const state of states) {
        operations += state.operations.size;
        streams += state.streams.size;
      }
      return { connections: wsServer.clients.size, operations, streams, streamsStarted, slowConsumersClosed };
    },
    async close() {
      watch.stop();
      // graphql-ws closes every socket with 1001 (going away) and stops the server.
      await cleanup.dispose();
    },
  };
}
