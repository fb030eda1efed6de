/**
 * Every setting the process reads from its environment, checked once at start-up.
 * A bad value throws ConfigError naming the variable and what it accepts, before anything listens.
 */
import path from 'node:path';
import { z } from 'zod';

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string; url: string }
  | { kind: 'mysql'; url: string; host: string; port: number; user: string; password: string; database: string };

export interface AppConfig {
  database: DatabaseConfig;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  nodeEnv: 'development' | 'production' | 'test';
  /** How operations execute: compiled by graphql-jit (default) or interpreted by graphql-js. */
  executor: 'jit' | 'graphql-js';
  /** Field resolvers called directly where type-graphql's per-call wrapper would change nothing (src/graphql/direct-resolvers.ts). */
  directResolvers: boolean;
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
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'expected one of development, production, test' })
    .default('development'),
  EXECUTOR: z
    .enum(['jit', 'graphql-js'], { error: 'expected jit or graphql-js' })
    .default('jit'),
  DIRECT_RESOLVERS: z.enum(['on', 'off'], { error: 'expected on or off' }).default('on'),
});

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
  return {
    database: parseDatabaseUrl(parsed.data.DATABASE_URL),
    port: parsed.data.PORT,
    logLevel: parsed.data.LOG_LEVEL,
    nodeEnv: parsed.data.NODE_ENV,
    executor: parsed.data.EXECUTOR,
    directResolvers: parsed.data.DIRECT_RESOLVERS === 'on',
  };
}
