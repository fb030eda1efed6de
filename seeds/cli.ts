/**
 * `npm run seed`: migrate the configured database, seed the network (or what is missing of it) and
 * print what was inserted, how long it took and the figures the API will report.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { migrateDatabase } from '../src/db/migrate';
import { ArgsError, parseSeedArgs, USAGE } from './args';
import { readFigures } from './figures';
import { AS_OF } from './gen/timeline';
import { resolveScale, targetsFor } from './scale';
import { seedNetwork } from './seeder';

async function main(): Promise<number> {
  const args = parseSeedArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  const dataSource = await createDataSource(config.database);
  await dataSource.initialize();
  try {
    const applied = await migrateDatabase(dataSource);
    if (applied.length > 0) console.log(`migrations applied: ${applied.join(', ')}`);
    const started = process.hrtime.bigint();
    const report = await seedNetwork(dataSource, { scale: args.scale, until: args.until, progress: args.progress && process.stderr.isTTY });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const total = Object.values(report).reduce((sum, n) => sum + n, 0);

    console.log(`\nseeded ${redact(config.database.url)} in ${seconds.toFixed(2)} s: ${total} rows inserted`);
    for (const [table, count] of Object.entries(report)) if (count > 0) console.log(`  ${table.padEnd(30)} ${String(count).padStart(9)}`);
    if (total === 0) console.log('  nothing to insert: every seeded row is already there');

    // The article's figures are the network as of its day; the continuation adds to today's only.
    const targets = targetsFor(resolveScale(args.scale));
    const [asOfArticle, current] = await Promise.all([readFigures(dataSource, AS_OF), readFigures(dataSource)]);
    console.log(`\nfigures as of the article (${AS_OF}) / target, and today:`);
    for (const [name, value] of Object.entries(asOfArticle)) {
      const target = targets[name as keyof typeof targets];
      const differs = value === target ? '' : '  (differs: the database held other rows)';
      console.log(`  ${name.padEnd(24)} ${String(value).padStart(12)} / ${String(target).padEnd(12)} today ${current[name as keyof typeof current]}${differs}`);
    }
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

/** Never print a database password. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ArgsError) {
      console.error(`seed: ${error.message}\n\n${USAGE}`);
    } else if (error instanceof ConfigError) {
      console.error(`seed: configuration error: ${error.message}`);
    } else {
      console.error('seed failed:', error);
    }
    process.exit(1);
  },
);
