/**
 * The executor EXECUTOR names is the one that runs the queries: with jit (the default) the directory
 * and peer-shaped queries are compiled by graphql-jit, not silently handed to graphql-js (which the
 * executor does for any document jit refuses); with graphql-js, jit compiles nothing.
 */
import { parse } from 'graphql';
import { createJitExecutor, JitCounts } from '../src/graphql/jit-executor';
import { buildAppSchema } from '../src/schema';
import { dataOf, startTestApp, TestApp } from './support/app';
import { operation } from './support/operations';
import { PEER_QUERY } from './support/queries';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('executor');
});
afterAll(async () => {
  await app?.stop();
});

test('the server runs the executor EXECUTOR names', () => {
  expect(app.executor).toBe(process.env.EXECUTOR || 'jit');
});

test('the directory and peer-shaped queries run compiled by jit under EXECUTOR=jit, and jit is not used under graphql-js', async () => {
  const before = { ...app.jit };
  for (let round = 0; round < 2; round++) {
    const directory = dataOf(await app.query<{ stations: { edges: unknown[] } }>(operation('Directory'), { first: 64 }));
    const peer = dataOf(await app.query<{ stations: { edges: unknown[] } }>(PEER_QUERY));
    expect([directory.stations.edges.length, peer.stations.edges.length]).toEqual([64, 64]);
  }
  if (app.executor === 'jit') {
    // Two operations, each compiled once (the second round comes from the cache), none fallen back.
    expect(app.jit).toEqual({ compiled: before.compiled + 2, fallback: before.fallback });
  } else {
    expect(app.jit).toEqual({ compiled: 0, fallback: 0 });
  }
});

test('a document jit refuses is counted as a fallback and handed to graphql-js', async () => {
  const counts: JitCounts = { compiled: 0, fallback: 0 };
  const schema = await buildAppSchema();
  const execute = createJitExecutor(schema, counts);
  // jit compiles only the operation it is asked for; an operation the document lacks it refuses.
  const request = { schema, operationName: 'Missing', document: parse('query Present { __typename }'), contextValue: {} };
  const result = await execute(request);
  expect(counts).toEqual({ compiled: 0, fallback: 1 });
  expect(result.errors?.[0].message).toMatch(/Unknown operation named "Missing"/);
  await execute({ ...request, operationName: 'Present' });
  // The same document and operation again comes compiled from the cache.
  await execute({ ...request, operationName: 'Present' });
  expect(counts).toEqual({ compiled: 1, fallback: 1 });
});

test('a required variable with a default may be left out, as graphql-js allows, under either executor', async () => {
  // graphql-jit refused this ("of required type Int! was not provided"); the spec and graphql-js take the default.
  const query = 'query($n: Int! = 3, $statuses: [StationStatus!] = [ACTIVE, EXPIRED]) { stations(first: $n, filter: { statuses: $statuses }) { edges { node { id } } } }';
  expect(dataOf(await app.query<{ stations: { edges: unknown[] } }>(query, {})).stations.edges).toHaveLength(3);
  expect(dataOf(await app.query<{ stations: { edges: unknown[] } }>(query, { n: 2 })).stations.edges).toHaveLength(2);
  // Given, the variable is still checked: null is refused for a required one.
  const refused = await app.query(query, { n: null });
  expect(refused.errors?.[0].message).toMatch(/Variable "\$n" of non-null type "Int!" must not be null/);
});
