/**
 * `npm start`: check the configuration and that the port is free, open the database, bring the
 * schema up to date, seed the article's network into an empty database, then serve GraphQL.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createDataSource } from './db/data-source';
import { migrateDatabase } from './db/migrate';
import { createLogger } from './logger';
import { buildAppSchema } from './schema';
import { createEventChannel } from './events/channel';
import { eventBus, startServer } from './server';
import { writeDeps } from './services';
import { expireLapsedStations, scheduleExpirySweep } from './modules/station/station-expiry';
import { hasNetwork, seedNetwork } from '../seeds/seeder';
import { rebuildSearchIndex, searchIndexMissing } from './modules/search/search-index';
import { seedDemoAccounts } from '../seeds/demo-accounts';
import { checkPortFree, isAddressInUse, PortInUseError } from './port-check';

// Under the 10 s an orchestrator usually allows between SIGTERM and SIGKILL.
const SHUTDOWN_DEADLINE_MS = 9_500;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  // Before minutes of migrating and seeding: a port already taken is one line (below) and exit 1.
  await checkPortFree(config.port);
  const dataSource = await createDataSource(config.database);
  await dataSource.initialize();
  const applied = await migrateDatabase(dataSource);
  if (applied.length) logger.info({ migrations: applied }, 'database schema brought up to date');
  if (!(await hasNetwork(dataSource))) {
    const report = await seedNetwork(dataSource);
    logger.info({ inserted: report }, "database was empty: seeded the article's network");
  }
  // A database migrated from before search (or restored without its index) is indexed once, here.
  if (await searchIndexMissing(dataSource)) {
    const built = await rebuildSearchIndex(dataSource);
    logger.info(built, 'search index was empty: indexed every record');
  }
  if (config.nodeEnv !== 'production') {
    const demo = await seedDemoAccounts(dataSource);
    if (demo) logger.info({ accounts: demo }, 'seeded the demo accounts (README lists them; password demo-password); never in production');
  }
  if (config.auth.jwtSecretGenerated) {
    logger.warn('JWT_SECRET is not set: this process made one up, so login tokens stop working when it restarts and other instances cannot read them; set JWT_SECRET (at least 32 characters) to keep them');
  }
  // Stations past their validity become EXPIRED before the first request is served (a server must
  // not answer with statuses the rules say are over, nor sweep while it is under load), then daily.
  // Committed events reach subscribers on every instance: through Redis when REDIS_URL is set.
  const channel = createEventChannel({
    redisUrl: config.realtime.redisUrl,
    prefix: config.realtime.redisChannelPrefix,
    onRedisEvent: (what, detail) => (what === 'ready' ? logger.info('redis: connected') : logger.warn({ err: detail }, `redis: ${what}`)),
  });
  const events = eventBus(logger, channel);
  const writes = writeDeps({ dataSource, events, programme: config.programme });
  const expired = await expireLapsedStations(writes);
  if (expired.length) logger.info({ stations: expired }, `expiry sweep: ${expired.length} station(s) past their validity are now EXPIRED`);
  const server = await startServer({ schema: await buildAppSchema(config), executor: config.executor, dataSource, logger, port: config.port, config, events, channel });
  logger.info({ url: server.url, database: config.database.kind, executor: config.executor }, 'listening');
  console.log(`HAIZHI Network GraphQL API listening at ${server.url}`);
  // Then daily, on a timer that does not hold the process open.
  const sweep = scheduleExpirySweep(writes, logger, { runNow: false });

  // Stop accepting, let requests in flight finish (7 s at most), close every socket with 1001 and
  // every event stream, then Redis and the database: exit 0 within 10 s, or 1 past that (an
  // orchestrator's kill would come next anyway).
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error({ signal }, 'shutdown took more than 10 s: exiting anyway');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    await sweep.stop();
    await server.stop();
    await channel.close();
    await dataSource.destroy();
    logger.info({ signal }, 'shut down cleanly');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else if (error instanceof PortInUseError) {
    console.error(error.message);
  } else if (isAddressInUse(error)) {
    // Taken between the check and the listen (rare): the same one line.
    console.error(new PortInUseError(Number((error as { port?: number }).port ?? process.env.PORT)).message);
  } else {
    console.error('HAIZHI Network failed to start:', error);
  }
  process.exit(1);
});
