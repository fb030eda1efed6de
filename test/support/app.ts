/**
 * Starts the real server in-process on a free port, over a fresh database of its own (migrated and,
 * unless asked otherwise, seeded), and talks to it over real HTTP.
 */
import pino, { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AppConfig, DatabaseConfig, IntrospectionMode, LoginLimitConfig, loadConfig, ProgrammeConfig, QueryLimits, RateLimitConfig, RealtimeConfig } from '../../src/config';
import type { EventChannel } from '../../src/events/channel';
import type { RealtimeServer } from '../../src/realtime/realtime';
import { createDataSource } from '../../src/db/data-source';
import { migrateDatabase } from '../../src/db/migrate';
import { buildAppSchema } from '../../src/schema';
import { startServer } from '../../src/server';
import type { JitCounts } from '../../src/graphql/jit-executor';
import { seedNetwork } from '../../seeds/seeder';
import { DEMO_PASSWORD, seedDemoAccounts } from '../../seeds/demo-accounts';
import type { Published } from '../../src/events/domain-events';
import type { Scale } from '../../seeds/scale';
import { dropDatabase, freshDatabaseConfig } from './database';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: (string | number)[] }[];
}

export interface TestApp {
  url: string;
  /** The executor the server was started with (EXECUTOR), and what graphql-jit did there. */
  executor: 'jit' | 'graphql-js';
  jit: Readonly<JitCounts>;
  db: DatabaseConfig;
  /** The configuration the server runs with (its JWT secret among it). */
  config: AppConfig;
  dataSource: DataSource;
  /** SQL statements the server ran since the last reset (for shape assertions). */
  statements: string[];
  /** Statements the database refused since the last reset, with its error number (1213: a deadlock's victim). */
  queryErrors: QueryError[];
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  /** The same, with the HTTP status (401 for a bad credential). */
  post<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<{ status: number; body: GraphQLResponse<T> }>;
  /** A token for one of the demo accounts (seeded with the network), logged in over HTTP. */
  tokenFor(role: DemoRole): Promise<string>;
  /** The WebSocket side: sockets, operations and open subscription streams. */
  realtime: RealtimeServer;
  /** Whether events travel in this process or through Redis, and if Redis is up. */
  channel: EventChannel;
  /** Committed domain events, as the server published them (oldest first). */
  events: Published[];
  /** Makes the named mutation checkpoint fail (`approveStationApplication:station-created`), or none. */
  failAt(checkpoint: string | null): void;
  /** Runs the mutations that follow on this day (YYYY-MM-DD), as if it were today; null for the real today. */
  setToday(day: string | null): void;
  stop(): Promise<void>;
}

export interface QueryError {
  sql: string;
  errno: number | null;
  code: string | null;
}

export type DemoRole = 'staff' | 'reviewer' | 'manager' | 'partner';

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Sent as the Authorization header exactly as given. */
  authorization?: string;
  /** No Authorization header, whatever the app's default caller. */
  anonymous?: boolean;
}

export interface TestAppOptions {
  /** false: an empty (migrated) database; a scale: a larger generated network. Default: the article's network and its generated continuation to today. */
  seed?: boolean | Partial<Scale>;
  /**
   * The day the seed's generated continuation runs to (seeds/gen/continuation.ts), default today.
   * AS_OF (seeds/gen/timeline.ts) seeds the network exactly as the article left it, for tests that
   * count on the years after it being empty.
   */
  seedUntil?: string;
  /** MySQL/MariaDB pool size (default the app's own); 1 puts every statement on one session. */
  poolSize?: number;
  /** Send every request as this demo account unless a request says otherwise (default: anonymous). */
  as?: DemoRole;
  /** Programme settings over the environment's, e.g. `{ approvalSkipNoticeWait: true }` (APPROVAL_SKIP_NOTICE_WAIT). */
  programme?: Partial<ProgrammeConfig>;
  /** Events travel through this Redis (REDIS_URL) instead of staying in the process. */
  redisUrl?: string;
  /** Another instance over this app's database (already migrated and seeded; left for its owner to drop). */
  sharing?: TestApp;
  /** Real-time limits over the defaults (src/config.ts). */
  realtime?: Partial<RealtimeConfig>;
  /** Where the server logs (default: silent unless LOG_LEVEL says otherwise). */
  logger?: Logger;
  /**
   * Hourly rate limits over the environment's. Off unless given: test files send hundreds of
   * anonymous requests from 127.0.0.1 (test/rate-limits.test.ts turns them on with small budgets).
   */
  rateLimits?: Partial<Omit<RateLimitConfig, 'login'>>;
  /** Login limits over the defaults (always on), e.g. a short window. */
  loginLimits?: Partial<LoginLimitConfig>;
  /** TRUST_PROXY: proxies whose X-Forwarded-For names the client. */
  trustProxy?: string[];
  /** Query limits over the defaults (QUERY_MAX_*, QUERY_TIMEOUT_SECONDS). */
  limits?: Partial<QueryLimits>;
  /** INTROSPECTION, and whether suggestions are hidden from everyone (as in production). */
  introspection?: IntrospectionMode;
  hideSuggestions?: boolean;
}

/**
 * For the read tests that check every relation of every row against SQL in one query each: such a
 * sweep asks for more nodes than one partner request may (QUERY_MAX_COST, 5,000), which is the
 * point of the limit, not of these tests (test/query-limits.test.ts tests the limit).
 */
export const RELATION_SWEEP_LIMITS: Partial<QueryLimits> = { maxCost: 100_000 };

export async function startTestApp(label: string, options: TestAppOptions = {}): Promise<TestApp> {
  const loaded = loadConfig();
  const config = {
    ...loaded,
    programme: { ...loaded.programme, ...options.programme },
    limits: { ...loaded.limits, ...options.limits },
    introspection: options.introspection ?? loaded.introspection,
    hideSuggestions: options.hideSuggestions ?? loaded.hideSuggestions,
    realtime: {
      ...loaded.realtime,
      ...options.realtime,
      redisUrl: options.redisUrl ?? null,
      // Each app (and the instances sharing it) hears only its own events, whichever Redis it is given.
      redisChannelPrefix: options.sharing?.config.realtime.redisChannelPrefix ?? `haizhi-test:${label}:${process.pid}:${Math.random().toString(36).slice(2, 8)}:`,
    },
    rateLimits: {
      ...loaded.rateLimits,
      enabled: false,
      ...options.rateLimits,
      login: { ...loaded.rateLimits.login, ...options.loginLimits },
    },
    trustProxy: options.trustProxy ?? loaded.trustProxy,
  };
  const db = options.sharing?.db ?? freshDatabaseConfig(label);
  const statements: string[] = [];
  const queryErrors: QueryError[] = [];
  const dataSource = await createDataSource(db, {
    onQuery: (sql) => statements.push(sql),
    onQueryError: (error, sql) => {
      const driver = error as { errno?: number; code?: string };
      queryErrors.push({ sql, errno: driver.errno ?? null, code: driver.code ?? null });
    },
    poolSize: options.poolSize,
  });
  await dataSource.initialize();
  if (!options.sharing) await migrateDatabase(dataSource);
  if (options.seed !== false && !options.sharing) {
    await seedNetwork(dataSource, { scale: typeof options.seed === 'object' ? options.seed : undefined, until: options.seedUntil });
    await seedDemoAccounts(dataSource);
  }
  let failing: string | null = null;
  /** The day mutations take as today (YYYY-MM-DD), or null for the real one. */
  let today: string | null = null;
  const server = await startServer({
    // The suite runs with the speed levers on and off (.ci/run): EXECUTOR=graphql-js turns jit
    // off, DIRECT_RESOLVERS=off keeps type-graphql's wrapper on every field, INLINE_RENAMED_FIELDS=off
    // gives renamed fields their one-line resolvers (src/schema.ts lists the passes).
    schema: await buildAppSchema(config),
    executor: config.executor,
    dataSource,
    // Quiet unless asked: LOG_LEVEL=error npx jest shows what the server logged.
    logger: options.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'silent' }),
    port: 0,
    host: '127.0.0.1',
    config,
    faults: (checkpoint) => {
      if (checkpoint === failing) throw new Error(`failure injected at ${checkpoint}`);
    },
    clock: () => (today ? new Date(`${today}T10:00:00Z`) : new Date()),
  });

  const tokens = new Map<DemoRole, Promise<string>>();
  function tokenFor(role: DemoRole): Promise<string> {
    let token = tokens.get(role);
    if (!token) {
      token = post('mutation Login($input: LoginInput!) { login(input: $input) { token } }', { input: { email: `${role}@demo.haizhi`, password: DEMO_PASSWORD } }, { anonymous: true }).then(
        ({ body }) => dataOf<{ login: { token: string } }>(body).login.token,
      );
      tokens.set(role, token);
    }
    return token;
  }
  const post = async (query: string, variables?: Record<string, unknown>, request: RequestOptions = {}): Promise<{ status: number; body: GraphQLResponse<any> }> => {
    let token = request.token;
    if (!token && !request.anonymous && !request.authorization && options.as) token = await tokenFor(options.as);
    const authorization = request.authorization ?? (token ? `Bearer ${token}` : undefined);
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<any> };
  };

  const events: Published[] = [];
  server.events.subscribe((event) => events.push(event));
  // The default caller logs in now, so its login's statements and events are not counted later.
  if (options.as) await tokenFor(options.as);
  events.length = 0;
  statements.length = 0;
  queryErrors.length = 0;

  return {
    url: server.url,
    executor: config.executor,
    jit: server.jit,
    realtime: server.realtime,
    channel: server.channel,
    db,
    config,
    dataSource,
    statements,
    queryErrors,
    async query(query, variables, request) {
      return (await post(query, variables, request)).body;
    },
    post,
    tokenFor,
    events,
    failAt(checkpoint) {
      failing = checkpoint;
    },
    setToday(day) {
      today = day;
    },
    async stop() {
      await server.stop();
      await dataSource.destroy();
      if (!options.sharing) await dropDatabase(db);
    },
  };
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  }
  return response.data;
}
