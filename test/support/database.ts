/**
 * Every test file gets an empty database of its own: a temporary SQLite file by default, or a fresh
 * MySQL/MariaDB database named after the file when DATABASE_URL is a mysql:// URL.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DatabaseConfig, parseDatabaseUrl } from '../../src/config';

export function baseDatabaseConfig(): DatabaseConfig {
  return parseDatabaseUrl(process.env.DATABASE_URL || 'sqlite:./data/test.sqlite');
}

export function isMysqlRun(): boolean {
  return baseDatabaseConfig().kind === 'mysql';
}

/** A config for a database nobody else uses; the database itself is created on first connect. */
export function freshDatabaseConfig(label: string): DatabaseConfig {
  const base = baseDatabaseConfig();
  const suffix = `${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  if (base.kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haizhi-test-'));
    const file = path.join(dir, `${suffix}.sqlite`);
    return { kind: 'sqlite', path: file, url: `sqlite:${file}` };
  }
  const database = `${base.database}_${suffix}`.slice(0, 64);
  const url = new URL(base.url);
  url.pathname = `/${database}`;
  return { ...base, database, url: url.toString() };
}

/** Removes what freshDatabaseConfig made. */
export async function dropDatabase(db: DatabaseConfig): Promise<void> {
  if (db.kind === 'sqlite') {
    if (db.path !== ':memory:') fs.rmSync(path.dirname(db.path), { recursive: true, force: true });
    return;
  }
  const connection = await mysql.createConnection({ host: db.host, port: db.port, user: db.user, password: db.password });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${db.database}\``);
  } finally {
    await connection.end();
  }
}
