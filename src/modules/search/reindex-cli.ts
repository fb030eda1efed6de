/**
 * `npm run search:reindex`: rebuild the search index of the configured database from its tables,
 * in one transaction (searches keep the old index until it commits). Needed after restoring tables
 * without their index, or when the folding rules in text.ts change; writes keep it current otherwise.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../../config';
import { createDataSource } from '../../db/data-source';
import { migrateDatabase } from '../../db/migrate';
import { rebuildSearchIndex } from './search-index';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await createDataSource(config.database);
  await dataSource.initialize();
  try {
    await migrateDatabase(dataSource);
    const started = process.hrtime.bigint();
    let last = '';
    const built = await rebuildSearchIndex(dataSource, ({ type, records }) => {
      if (type !== last && last) process.stderr.write('\n');
      last = type;
      process.stderr.write(`\r  ${type.padEnd(16)} ${records} records`);
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`\nsearch index rebuilt in ${seconds.toFixed(2)} s: ${built.records} records, ${built.terms} terms`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
