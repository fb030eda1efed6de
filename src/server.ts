/**
 * One HTTP server on one port: GraphQL over HTTP (Apollo) and over WebSocket (graphql-ws,
 * src/realtime/websocket.ts) at /graphql, plus health, readiness and metrics (src/observability/). Apollo's cache-control plugin and
 * CDN landing page are off: the first costs every field a wrapper, the second is blank without
 * internet.
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
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AppConfig, DEFAULT_HTTP, DEFAULT_LOGIN_LIMITS, DEFAULT_QUERY_LIMITS, HttpConfig, RateLimitConfig, RealtimeConfig } from './config';
import { AppContext, createContextFactory, releaseLoadersPlugin } from './context';
import { createEventChannel, DEFAULT_PREFIX, EventChannel } from './events/channel';
import { checkReadiness } from './readiness';
import { EventBus } from './events/event-bus';
import { createErrorFormatter } from './graphql/format-error';
import type { JitCounts } from './graphql/jit-executor';
import { createPipeline } from './pipeline/pipeline';
import { RealtimeServer, startRealtime } from './realtime/realtime';
import { createHttpOperations } from './observability/http-operations';
import { createMetrics } from './observability/metrics';
import { metricsEndpoint } from './observability/metrics-endpoint';
import { OperationLog } from './observability/operation-log';
import { requestIds } from './observability/request-id';
import { serveGraphiQL } from './graphiql/routes';
import { serveDashboard } from './dashboard/routes';
import { serveLanding } from './landing/routes';
import { serveWebFont } from './web-font/web-font';
import { ASSETS_DIR } from './graphiql/assets-dir';
import { compressedStatic, compressLargeAnswers } from './http/compression';
import { createHttpEdge, legacyJsonStatusPlugin, withSecurityHeaders } from './http/edge';
import { answerKnownRefusals } from './http/known-refusals';
import { clientAddressRule } from './rate-limit/client-address';
import { chargeHttpOperation, rateLimitPlugin } from './rate-limit/http-plugin';
import { LoginLimits } from './rate-limit/login-limits';
import { pointsForFetches, RateLimits } from './rate-limit/rate-limits';
import { createCounterStore } from './rate-limit/store';
import { exportRoutes } from './export/routes';

/** A bus whose failing listeners are logged, handing each event on to `channel` (every instance's subscribers). */
export function eventBus(logger: Logger, channel?: EventChannel): EventBus {
  return new EventBus(
    (error, event) => logger.error({ err: error, event: event.type }, 'a listener of a committed event failed'),
    channel ? (event) => channel.publish(event) : undefined,
  );
}

/** The defaults of src/config.ts, for servers started without a whole configuration (tests). */
const DEFAULT_REALTIME: RealtimeConfig = {
  redisUrl: null,
  redisChannelPrefix: DEFAULT_PREFIX,
  maxSubscriptionsPerConnection: 20,
  maxConnectionsPerIp: 1000,
  maxBufferedBytes: 1024 * 1024,
  keepAliveMs: 12_000,
  credentialCheckMs: 30_000,
};

/** The defaults of src/config.ts for the rate limits (RATE_LIMITS=on). */
const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  enabled: true,
  anonymousPerHour: 1000,
  accountPerHour: 5000,
  apiKeyPerHour: 5000,
  windowSeconds: 3600,
  login: DEFAULT_LOGIN_LIMITS,
};

export interface RunningServer {
  url: string;
  port: number;
  /** What graphql-jit compiled and refused on this server; both stay 0 under EXECUTOR=graphql-js. */
  jit: Readonly<JitCounts>;
  /** Committed domain events of this server's mutations. */
  events: EventBus;
  /** How events reach subscribers, here and on other instances. */
  channel: EventChannel;
  realtime: RealtimeServer;
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
  /** Login tokens, the programme's rules that are settings, the real-time limits, metrics, GraphiQL and the HTTP edge (src/config.ts). */
  config: Pick<AppConfig, 'auth' | 'programme'> &
    Partial<Pick<AppConfig, 'limits' | 'introspection' | 'hideSuggestions' | 'exportPageSize'>> & {
      realtime?: RealtimeConfig;
      metricsToken?: string | null;
      graphiql?: boolean;
      http?: HttpConfig;
      /** Hourly budgets and login limits (src/rate-limit/); TRUST_PROXY's list. */
      rateLimits?: RateLimitConfig;
      trustProxy?: string[];
    };
  /** Tests only: fails a mutation at a named checkpoint. */
  faults?: (checkpoint: string) => void;
  /** Tests only: the time mutations take as now. */
  clock?: () => Date;
  /** How events reach subscribers (in-process, or through Redis: config.realtime.redisUrl) and where the write side hands them. */
  channel?: EventChannel;
  events?: EventBus;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { schema, executor = 'jit', dataSource, logger, port, host, config, faults, clock } = options;
  const realtimeLimits = config.realtime ?? DEFAULT_REALTIME;
  const channel = options.channel ?? createEventChannel({ redisUrl: realtimeLimits.redisUrl, prefix: realtimeLimits.redisChannelPrefix });
  const events = options.events ?? eventBus(logger, channel);
  // Rate limits (issue 12): counters in Redis when REDIS_URL is set, shared by every instance; the
  // login limits always apply, the hourly budgets unless RATE_LIMITS=off.
  const rateLimitConfig = config.rateLimits ?? DEFAULT_RATE_LIMITS;
  const counters = createCounterStore({ redisUrl: realtimeLimits.redisUrl, prefix: `${realtimeLimits.redisChannelPrefix}limits:` });
  // An operation costs its fetches / 100 points, as on GitHub (the pipeline counts them with its cost).
  const rateLimits = rateLimitConfig.enabled ? new RateLimits(rateLimitConfig, counters, (document, variables, operationName) => pointsForFetches(pipeline.fetchesOf(document, variables, operationName))) : null;
  const loginLimits = new LoginLimits(rateLimitConfig.login, counters);
  const clientAddress = clientAddressRule(config.trustProxy ?? []);
  const contexts = createContextFactory(dataSource, { auth: config.auth, programme: config.programme, events, channel, faults, clock, loginLimits });
  const jit: JitCounts = { compiled: 0, fallback: 0 };
  const formatError = createErrorFormatter(logger);
  const httpEdge = config.http ?? DEFAULT_HTTP;
  const edge = createHttpEdge(httpEdge, logger);
  // Every transport runs operations through this one pipeline (src/pipeline/pipeline.ts).
  const pipeline = createPipeline({
    schema,
    executor,
    limits: config.limits,
    introspection: config.introspection,
    hideSuggestions: config.hideSuggestions,
    formatError,
    jitCounts: jit,
    // Over HTTP an admitted operation is charged here; WebSocket and SSE charge after preparing it.
    charge: rateLimits ? (args) => chargeHttpOperation(rateLimits, args.contextValue as AppContext, args) : undefined,
  });
  const app = express();
  // GraphQL answers POSTs, which no cache revalidates: an ETag would only hash every response body.
  app.set('etag', false);
  app.disable('x-powered-by');
  // GraphiQL's bundle goes out compressed, each file compressed once (src/http/compression.ts);
  // registered first, what it does not serve falls through to GraphiQL's own static route.
  if (config.graphiql) app.use('/graphiql/assets', compressedStatic(ASSETS_DIR));
  // GraphiQL answers a browser's GET /graphql before express does (one header test for everything
  // else); the security headers go on every response, those pages included (src/http/headers.ts).
  // Answers of 2 KiB and more are compressed for clients that accept it; a request without
  // Accept-Encoding costs one header read, a small answer nothing more than a length test.
  const listener = compressLargeAnswers(config.graphiql ? serveGraphiQL(app, logger) : app, { onError: (error) => logger.warn({ err: error }, 'compressing an answer failed: sent it as it was') });
  const httpServer = http.createServer(withSecurityHeaders(listener, httpEdge));
  // One log line and one count per operation, over every transport; the rest is read at scrape time.
  const metrics = createMetrics({ dataSource, realtime: () => realtime.stats() });
  const operationLog = new OperationLog(logger, metrics);
  const httpOperations = createHttpOperations(operationLog);

  const realtime = startRealtime(httpServer, {
    schema,
    contextFor: contexts.forRequest,
    authenticate: contexts.authenticate,
    pipeline,
    limits: realtimeLimits,
    logger,
    operationLog,
    clientAddress,
    rateLimits,
    channel,
  });

  const apollo = new ApolloServer<AppContext>({
    // Apollo parses and validates with the pipeline's limits (its document store caches what passed);
    // the pipeline admits, executes and settles codes, as it does for WebSocket and SSE.
    gateway: pipeline.apollo.gateway,
    parseOptions: pipeline.apollo.parseOptions,
    validationRules: pipeline.apollo.validationRules,
    // Who may introspect is the pipeline's call, per caller (INTROSPECTION).
    introspection: true,
    // Stack traces stay in the logs; clients get a code and a sentence.
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      // Requests in flight at shutdown get 7 s to finish, so the process still exits within 10 s (src/main.ts).
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 7_000 }),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      releaseLoadersPlugin,
      pipeline.apollo.plugin,
      httpOperations.plugin,
      // Accept: application/json gets 200 for documents that fail to parse or validate (GraphQL over HTTP).
      legacyJsonStatusPlugin,
      ...(rateLimits ? [rateLimitPlugin(rateLimits)] : []),
      // On shutdown every socket is closed with 1001 (going away) and every event stream ends, so clients reconnect elsewhere.
      { serverWillStart: async () => ({ drainServer: async () => void (await realtime.close()) }) },
    ],
  });
  await apollo.start();

  app.use(requestIds);
  app.get('/metrics', metricsEndpoint(metrics.registry, config.metricsToken ?? null));
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    const readiness = await checkReadiness(dataSource, channel);
    // Degraded (Redis away) still serves: 200, with Redis named (src/readiness.ts).
    response.status(readiness.status === 'not ready' ? 503 : 200).json(readiness);
  });
  // Before /graphql, which would otherwise take /graphql/stream as its own.
  app.all('/graphql/stream', ...edge.api, ...edge.body, (request: express.Request, response: express.Response, next: express.NextFunction) => {
    realtime.sse.handle(request, response).catch(next);
  });
  app.use(
    '/graphql',
    // CORS first, so a preflight is answered without counting as an operation.
    edge.api,
    httpOperations.middleware,
    edge.body,
    // A document refused before is refused again here, without Apollo parsing and validating it anew.
    answerKnownRefusals(pipeline.refused, clientAddress),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => httpOperations.link(res, contexts.forRequest(await contexts.authenticate(req.headers.authorization), clientAddress(req))),
    }),
  );
  // Whole lists as CSV/XLSX (src/export/): mounted under /export alone, so POST /graphql runs nothing of it.
  app.use(
    '/export',
    edge.api,
    exportRoutes({
      schema,
      dataSource,
      logger,
      authenticate: contexts.authenticate,
      contextFor: contexts.forRequest,
      clientAddress,
      rateLimits,
      pageSize: config.exportPageSize ?? 1000,
      timeoutMs: (config.limits ?? DEFAULT_QUERY_LIMITS).timeoutMs,
    }),
  );
  // Pages for people: / lists where to go, /dashboard charts the public figures (and STAFF's workflow).
  serveWebFont(app);
  serveLanding(app, { graphiql: config.graphiql ?? false });
  serveDashboard(app, logger, { graphiql: config.graphiql ?? false });
  app.use(edge.notFound);
  app.use(edge.errors);

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
    channel,
    realtime,
    stop: async () => {
      await apollo.stop();
      await counters.close();
      if (!options.channel) await channel.close();
    },
  };
}
