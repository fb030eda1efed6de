/**
 * `npm start` with its port taken (node dist/src/main.js, as `npm start` runs it): one line that
 * names the port and what to do, exit 1, and nothing done to the database first (no migration, no
 * seed), where it used to find out only after migrating and seeding, with a stack printed twice.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { dropDatabase, freshDatabaseConfig } from './support/database';

const db = freshDatabaseConfig('port_in_use');
let holder: net.Server;
let port: number;

beforeAll(async () => {
  // Held as a server would hold it: every address, this port.
  holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(0, resolve));
  port = (holder.address() as net.AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => holder?.close(resolve));
  await dropDatabase(db);
});

/** The tables the server's database has (none if it was never migrated). */
async function tablesOf(): Promise<number> {
  if (db.kind === 'sqlite') return fs.existsSync(db.path) ? -1 : 0;
  const connection = await mysql.createConnection({ host: db.host, port: db.port, user: db.user, password: db.password });
  try {
    const [rows] = await connection.query('SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ?', [db.database]);
    return Number((rows as { n: number }[])[0].n);
  } finally {
    await connection.end();
  }
}

test('a port already in use: one clear line on stderr, exit 1, before the database is touched', async () => {
  const server = spawn(process.execPath, [path.join(__dirname, '..', 'dist', 'src', 'main.js')], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), LOG_LEVEL: 'info', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  server.stdout.on('data', (chunk) => (stdout += chunk));
  server.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => server.once('exit', resolve));
  expect({ code, stderr, stdout }).toEqual({ code: 1, stderr: `port ${port} is in use (another haizhi server?): set PORT=<another port> or stop it\n`, stdout: '' });
  // Found before migrating and seeding: the database was not touched.
  expect(await tablesOf()).toBe(0);
}, 60_000);
