/** `npm run migrate`: bring the configured database's schema up to date, and say what ran. */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { createDataSource } from './data-source';
import { migrateDatabase } from './migrate';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await createDataSource(config.database);
  await dataSource.initialize();
  try {
    const applied = await migrateDatabase(dataSource);
    console.log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'the schema is up to date: no migration to run');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
