/**
 * The directory query: the whole page of stations with relations, in a number of statements fixed by
 * its shape. On MariaDB the server's own counter must agree with the logger (test/support/server-statements.ts).
 */
import type { DirectoryQuery } from './generated/operations';
import { dataOf, startTestApp, TestApp } from './support/app';
import { operation } from './support/operations';
import { isMysqlRun } from './support/database';
import { countStatements } from './support/server-statements';

let app: TestApp;
beforeAll(async () => {
  // One pooled connection, so one session's counters see every statement (SQLite ignores it).
  app = await startTestApp('directory', { poolSize: 1 });
});
afterAll(async () => {
  await app?.stop();
});

test('the directory answers with every relation, in 11 statements', async () => {
  // Every station the seed made (the article's 64 and the generated ones since), in one page.
  const [{ n }] = await app.dataSource.query('SELECT COUNT(*) AS n FROM station');
  const stationCount = Number(n);
  const { result, logged, server } = await countStatements(app, () => app.query<DirectoryQuery>(operation('Directory'), { first: stationCount }));
  const data = dataOf(result);
  expect(data.stations.edges).toHaveLength(stationCount);
  expect(data.stations.totalCount).toBe(stationCount);
  const graphene = data.stations.edges.find((edge) => edge.node.name.includes('石墨烯'));
  expect(graphene?.node.talents.totalCount).toBeGreaterThanOrEqual(30);
  expect(graphene?.node.talents.edges).toHaveLength(10);
  expect(logged).toHaveLength(11);
  expect(server).toBe(isMysqlRun() ? logged.length : null);
});
