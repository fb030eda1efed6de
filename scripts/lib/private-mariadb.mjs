// A MariaDB server of a script's own: a fresh data directory under `dir`, a free port, its own socket
// and pid files. Fault scripts kill and restart it; the machine's shared server (3306) is never touched.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const PROJECT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const mysql = createRequire(path.join(PROJECT, 'package.json'))('mysql2/promise');

export const MARIADBD = process.env.MARIADBD ?? '/usr/sbin/mariadbd';
const INSTALL_DB = process.env.MARIADB_INSTALL_DB ?? 'mariadb-install-db';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A TCP port nothing listens on now (the kernel's choice). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Why a private server cannot run here, or null when it can. */
export function missingMariadb() {
  if (!fs.existsSync(MARIADBD)) return `${MARIADBD} is not installed (Debian: apt-get install mariadb-server)`;
  if (spawnSync(INSTALL_DB, ['--help'], { stdio: 'ignore' }).error) return `${INSTALL_DB} is not on PATH (Debian: apt-get install mariadb-server)`;
  return null;
}

export async function createPrivateMariadb(dir) {
  const datadir = path.join(dir, 'data');
  const logFile = path.join(dir, 'mariadbd.log');
  const port = await freePort();
  // mariadbd refuses to run as root unless told to: root is what CI runs as.
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  const installed = spawnSync(INSTALL_DB, ['--no-defaults', `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot], { encoding: 'utf8' });
  if (installed.status !== 0) throw new Error(`${INSTALL_DB} failed (${installed.status}):\n${installed.stdout}\n${installed.stderr}`);

  const args = [
    '--no-defaults',
    `--datadir=${datadir}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    `--socket=${path.join(dir, 'mariadbd.sock')}`,
    `--pid-file=${path.join(dir, 'mariadbd.pid')}`,
    `--log-error=${logFile}`,
    '--skip-log-bin',
    '--innodb-buffer-pool-size=64M',
    // Durable commits, as in production: what was reported committed must survive the SIGKILL.
    '--innodb-flush-log-at-trx-commit=1',
    ...asRoot,
  ];
  let child = null;

  const ping = async () => {
    try {
      const connection = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root', connectTimeout: 1000 });
      await connection.end();
      return true;
    } catch {
      return false;
    }
  };

  return {
    port,
    url: (database) => `mysql://root@127.0.0.1:${port}/${database}`,
    get pid() {
      return child?.pid ?? null;
    },
    ping,
    /** Starts mariadbd on the data directory and resolves once it accepts connections. */
    async start({ timeoutMs = 60_000 } = {}) {
      child = spawn(MARIADBD, args, { stdio: 'ignore' });
      const started = child;
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (started.exitCode !== null) throw new Error(`mariadbd exited (${started.exitCode}) while starting:\n${tailOf(logFile)}`);
        if (await ping()) return;
        await sleep(100);
      }
      throw new Error(`mariadbd did not accept connections within ${timeoutMs / 1000} s:\n${tailOf(logFile)}`);
    },
    /** SIGKILL: the server goes away at once, as in a crash or an OOM kill; resolves once it is gone. */
    async kill() {
      const victim = child;
      if (!victim || victim.exitCode !== null || victim.signalCode !== null) return;
      const gone = new Promise((resolve) => victim.once('exit', resolve));
      victim.kill('SIGKILL');
      await gone;
    },
    /** A clean stop (SIGTERM), SIGKILL after 20 s. */
    async stop() {
      const victim = child;
      if (!victim || victim.exitCode !== null || victim.signalCode !== null) return;
      const gone = new Promise((resolve) => victim.once('exit', resolve));
      victim.kill('SIGTERM');
      const timer = setTimeout(() => victim.kill('SIGKILL'), 20_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

function tailOf(file) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
  } catch {
    return '(no log)';
  }
}
