/**
 * A private redis-server for the tests that carry events or counters through Redis: its own free
 * port on 127.0.0.1, its own temporary directory, nothing persisted, killed when the test is done.
 * Tests never touch a Redis they did not start (not the machine's on 6379), so they can restart it
 * mid-stream and need nothing listening beforehand.
 *
 * Needs the redis-server binary (REDIS_SERVER_BIN, or redis-server on PATH). Without it,
 * `describeWithRedis` skips its block with one line (see ./requirements.ts); REQUIRE_REDIS=1 or
 * CI=1 makes that a failure.
 */
import { ChildProcess, spawn } from 'node:child_process';
import Redis from 'ioredis';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describeNeeding, testNeeding, unmet, type Requirement } from './requirements';

const BINARY = process.env.REDIS_SERVER_BIN || 'redis-server';
const INSTALL = 'apt-get install redis-server (Debian/Ubuntu), brew install redis (macOS), or REDIS_SERVER_BIN=/path/to/redis-server';

/** The binary's path, if it is there and executable. */
function findBinary(name: string): string | null {
  const candidates = name.includes('/') ? [name] : (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, name));
  return (
    candidates.find((file) => {
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    }) ?? null
  );
}

const binary = findBinary(BINARY);

export const redisServer: Requirement = {
  flag: 'REQUIRE_REDIS',
  missing: binary
    ? null
    : process.env.REDIS_SERVER_BIN
      ? `redis-server is not at REDIS_SERVER_BIN=${process.env.REDIS_SERVER_BIN}: ${INSTALL}`
      : `redis-server is not installed (not on PATH): ${INSTALL}`,
};

/** A describe block whose tests start a PrivateRedis: skipped, with its line, where redis-server is missing. */
export const describeWithRedis = (name: string, fn: () => void) => describeNeeding(redisServer, name, fn);

/** The same for a single test (whose file's hooks start the PrivateRedis). */
export const testWithRedis = (name: string, fn: jest.ProvidesCallback, timeout?: number) => testNeeding(redisServer, name, fn, timeout);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export class PrivateRedis {
  private child: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /**
   * Starts a server on a free port. The port was free when chosen but another process may take it
   * before redis-server binds it; redis-server then exits, and a fresh port is tried.
   */
  static async start(): Promise<PrivateRedis> {
    if (!binary) throw new Error(unmet(redisServer));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haizhi-redis-'));
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const redis = new PrivateRedis(await freePort(), dir);
      try {
        await redis.start();
        return redis;
      } catch (error) {
        lastError = error;
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
    throw lastError;
  }

  /** A port and directory of its own, the server not started yet: for a Redis away when the app starts. */
  static async reserve(): Promise<PrivateRedis> {
    if (!binary) throw new Error(unmet(redisServer));
    return new PrivateRedis(await freePort(), fs.mkdtempSync(path.join(os.tmpdir(), 'haizhi-redis-')));
  }

  /** Runs `command` on a client of its own that gives up at once (probes and counts, never the app's). */
  async ask<T>(command: (client: Redis) => Promise<T>): Promise<T> {
    const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, disconnectTimeout: 50 });
    client.on('error', () => {});
    try {
      await client.connect();
      return await command(client);
    } finally {
      client.disconnect();
    }
  }

  /** How many times Redis ran `command` since it started (INFO commandstats). */
  async calls(command: string): Promise<number> {
    const info = await this.ask((client) => client.info('commandstats'));
    return Number(new RegExp(`cmdstat_${command}:calls=(\\d+)`).exec(info)?.[1] ?? 0);
  }

  /** How many Redis subscribers `channel` has (PUBSUB NUMSUB). */
  async listeners(channel: string): Promise<number> {
    const [, count] = (await this.ask((client) => client.pubsub('NUMSUB', channel))) as [string, number];
    return Number(count);
  }

  /** (Re)starts the server on its port; resolves once it accepts connections. */
  async start(): Promise<void> {
    if (this.child) throw new Error(`redis-server on port ${this.port} is already running`);
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir, '--daemonize', 'no', '--logfile', ''];
    const child = spawn(binary!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => fail(new Error(`redis-server on port ${this.port} did not get ready within 10 s:\n${output}`)), 10_000);
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.kill('SIGKILL');
        if (this.child === child) this.child = null;
        reject(error);
      };
      // Read to the end either way: a pipe left full would block the server.
      const read = (chunk: Buffer) => {
        output = (output + chunk).slice(-4000);
        if (!settled && /Ready to accept connections/.test(output)) {
          settled = true;
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('error', fail);
      child.once('exit', (code, signal) => fail(new Error(`redis-server on port ${this.port} exited (${signal ?? code}) before it was ready:\n${output}`)));
    });
  }

  /** Kills the server at once (SIGKILL, as a crash would), leaving its port to a later start(). */
  async kill(): Promise<void> {
    await this.stop('SIGKILL');
  }

  /**
   * Shuts the server down and removes its directory: for afterAll. SIGTERM, not SIGKILL: Redis first
   * answers the commands it has read, so clients closed a moment before (ioredis' disconnect() does
   * not wait for replies) see no command cut off, whose rejection nobody would catch.
   */
  async close(): Promise<void> {
    await this.stop('SIGTERM');
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private async stop(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill(signal);
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  }
}
