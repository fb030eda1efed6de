/**
 * A test app whose database the test can take away without stopping either: on MariaDB runs the app
 * reaches the server through a TcpProxy (cut() / restore()); on SQLite there is no proxy, and the test
 * closes and reopens the app's data source instead.
 */
import { startTestApp, TestApp, TestAppOptions } from './app';
import { baseDatabaseConfig } from './database';
import { startTcpProxy, TcpProxy } from './tcp-proxy';

export async function startAppBehindProxy(label: string, options: TestAppOptions = {}): Promise<{ app: TestApp; proxy: TcpProxy | null }> {
  const base = baseDatabaseConfig();
  if (base.kind !== 'mysql') return { app: await startTestApp(label, options), proxy: null };
  const proxy = await startTcpProxy({ host: base.host, port: base.port });
  // The app's database URL (src/config.ts DATABASE_URL) points at the proxy, not at MariaDB.
  const url = new URL(base.url);
  url.host = `127.0.0.1:${proxy.port}`;
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url.toString();
  try {
    return { app: await startTestApp(label, options), proxy };
  } finally {
    process.env.DATABASE_URL = saved;
  }
}
