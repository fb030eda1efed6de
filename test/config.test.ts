/** Configuration is checked once, and a bad value stops the process before it listens, naming the variable. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

const MAIN = path.resolve(__dirname, '../dist/src/main.js');

describe('loadConfig', () => {
  test('defaults to the embedded SQLite database on port 4000', () => {
    const config = loadConfig({});
    expect(config.database).toMatchObject({ kind: 'sqlite', path: path.resolve('data/haizhi.sqlite') });
    expect(config.port).toBe(4000);
    expect(config.logLevel).toBe('info');
  });

  test('reads a MySQL URL into its parts', () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://app:s%40cret@db.example:3307/haizhi', PORT: '8080' });
    expect(config.database).toMatchObject({ kind: 'mysql', host: 'db.example', port: 3307, user: 'app', password: 's@cret', database: 'haizhi' });
    expect(config.port).toBe(8080);
  });

  test.each([
    ['DATABASE_URL', 'postgres://localhost/haizhi', /DATABASE_URL: scheme "postgres:" is not supported; expected sqlite:<path>/],
    ['DATABASE_URL', 'haizhi.db', /DATABASE_URL: "haizhi.db" is not a URL; expected sqlite:<path>/],
    ['DATABASE_URL', 'mysql://root@127.0.0.1:3306/', /DATABASE_URL: .*needs a host and a database name/],
    ['PORT', 'eighty', /PORT: "eighty" is not allowed; expected a whole number between 0 and 65535/],
    ['PORT', '70000', /PORT: "70000" is not allowed/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL: "loud" is not allowed; expected one of fatal, error/],
    ['NODE_ENV', 'staging', /NODE_ENV: "staging" is not allowed; expected one of development, production, test/],
    ['EXECUTOR', 'fast', /EXECUTOR: "fast" is not allowed; expected jit or graphql-js/],
    ['DIRECT_RESOLVERS', 'yes', /DIRECT_RESOLVERS: "yes" is not allowed; expected on or off/],
  ])('%s=%s is refused with a message naming it', (variable, value, message) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(message);
  });
});

describe('npm start with a bad value', () => {
  test.each([
    [{ DATABASE_URL: 'postgres://localhost/haizhi' }, /Configuration error: DATABASE_URL: scheme "postgres:" is not supported/],
    [{ DATABASE_URL: 'mysql://root@127.0.0.1:1/haizhi' }, /DATABASE_URL: cannot reach the MySQL\/MariaDB server at 127\.0\.0\.1:1/],
    [{ PORT: '-1' }, /Configuration error: PORT: "-1" is not allowed/],
  ])('%j stops the process before it listens', (env, message) => {
    const result = spawnSync(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH, DATABASE_URL: 'sqlite::memory:', PORT: '0', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).not.toMatch(/listening/);
  });
});
