/**
 * One OS process running the expiry sweep once against DATABASE_URL, as a server instance does at
 * start-up (src/main.ts). It opens the database, says `ready`, waits for `go` on stdin (so that a
 * test can start two at the same moment), runs the sweep and prints the ids it expired as JSON.
 */
import readline from 'node:readline';
import { loadConfig } from '../../../src/config';
import { createDataSource } from '../../../src/db/data-source';
import { EventBus } from '../../../src/events/event-bus';
import { expireLapsedStations } from '../../../src/modules/station/station-expiry';
import { writeDeps } from '../../../src/services';

async function run(): Promise<void> {
  const config = loadConfig();
  const dataSource = await createDataSource(config.database);
  await dataSource.initialize();
  let events = 0;
  const bus = new EventBus();
  bus.subscribe(() => events++);
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => readline.createInterface({ input: process.stdin }).once('line', () => resolve()));
  try {
    const startedAt = Date.now();
    const expired = await expireLapsedStations(writeDeps({ dataSource, events: bus, programme: config.programme }));
    process.stdout.write(`${JSON.stringify({ expired, events, startedAt, endedAt: Date.now() })}\n`);
  } finally {
    await dataSource.destroy();
  }
}

run().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
