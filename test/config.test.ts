/** Configuration is checked once, and a bad value stops the process before it listens, naming the variable. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
    ['METRICS_TOKEN', 'tiny', /METRICS_TOKEN: "tiny" is not allowed; expected at least 16 characters/],
    ['NODE_ENV', 'staging', /NODE_ENV: "staging" is not allowed; expected one of development, production, test/],
    ['EXECUTOR', 'fast', /EXECUTOR: "fast" is not allowed; expected jit or graphql-js/],
    ['DIRECT_RESOLVERS', 'yes', /DIRECT_RESOLVERS: "yes" is not allowed; expected on or off/],
    ['INLINE_RENAMED_FIELDS', 'yes', /INLINE_RENAMED_FIELDS: "yes" is not allowed; expected on or off/],
    ['JWT_SECRET', 'short', /JWT_SECRET: "short" is not allowed; expected at least 32 characters/],
    ['JWT_TTL', 'forever', /JWT_TTL: "forever" is not allowed; expected a duration such as 3600, 90m, 12h or 7d/],
    ['JWT_TTL', '0h', /JWT_TTL: "0h" is not allowed; expected a duration above zero/],
    ['ESTABLISHMENT_GRANT_CNY', '-5', /ESTABLISHMENT_GRANT_CNY: "-5" is not allowed; expected whole yuan/],
    ['EXCELLENCE_QUOTA', '1.5', /EXCELLENCE_QUOTA: "1.5" is not allowed; expected a share between 0 and 1/],
    ['APPROVAL_SKIP_NOTICE_WAIT', 'yes', /APPROVAL_SKIP_NOTICE_WAIT: "yes" is not allowed; expected true or false/],
    ['HTTP_MAX_BODY_BYTES', '1mb', /HTTP_MAX_BODY_BYTES: "1mb" is not allowed; expected a whole number of at least 1/],
    ['HTTP_MAX_JSON_DEPTH', '0', /HTTP_MAX_JSON_DEPTH: "0" is not allowed; expected a whole number of at least 1/],
    ['HTTPS', 'true', /HTTPS: "true" is not allowed; expected on or off/],
    ['CORS_ORIGINS', '*', /CORS_ORIGINS: "\*" is not an origin; expected origins separated by commas, each scheme:\/\/host\[:port\] with no path/],
    ['CORS_ORIGINS', 'https://partner.example.org/', /CORS_ORIGINS: "https:\/\/partner\.example\.org\/" is not an origin/],
    ['CORS_ORIGINS', 'https://a.example, partner.example.org', /CORS_ORIGINS: "partner\.example\.org" is not an origin/],
    ['CORS_ORIGINS', 'ftp://files.example', /CORS_ORIGINS: "ftp:\/\/files\.example" is not an origin/],
  ])('%s=%s is refused with a message naming it', (variable, value, message) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(message);
  });
});

describe('login tokens and the programme settings', () => {
  test('outside production a missing JWT_SECRET is made up (and flagged, so start-up warns); JWT_TTL defaults to 12 hours', () => {
    const config = loadConfig({});
    expect(config.auth.jwtSecretGenerated).toBe(true);
    expect(config.auth.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({}).auth.jwtSecret).not.toBe(config.auth.jwtSecret);
    expect(config.auth.jwtTtlSeconds).toBe(12 * 3600);
    expect(loadConfig({ JWT_TTL: '90m' }).auth.jwtTtlSeconds).toBe(5400);
    expect(config.programme).toEqual({ establishmentGrantCny: 50_000, excellenceQuota: 0.2, approvalSkipNoticeWait: false });
  });

  test('in production JWT_SECRET is required, and the notice wait cannot be waived', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: is required when NODE_ENV=production/);
    const secret = 'a'.repeat(32);
    const metrics = 'm'.repeat(24);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, METRICS_TOKEN: metrics }).auth).toMatchObject({ jwtSecret: secret, jwtSecretGenerated: false });
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, METRICS_TOKEN: metrics, APPROVAL_SKIP_NOTICE_WAIT: 'true' })).toThrow(/APPROVAL_SKIP_NOTICE_WAIT: may not be true when NODE_ENV=production/);
  });
});

describe('metrics and the HTTP edge', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(32) };

  test('in production METRICS_TOKEN is required, and may not be the placeholder of deploy/.env.example', () => {
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig(production)).toThrow(/^METRICS_TOKEN: is required when NODE_ENV=production: at least 16 characters/);
    expect(() => loadConfig({ ...production, METRICS_TOKEN: '' })).toThrow(/METRICS_TOKEN: is required/);
    const example = /^METRICS_TOKEN=(.*)$/m.exec(readFileSync(path.resolve(__dirname, '../deploy/.env.example'), 'utf8'))?.[1];
    expect(example).toMatch(/^change-me/);
    expect(() => loadConfig({ ...production, METRICS_TOKEN: example })).toThrow(/METRICS_TOKEN: is still the placeholder of deploy\/\.env\.example/);
    expect(loadConfig({ ...production, METRICS_TOKEN: 'f3a1c9e07b2d4e6a8c0b1d2e' }).metricsToken).toBe('f3a1c9e07b2d4e6a8c0b1d2e');
    // Outside production /metrics may stay open (an internal network, a laptop).
    expect(loadConfig({}).metricsToken).toBeNull();
  });

  test('the compose file passes METRICS_TOKEN to every instance from the environment, and will not start without it', () => {
    const compose = readFileSync(path.resolve(__dirname, '../deploy/compose.yml'), 'utf8');
    expect(compose).toMatch(/^ {4}METRICS_TOKEN: \$\{METRICS_TOKEN:\?[^}]+\}$/m);
    expect(compose).toMatch(/^ {4}NODE_ENV: production$/m);
  });

  test('the body limit is 1 MB, no origin may call across origins, HSTS is off, unless set', () => {
    expect(loadConfig({}).http).toEqual({ maxBodyBytes: 1024 * 1024, maxJsonDepth: 64, corsOrigins: [], https: false });
    expect(loadConfig({ HTTP_MAX_BODY_BYTES: '65536', HTTP_MAX_JSON_DEPTH: '16', CORS_ORIGINS: ' https://partner.example.org ,http://localhost:5173,', HTTPS: 'on' }).http).toEqual({
      maxBodyBytes: 65536,
      maxJsonDepth: 16,
      corsOrigins: ['https://partner.example.org', 'http://localhost:5173'],
      https: true,
    });
  });
});

describe('npm start with a bad value', () => {
  test.each([
    [{ DATABASE_URL: 'postgres://localhost/haizhi' }, /Configuration error: DATABASE_URL: scheme "postgres:" is not supported/],
    [{ DATABASE_URL: 'mysql://root@127.0.0.1:1/haizhi' }, /DATABASE_URL: cannot reach the MySQL\/MariaDB server at 127\.0\.0\.1:1/],
    [{ PORT: '-1' }, /Configuration error: PORT: "-1" is not allowed/],
    [{ NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(32) }, /Configuration error: METRICS_TOKEN: is required when NODE_ENV=production/],
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
