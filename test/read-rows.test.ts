/**
 * Hot-path reads hand the driver's rows to a reading function and empty the array afterwards
 * (src/db/read-rows.ts says why: V8 kept every row alive through stale pointers to that array).
 * The statement still counts as one statement, and a failing statement is a QueryFailedError.
 * A request's loaders empty the pages they read once the request's result is built.
 */
import { QueryFailedError } from 'typeorm';
import { Loaders } from '../src/db/loaders';
import { readRows } from '../src/db/read-rows';
import { STATION_TALENTS } from '../src/modules/talent/talent.relations';
import { startTestApp, TestApp } from './support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('read_rows');
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

/** The seeded stations, counted without readRows. */
async function stationCount(): Promise<number> {
  const [{ n }] = await app.dataSource.query('SELECT COUNT(*) AS n FROM station');
  return Number(n);
}

test('the reading function sees every row; the driver array is empty afterwards', async () => {
  const total = await stationCount();
  let seen: { id: number }[] = [];
  app.statements.length = 0;
  const ids = await readRows<{ id: number }, number[]>(app.dataSource, 'SELECT id FROM station ORDER BY id', [], (rows) => {
    seen = rows;
    return rows.map((row) => Number(row.id));
  });
  expect(ids).toHaveLength(total);
  expect(new Set(ids).size).toBe(total);
  expect(seen).toHaveLength(0);
  expect(app.statements).toHaveLength(1);
});

test('a statement the database refuses rejects with a QueryFailedError, and the next one runs', async () => {
  await expect(readRows(app.dataSource, 'SELECT no_such_column FROM station', [], (rows) => rows)).rejects.toBeInstanceOf(QueryFailedError);
  const again = await readRows<{ total: number | string }, number>(app.dataSource, 'SELECT COUNT(*) AS total FROM station', [], (rows) => Number(rows[0].total));
  expect(again).toBe(await stationCount());
});

test('an error thrown while reading rejects the read and still empties the array', async () => {
  let seen: unknown[] = [];
  await expect(
    readRows(app.dataSource, 'SELECT id FROM station', [], (rows) => {
      seen = rows;
      throw new Error('reader failed');
    }),
  ).rejects.toThrow('reader failed');
  expect(seen).toHaveLength(0);
});

test("release() empties the pages a request's loaders read", async () => {
  const loaders = new Loaders(app.dataSource);
  const window = { first: 5, after: null, last: null, before: null };
  const page = await loaders.children(STATION_TALENTS, window).load(1);
  expect(page.rows.length).toBeGreaterThan(0);
  expect(page.rows.every((row) => typeof row.node.name === 'string')).toBe(true);
  loaders.release();
  expect(page.rows).toHaveLength(0);
  // A load after release reads again rather than answering from the emptied page.
  const again = await loaders.children(STATION_TALENTS, window).load(1);
  expect(again.rows.length).toBeGreaterThan(0);
});
