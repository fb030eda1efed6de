/**
 * One HTTP server on one port: GraphQL over HTTP (Apollo) and over WebSocket (graphql-ws) at
 * /graphql, plus a health check. Apollo's cache-control plugin and CDN landing page are off: the
 * first costs every field a wrapper, the second is blank without internet.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import type { AppConfig } from './config';
import { AppContext, createContextFactory, releaseLoadersPlugin } from './context';
import { EventBus } from './events/event-bus';
import { createErrorFormatter } from './graphql/format-error';
import { JitCounts, jitGateway } from './graphql/jit-executor';

/** A bus whose failing listeners are logged. */
export function eventBus(logger: Logger): EventBus {
  return new EventBus((error, event) => logger.error({ err: error, event: event.type }, 'a listener of a committed event failed'));
}

export interface RunningServer {
  url: string;
  port: number;
  /** What graphql-jit compiled and refused on this server; both stay 0 under EXECUTOR=graphql-js. */
  jit: Readonly<JitCounts>;
  /** Committed domain events of this server's mutations. */
  events: EventBus;
  stop(): Promise<void>;
}

export interface ServerOptions {
  schema: GraphQLSchema;
  /** 'jit' compiles each operation once (graphql-jit); 'graphql-js' interprets it. */
  executor?: 'jit' | 'graphql-js';
  dataSource: DataSource;
  logger: Logger;
  port: number;
  host?: string;
  /** Login tokens, and the programme's rules that are settings (src/config.ts). */
  config: Pick<AppConfig, 'auth' | 'programme'>;
  /** Tests only: fails a mutation at a named checkpoint. */
  faults?: (checkpoint: string) => void;
  /** Tests only: the time mutations take as now. */
  clock?: () => Date;
  /** Where committed events go; a bus of the server's own by default. */
  events?: EventBus;
}

export async function startServer({ schema, executor = 'jit', dataSource, logger, port, host, config, faults, clock, events = eventBus(logger) }: ServerOptions): Promise<RunningServer> {
  const contexts = createContextFactory(dataSource, { auth: config.auth, programme: config.programme, events, faults, clock });
  const jit: JitCounts = { compiled: 0, fallback: 0 };
  const app = express();
  // GraphQL answers POSTs, which no cache revalidates: an ETag would only hash every response body.
  app.set('etag', false);
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsServerCleanup = useServer(
    {
      schema,
      // The credential travels in connection_init's payload: { "authorization": "Bearer ..." }.
      context: async (ctx) => contexts.forRequest(await contexts.authenticate(ctx.connectionParams?.authorization as string | undefined)),
    },
    wsServer,
  );

  const apollo = new ApolloServer<AppContext>({
    ...(executor === 'jit' ? { gateway: jitGateway(schema, jit) } : { schema }),
    introspection: true,
    // Stack traces stay in the logs; clients get a code and a sentence.
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      releaseLoadersPlugin,
      { serverWillStart: async () => ({ drainServer: async () => void (await wsServerCleanup.dispose()) }) },
    ],
  });
  await apollo.start();

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => contexts.forRequest(await contexts.authenticate(req.headers.authorization)) }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  const shownHost = host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost';
  return {
    url: `http://${shownHost}:${address.port}/graphql`,
    port: address.port,
    jit,
    events,
    stop: () => apollo.stop(),
  };
}
