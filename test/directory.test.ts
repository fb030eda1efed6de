/** The directory query: the whole page of stations with relations, in a number of statements fixed by its shape. */
import type { DirectoryQuery } from './generated/operations';
import { dataOf, startTestApp, TestApp } from './support/app';
import { operation } from './support/operations';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('directory');
});
afterAll(async () => {
  await app?.stop();
});

test('the directory answers with every relation, in 11 statements', async () => {
  app.statements.length = 0;
  const data = dataOf(await app.query<DirectoryQuery>(operation('Directory'), { first: 64 }));
  const statements = app.statements.length;
  expect(data.stations.edges).toHaveLength(64);
  expect(data.stations.totalCount).toBe(64);
  const graphene = data.stations.edges.find((edge) => edge.node.name.includes('石墨烯'));
  expect(graphene?.node.talents.totalCount).toBeGreaterThanOrEqual(30);
  expect(graphene?.node.talents.edges).toHaveLength(10);
  expect(statements).toBe(11);
});
