/**
 * The cost of a query follows its shape, not the data: the directory query issues the same number
 * of SQL statements over 64 stations as over 640: 11, as the README says. Each count is the
 * logger's and, on MariaDB, also the server's own (test/support/server-statements.ts): the two must agree.
 */
import { AS_OF } from '../seeds/gen/timeline';
import type { DirectoryQuery } from './generated/operations';
import { dataOf, startTestApp, TestApp } from './support/app';
import { operation } from './support/operations';
import { isMysqlRun } from './support/database';
import { countStatements } from './support/server-statements';

async function directoryStatements(app: TestApp): Promise<{ statements: number; server: number | null; stations: number; talents: number }> {
  const { result, logged, server } = await countStatements(app, () => app.query<DirectoryQuery>(operation('Directory'), { first: 50 }));
  const data = dataOf(result);
  return {
    statements: logged.length,
    server,
    stations: data.stations.totalCount,
    talents: data.stations.edges.reduce((sum, edge) => sum + edge.node.talents.edges.length, 0),
  };
}

let small: TestApp;
let large: TestApp;
beforeAll(async () => {
  // One pooled connection each, so one session's counters see every statement (SQLite ignores it).
  // The networks as the article's scale and ten times it stood on its day (no generated continuation), so 64 and 640.
  small = await startTestApp('shape_64', { poolSize: 1, seedUntil: AS_OF });
  large = await startTestApp('shape_640', { poolSize: 1, seed: { stations: 640, talents: 4020, organizations: 300, partnerships: 1600 }, seedUntil: AS_OF });
}, 180_000);
afterAll(async () => {
  await small?.stop();
  await large?.stop();
});

test('the directory query costs the same number of statements over 64 and 640 stations', async () => {
  const a = await directoryStatements(small);
  const b = await directoryStatements(large);
  expect(a.stations).toBe(64);
  expect(b.stations).toBe(640);
  expect(b.talents).toBeGreaterThan(0);
  expect(b.statements).toBe(a.statements);
  expect(a.statements).toBe(11);
  expect([a.server, b.server]).toEqual(isMysqlRun() ? [a.statements, b.statements] : [null, null]);
});

test('a paged child list under 50 stations is one statement, and its totalCount one more', async () => {
  const { result, logged, server } = await countStatements(large, () => large.query('{ stations(first: 50) { edges { node { talents(first: 10) { totalCount edges { node { name } } } } } } }'));
  dataOf(result);
  // the page, its child pages, their counts
  expect(logged).toHaveLength(3);
  expect(server).toBe(isMysqlRun() ? 3 : null);
  expect(logged.filter((sql) => /ROW_NUMBER\(\) OVER \(PARTITION BY/.test(sql))).toHaveLength(1);
  expect(logged.filter((sql) => /GROUP BY/.test(sql))).toHaveLength(1);
});

test('no statement pages with OFFSET', async () => {
  large.statements.length = 0;
  const first = dataOf(await large.query('{ talents(first: 100) { pageInfo { endCursor } } }'));
  dataOf(await large.query('query($after: String) { talents(first: 100, after: $after) { edges { node { id } } } }', { after: first.talents.pageInfo.endCursor }));
  expect(large.statements.some((sql) => /\bOFFSET\b/i.test(sql))).toBe(false);
});

test('lists read only the columns the selection needs; edge fields bring the link row along', async () => {
  const selectOf = (table: string) => small.statements.find((sql) => new RegExp(`FROM \\W?${table}\\W? \\W?t\\W?`).test(sql)) ?? '';

  small.statements.length = 0;
  dataOf(await small.query('{ stations(first: 3, orderBy: { field: APPROVAL_YEAR, direction: DESC }) { edges { cursor node { name } } } }'));
  const narrow = selectOf('station');
  // The name's column, the id and the sort column (cursors are made of them): nothing else.
  expect(narrow).toMatch(/name_zh/);
  expect(narrow).toMatch(/approval_year/);
  expect(narrow).not.toMatch(/approval_batch|valid_until|seed_key/);

  small.statements.length = 0;
  const data = dataOf<{ talents: { edges: { node: { name: string; stations: { edges: { role: string }[] } } }[] } }>(
    await small.query('{ talents(first: 3) { edges { node { name stations(first: 2) { edges { role } } } } } }'),
  );
  expect(data.talents.edges).toHaveLength(3);
  // An edge field asks for the link row: its columns ride along with the ranking.
  expect(small.statements.some((sql) => /ROW_NUMBER\(\)/.test(sql) && /role/.test(sql))).toBe(true);
  expect(data.talents.edges.every((edge) => edge.node.stations.edges.every((e) => typeof e.role === 'string'))).toBe(true);
});
