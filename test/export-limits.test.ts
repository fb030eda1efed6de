/**
 * Exports and the hourly rate limits: each keyset page is charged before it is read, ceil(rows a
 * page / 100) points (what the GraphQL pages it stands for would cost: one per 100), so a caller's
 * budget buys the same rows either way. Over budget before the first byte: a plain 429; over it
 * part-way: the download is cut short (no final chunk), never passed off as complete.
 */
import { startTestApp, TestApp } from './support/app';
import { Talent } from '../src/modules/talent/talent.entity';
import { pointsForPage } from '../src/export/pages';
import { loadConfig } from '../src/config';

let app: TestApp;
let origin: string;

beforeAll(async () => {
  process.env.EXPORT_PAGE_SIZE = '7';
  app = await startTestApp('export_limits', { seed: false, rateLimits: { enabled: true, anonymousPerHour: 3 } });
  delete process.env.EXPORT_PAGE_SIZE;
  origin = new URL(app.url).origin;
  // Ten talents: two pages of 7.
  await app.dataSource.getRepository(Talent).insert(
    Array.from({ length: 10 }, (_, i) => ({ name: `限额${i}`, nameSort: `xiane${i}`, countryCode: 'NZ', degree: 'MASTER', isReturnee: false, isGenerated: false })) as never,
  );
});
afterAll(async () => {
  await app?.stop();
});

test('EXPORT_PAGE_SIZE: 1,000 unless set, a whole number from 1 to 10,000', () => {
  expect(loadConfig({}).exportPageSize).toBe(1000);
  expect(loadConfig({ EXPORT_PAGE_SIZE: '250' }).exportPageSize).toBe(250);
  expect(() => loadConfig({ EXPORT_PAGE_SIZE: '0' })).toThrow(/EXPORT_PAGE_SIZE: "0" is not allowed; expected a whole number of at least 1/);
  expect(() => loadConfig({ EXPORT_PAGE_SIZE: '20000' })).toThrow(/EXPORT_PAGE_SIZE: "20000" is not allowed; expected at most 10000 rows a page/);
});

test('a page costs the GraphQL pages of 100 it stands for', () => {
  expect([pointsForPage(7), pointsForPage(100), pointsForPage(101), pointsForPage(1000)]).toEqual([1, 1, 2, 10]);
});

test('charged per page: the budget runs out part-way (the download is cut), then before the first byte (429)', async () => {
  const first = await fetch(`${origin}/export/talents.csv`);
  expect(first.status).toBe(200);
  expect(first.headers.get('x-ratelimit-limit')).toBe('3');
  expect(first.headers.get('x-ratelimit-used')).toBe('1');
  expect((await first.text()).trim().split('\n')).toHaveLength(11);

  // Points 3 and 4: the first page is served, the second is refused, and the transfer never completes.
  const second = await fetch(`${origin}/export/talents.csv`);
  expect(second.status).toBe(200);
  await expect(second.text()).rejects.toThrow();

  const third = await fetch(`${origin}/export/talents.xlsx`);
  expect(third.status).toBe(429);
  expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
  const error = ((await third.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0];
  expect(error.extensions.code).toBe('RATE_LIMITED');
  expect(error.message).toMatch(/rate limit passed: an anonymous caller at your address may spend 3 points an hour/);
});
