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
import { AppContext, createContextFactory, releaseLoadersPlugin } from './context';
import { createErrorFormatter } from './graphql/format-error';
import { JitCounts, jitGateway } from './graphql/jit-executor';

export interface RunningServer {
  url: string;
  port: number;
  /** What graphql-jit compiled and refused on this server; both stay 0 under EXECUTOR=graphql-js. */
  jit: Readonly<JitCounts>;
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
}

export async function startServer({ schema, executor = 'jit', dataSource, logger, port, host }: ServerOptions): Promise<RunningServer> {
  const contexts = createContextFactory(dataSource);
  const jit: JitCounts = { compiled: 0, fallback: 0 };
  const app = express();
  // GraphQL answers POSTs, which no cache revalidates: an ETag would only hash every response body.
  app.set('etag', false);
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsServerCleanup = useServer(
    { schema, context: () => contexts.forRequest() },
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
    expressMiddleware(apollo, { context: async () => contexts.forRequest() }),
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
    stop: () => apollo.stop(),
  };
}
