/**
 * Starts the real server in-process on a free port, over a fresh database of its own (migrated and,
 * unless asked otherwise, seeded), and talks to it over real HTTP.
 */
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { DatabaseConfig, loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { migrateDatabase } from '../../src/db/migrate';
import { buildAppSchema } from '../../src/schema';
import { startServer } from '../../src/server';
import type { JitCounts } from '../../src/graphql/jit-executor';
import { seedNetwork } from '../../seeds/seeder';
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
  dataSource: DataSource;
  /** SQL statements the server ran since the last reset (for shape assertions). */
  statements: string[];
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  /** false: an empty (migrated) database; a scale: a larger generated network. Default: the article's network. */
  seed?: boolean | Partial<Scale>;
  /** MySQL/MariaDB pool size (default the app's own); 1 puts every statement on one session. */
  poolSize?: number;
}

export async function startTestApp(label: string, options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig();
  const db = freshDatabaseConfig(label);
  const statements: string[] = [];
  const dataSource = await createDataSource(db, { onQuery: (sql) => statements.push(sql), poolSize: options.poolSize });
  await dataSource.initialize();
  await migrateDatabase(dataSource);
  if (options.seed !== false) await seedNetwork(dataSource, { scale: typeof options.seed === 'object' ? options.seed : undefined });
  const server = await startServer({
    // The suite runs with the speed levers on and off (.ci/run): EXECUTOR=graphql-js turns jit
    // off, DIRECT_RESOLVERS=off keeps type-graphql's wrapper on every field.
    schema: await buildAppSchema({ directResolvers: config.directResolvers }),
    executor: config.executor,
    dataSource,
    // Quiet unless asked: LOG_LEVEL=error npx jest shows what the server logged.
    logger: pino({ level: process.env.LOG_LEVEL ?? 'silent' }),
    port: 0,
    host: '127.0.0.1',
  });
  statements.length = 0;

  return {
    url: server.url,
    executor: config.executor,
    jit: server.jit,
    db,
    dataSource,
    statements,
    async query(query, variables) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    async stop() {
      await server.stop();
      await dataSource.destroy();
      await dropDatabase(db);
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
