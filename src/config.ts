/**
 * Every setting the process reads from its environment, checked once at start-up.
 * A bad value throws ConfigError naming the variable and what it accepts, before anything listens.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import proxyaddr from 'proxy-addr';
import { z } from 'zod';

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string; url: string }
  | { kind: 'mysql'; url: string; host: string; port: number; user: string; password: string; database: string };

export interface AppConfig {
  database: DatabaseConfig;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** With a token, GET /metrics wants `Authorization: Bearer <token>`; null leaves it open (never in production). */
  metricsToken: string | null;
  nodeEnv: 'development' | 'production' | 'test';
  /** How operations execute: compiled by graphql-jit (default) or interpreted by graphql-js. */
  executor: 'jit' | 'graphql-js';
  /** Field resolvers called directly where type-graphql's per-call wrapper would change nothing (src/graphql/direct-resolvers.ts). */
  directResolvers: boolean;
  /** Renamed fields (`name` over `nameZh`) read from the rows without a resolver (src/graphql/renamed-fields.ts). */
  inlineRenamedFields: boolean;
  /** GraphiQL at /graphiql (and GET /graphql from a browser) and the schema map at /voyager (src/graphiql/). */
  graphiql: boolean;
  auth: AuthConfig;
  programme: ProgrammeConfig;
  realtime: RealtimeConfig;
  http: HttpConfig;
  rateLimits: RateLimitConfig;
  /**
   * TRUST_PROXY: the proxies (addresses, CIDRs, or proxy-addr's names loopback, linklocal,
   * uniquelocal) whose X-Forwarded-For names the client; empty: the socket's peer is the client.
   */
  trustProxy: string[];
  /** What one operation may ask for, refused before it runs (src/pipeline/limits.ts). */
  limits: QueryLimits;
  /** Who may run introspection queries; suggestions ("Did you mean …") follow it (src/pipeline/introspection.ts). */
  introspection: IntrospectionMode;
  /** No "Did you mean …" in any error (always so when NODE_ENV=production). */
  hideSuggestions: boolean;
  /** Rows per keyset page of GET /export/<list> (EXPORT_PAGE_SIZE, default 1,000; src/export/). */
  exportPageSize: number;
}

/** The HTTP edge: what a request may be, which browser origins may call, and the headers every answer carries (src/http/). */
export interface HttpConfig {
  /** A request body past this (decompressed) is refused with 413 before it is parsed. */
  maxBodyBytes: number;
  /** Nesting of arrays and objects in a JSON body: V8 takes about a second to parse 1 MB nested 400,000 deep. */
  maxJsonDepth: number;
  /** Browser origins allowed to call the API across origins (CORS); none by default. */
  corsOrigins: string[];
  /** Clients reach the server over HTTPS (TLS may end at a proxy): responses then carry HSTS. */
  https: boolean;
}

export const DEFAULT_HTTP: HttpConfig = { maxBodyBytes: 1024 * 1024, maxJsonDepth: 64, corsOrigins: [], https: false };

/** Points per hour for each kind of caller, and the limits on password guesses (src/rate-limit/). */
export interface RateLimitConfig {
  /** RATE_LIMITS: off lifts the hourly budgets (benchmarks from one address); the login limits stay. */
  enabled: boolean;
  anonymousPerHour: number;
  accountPerHour: number;
  /** An API key's budget unless STAFF set one for the key. */
  apiKeyPerHour: number;
  /** How long a budget lasts from the first request that spends it: an hour, as on GitHub. */
  windowSeconds: number;
  login: LoginLimitConfig;
}

/** Password checks allowed before RATE_LIMITED (docs/api.md, "Rate limits"). */
export interface LoginLimitConfig {
  /** Per account (or unknown email) and address: the real user's own budget from their own address. */
  perAccountAndAddress: number;
  /** Failures per account across the addresses it never signed in from; past it only known addresses may try. */
  perAccount: number;
  /** Failures per address across accounts it never signed in to (stops one address spraying many accounts). */
  perAddress: number;
  windowSeconds: number;
  /** How long an address stays known to an account after a successful login from it (14 days). */
  knownAddressSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimitConfig = {
  perAccountAndAddress: 10,
  perAccount: 50,
  perAddress: 100,
  windowSeconds: 15 * 60,
  // Under 24.8 days: the in-memory counters expire by setTimeout, which holds no more.
  knownAddressSeconds: 14 * 86_400,
};

/** Limits on one operation, each refused before execution with the limit and the measured value. */
export interface QueryLimits {
  /** Nesting of selections (fragments flattened): the directory query needs 8. */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens of the document (the directory query has 99). */
  maxTokens: number;
  /** Nodes the operation may ask for, counted as GitHub does (src/pipeline/cost.ts). */
  maxCost: number;
  /** Ids one `nodes(ids:)` may name. */
  maxNodeIds: number;
  /** Milliseconds an operation may run before it is answered with OPERATION_TIMEOUT. */
  timeoutMs: number;
}

/** on: everyone; authenticated: signed-in callers (any role); off: nobody. */
export type IntrospectionMode = 'on' | 'off' | 'authenticated';

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 9,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxCost: 5000,
  maxNodeIds: 100,
  timeoutMs: 10_000,
};

/** Subscriptions: where events travel between instances, and the limits that keep the server up. */
export interface RealtimeConfig {
  /** redis://… : events travel through Redis to every instance; null keeps them in this process. */
  redisUrl: string | null;
  /** Starts the name of every Redis channel this deployment uses (deployments sharing a Redis need different ones). */
  redisChannelPrefix: string;
  maxSubscriptionsPerConnection: number;
  maxConnectionsPerIp: number;
  /** A socket whose unsent data grows past this is a slow consumer, and is disconnected. */
  maxBufferedBytes: number;
  /** The largest WebSocket message a client may send (HTTP_MAX_BODY_BYTES, as for a request body); past it the socket is closed with 1009. */
  maxMessageBytes?: number;
  /** How often the server pings each socket (a client that stops answering is dropped). */
  keepAliveMs: number;
  /** How often open connections' credentials are checked again (a revoked key ends its subscriptions within this). */
  credentialCheckMs: number;
}

export interface AuthConfig {
  /** HS256 key for login tokens: at least 32 characters. */
  jwtSecret: string;
  /** True when the process made the secret up (not in production): tokens die with the process. */
  jwtSecretGenerated: boolean;
  /** How long a login token lasts, in seconds. */
  jwtTtlSeconds: number;
}

/** The programme's rules that DOMAIN.md leaves to a setting. */
export interface ProgrammeConfig {
  /** Whole yuan granted for establishment when a station is approved. */
  establishmentGrantCny: number;
  /** Share of the stations active in a year that may be graded EXCELLENT (rounded up). */
  excellenceQuota: number;
  /** Approve without waiting for the public notice to end (demos and tests; never in production). */
  approvalSkipNoticeWait: boolean;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/haizhi.sqlite';

const DATABASE_URL_HELP =
  'expected sqlite:<path> (e.g. sqlite:./data/haizhi.sqlite, sqlite::memory:) or mysql://user:pass@host:port/database (mariadb:// is accepted too)';

/** Parses DATABASE_URL into a connection description; relative SQLite paths resolve from the working directory. */
export function parseDatabaseUrl(raw: string): DatabaseConfig {
  const value = raw.trim();
  if (value.startsWith('sqlite:')) {
    const file = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new ConfigError('DATABASE_URL', `"${raw}" names no file; ${DATABASE_URL_HELP}`);
    return { kind: 'sqlite', path: file === ':memory:' ? file : path.resolve(file), url: value };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DATABASE_URL', `"${raw}" is not a URL; ${DATABASE_URL_HELP}`);
  }
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
    throw new ConfigError('DATABASE_URL', `scheme "${url.protocol}" is not supported; ${DATABASE_URL_HELP}`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname || !database || !/^[A-Za-z0-9_$]+$/.test(database)) {
    throw new ConfigError('DATABASE_URL', `"${raw}" needs a host and a database name of letters, digits, _ or $; ${DATABASE_URL_HELP}`);
  }
  const port = url.port ? Number(url.port) : 3306;
  return {
    kind: 'mysql',
    url: value,
    host: url.hostname,
    port,
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database,
  };
}

const envSchema = z.object({
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  PORT: z.coerce
    .number({ error: 'expected a whole number between 0 and 65535' })
    .int('expected a whole number between 0 and 65535')
    .min(0, 'expected a whole number between 0 and 65535')
    .max(65535, 'expected a whole number between 0 and 65535')
    .default(4000),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  METRICS_TOKEN: z.string().min(16, 'expected at least 16 characters (e.g. `openssl rand -hex 24`)').optional(),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'expected one of development, production, test' })
    .default('development'),
  EXECUTOR: z
    .enum(['jit', 'graphql-js'], { error: 'expected jit or graphql-js' })
    .default('jit'),
  DIRECT_RESOLVERS: z.enum(['on', 'off'], { error: 'expected on or off' }).default('on'),
  INLINE_RENAMED_FIELDS: z.enum(['on', 'off'], { error: 'expected on or off' }).default('on'),
  // No default here: unset means on outside production, off in it.
  GRAPHIQL: z.enum(['on', 'off'], { error: 'expected on or off' }).optional(),
  JWT_SECRET: z.string().min(32, 'expected at least 32 characters (e.g. `openssl rand -base64 48`)').optional(),
  JWT_TTL: z
    .string()
    .regex(/^\d+[smhd]?$/, 'expected a duration such as 3600, 90m, 12h or 7d')
    .default('12h'),
  ESTABLISHMENT_GRANT_CNY: z.coerce
    .number({ error: 'expected whole yuan, e.g. 50000' })
    .int('expected whole yuan, e.g. 50000')
    .min(0, 'expected whole yuan, e.g. 50000')
    .default(50_000),
  EXCELLENCE_QUOTA: z.coerce
    .number({ error: 'expected a share between 0 and 1, e.g. 0.2' })
    .min(0, 'expected a share between 0 and 1, e.g. 0.2')
    .max(1, 'expected a share between 0 and 1, e.g. 0.2')
    .default(0.2),
  APPROVAL_SKIP_NOTICE_WAIT: z.enum(['true', 'false'], { error: 'expected true or false' }).default('false'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'expected redis://host:port (or rediss:// for TLS), e.g. redis://127.0.0.1:6379')
    .optional(),
  REDIS_CHANNEL_PREFIX: z.string().min(1, 'expected a non-empty prefix, e.g. haizhi:').default('haizhi:'),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: count(20),
  WS_MAX_CONNECTIONS_PER_IP: count(1000),
  WS_MAX_BUFFERED_BYTES: count(1024 * 1024),
  WS_KEEP_ALIVE_SECONDS: count(12),
  WS_CREDENTIAL_CHECK_SECONDS: count(30),
  HTTP_MAX_BODY_BYTES: count(DEFAULT_HTTP.maxBodyBytes),
  HTTP_MAX_JSON_DEPTH: count(DEFAULT_HTTP.maxJsonDepth),
  CORS_ORIGINS: z.string().optional(),
  HTTPS: z.enum(['on', 'off'], { error: 'expected on or off' }).default('off'),
  RATE_LIMITS: z.enum(['on', 'off'], { error: 'expected on or off' }).default('on'),
  RATE_LIMIT_ANONYMOUS: count(1000),
  RATE_LIMIT_ACCOUNT: count(5000),
  RATE_LIMIT_API_KEY: count(5000),
  TRUST_PROXY: z.string().optional(),
  QUERY_MAX_DEPTH: count(DEFAULT_QUERY_LIMITS.maxDepth),
  QUERY_MAX_ALIASES: count(DEFAULT_QUERY_LIMITS.maxAliases),
  QUERY_MAX_DIRECTIVES: count(DEFAULT_QUERY_LIMITS.maxDirectives),
  QUERY_MAX_TOKENS: count(DEFAULT_QUERY_LIMITS.maxTokens),
  QUERY_MAX_COST: count(DEFAULT_QUERY_LIMITS.maxCost),
  QUERY_MAX_NODE_IDS: count(DEFAULT_QUERY_LIMITS.maxNodeIds),
  QUERY_TIMEOUT_SECONDS: z.coerce
    .number({ error: 'expected seconds above zero, e.g. 10 or 2.5' })
    .positive('expected seconds above zero, e.g. 10 or 2.5')
    .max(3600, 'expected at most 3600 seconds')
    .default(DEFAULT_QUERY_LIMITS.timeoutMs / 1000),
  // No default here: unset means authenticated in production, on elsewhere.
  INTROSPECTION: z.enum(['on', 'off', 'authenticated'], { error: 'expected on, off or authenticated' }).optional(),
  // Rows read per statement by GET /export/<list> (src/export/): memory and statements follow it.
  EXPORT_PAGE_SIZE: count(1000).refine((n) => n <= 10_000, 'expected at most 10000 rows a page'),
});

const SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A whole number of at least 1, with its default. */
function count(fallback: number) {
  const help = 'expected a whole number of at least 1';
  return z.coerce.number({ error: help }).int(help).min(1, help).default(fallback);
}

function durationSeconds(text: string): number {
  const unit = /[smhd]$/.test(text) ? text.slice(-1) : 's';
  return Number.parseInt(text, 10) * SECONDS[unit];
}

const ORIGIN_HELP = 'expected origins separated by commas, each scheme://host[:port] with no path, e.g. https://partner.example.org,http://localhost:5173';

/** CORS_ORIGINS as exact origins (what a browser sends in Origin), so a typo cannot widen it. */
function parseOrigins(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      let url: URL | null = null;
      try {
        url = new URL(item);
      } catch {
        // reported below
      }
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== item) {
        throw new ConfigError('CORS_ORIGINS', `"${item}" is not an origin; ${ORIGIN_HELP}`);
      }
      return item;
    });
}

/** Reads and checks the environment. Empty strings count as unset, as shells often export them. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.keys(envSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0]);
    throw new ConfigError(variable, `"${env[variable]}" is not allowed; ${issue.message}`);
  }
  const data = parsed.data;
  const production = data.NODE_ENV === 'production';
  if (production && !data.JWT_SECRET) {
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production: at least 32 characters (e.g. `openssl rand -base64 48`)');
  }
  if (production && data.APPROVAL_SKIP_NOTICE_WAIT === 'true') {
    throw new ConfigError('APPROVAL_SKIP_NOTICE_WAIT', 'may not be true when NODE_ENV=production: approval waits for the public notice to end');
  }
  // /metrics shows traffic, operation names and error counts: on the internet it needs a token.
  if (production && !data.METRICS_TOKEN) {
    throw new ConfigError('METRICS_TOKEN', 'is required when NODE_ENV=production: at least 16 characters (e.g. `openssl rand -hex 24`), sent by Prometheus as a bearer token');
  }
  if (production && data.METRICS_TOKEN?.startsWith('change-me')) {
    throw new ConfigError('METRICS_TOKEN', 'is still the placeholder of deploy/.env.example: set a random one (e.g. `openssl rand -hex 24`)');
  }
  const trustProxy = parseTrustProxy(data.TRUST_PROXY);
  const ttl = durationSeconds(data.JWT_TTL);
  if (ttl <= 0) throw new ConfigError('JWT_TTL', `"${env.JWT_TTL}" is not allowed; expected a duration above zero, such as 12h`);
  return {
    database: parseDatabaseUrl(data.DATABASE_URL),
    port: data.PORT,
    logLevel: data.LOG_LEVEL,
    metricsToken: data.METRICS_TOKEN ?? null,
    nodeEnv: data.NODE_ENV,
    executor: data.EXECUTOR,
    directResolvers: data.DIRECT_RESOLVERS === 'on',
    inlineRenamedFields: data.INLINE_RENAMED_FIELDS === 'on',
    graphiql: data.GRAPHIQL ? data.GRAPHIQL === 'on' : !production,
    auth: {
      jwtSecret: data.JWT_SECRET ?? randomBytes(48).toString('base64'),
      jwtSecretGenerated: !data.JWT_SECRET,
      jwtTtlSeconds: ttl,
    },
    programme: {
      establishmentGrantCny: data.ESTABLISHMENT_GRANT_CNY,
      excellenceQuota: data.EXCELLENCE_QUOTA,
      approvalSkipNoticeWait: data.APPROVAL_SKIP_NOTICE_WAIT === 'true',
    },
    realtime: {
      redisUrl: data.REDIS_URL ?? null,
      redisChannelPrefix: data.REDIS_CHANNEL_PREFIX,
      maxSubscriptionsPerConnection: data.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxConnectionsPerIp: data.WS_MAX_CONNECTIONS_PER_IP,
      maxBufferedBytes: data.WS_MAX_BUFFERED_BYTES,
      maxMessageBytes: data.HTTP_MAX_BODY_BYTES,
      keepAliveMs: data.WS_KEEP_ALIVE_SECONDS * 1000,
      credentialCheckMs: data.WS_CREDENTIAL_CHECK_SECONDS * 1000,
    },
    http: {
      maxBodyBytes: data.HTTP_MAX_BODY_BYTES,
      maxJsonDepth: data.HTTP_MAX_JSON_DEPTH,
      corsOrigins: parseOrigins(data.CORS_ORIGINS),
      https: data.HTTPS === 'on',
    },
    rateLimits: {
      enabled: data.RATE_LIMITS === 'on',
      anonymousPerHour: data.RATE_LIMIT_ANONYMOUS,
      accountPerHour: data.RATE_LIMIT_ACCOUNT,
      apiKeyPerHour: data.RATE_LIMIT_API_KEY,
      windowSeconds: 3600,
      login: DEFAULT_LOGIN_LIMITS,
    },
    trustProxy,
    limits: {
      maxDepth: data.QUERY_MAX_DEPTH,
      maxAliases: data.QUERY_MAX_ALIASES,
      maxDirectives: data.QUERY_MAX_DIRECTIVES,
      maxTokens: data.QUERY_MAX_TOKENS,
      maxCost: data.QUERY_MAX_COST,
      maxNodeIds: data.QUERY_MAX_NODE_IDS,
      timeoutMs: Math.round(data.QUERY_TIMEOUT_SECONDS * 1000),
    },
    introspection: data.INTROSPECTION ?? (production ? 'authenticated' : 'on'),
    hideSuggestions: production,
    exportPageSize: data.EXPORT_PAGE_SIZE,
  };
}

/** TRUST_PROXY as Express's `trust proxy` takes it: a comma-separated list, checked by proxy-addr itself. */
function parseTrustProxy(raw: string | undefined): string[] {
  const entries = (raw ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  try {
    proxyaddr.compile(entries);
  } catch (error) {
    throw new ConfigError('TRUST_PROXY', `"${raw}" is not allowed; ${(error as Error).message}; expected addresses or CIDRs separated by commas, e.g. 10.0.0.0/8,127.0.0.1, or loopback`);
  }
  return entries;
}
