/**
 * Fuzzed reads: fast-check throws generated filters, orderings, page sizes and cursors at every root
 * list of the schema (every query field answering a connection), as every role and anonymously,
 * over real HTTP. Each answer is a page or an error a client can act on, never an internal error;
 * and a page is a page: no more edges than asked for, and never more than totalCount.
 * `npm run fuzz -- --runs N` runs more cases.
 */
import fc from 'fast-check';
import { buildAppSchema } from '../src/schema';
import { startTestApp, TestApp } from './support/app';
import { argumentsArbitrary, argumentText, errorCodes, everyCaller, FUZZ_RUNS, FUZZ_SEED, FuzzCaller, idPool, rootFields } from './support/fuzz';

let app: TestApp;
let callers: FuzzCaller[];

beforeAll(async () => {
  app = await startTestApp('fuzz_lists');
  callers = await everyCaller(app);
});
afterAll(async () => {
  await app?.stop();
});

test('every root list, as every role, with generated filters, orderings and pages: no internal error, and pages within their counts', async () => {
  const schema = await buildAppSchema();
  const ids = await idPool(app.dataSource);
  const lists = rootFields(schema, 'query')
    .filter((field) => field.returns.name.endsWith('Connection'))
    .map((field) => {
      const { declarations, uses } = argumentText(field.args);
      return {
        name: field.name,
        query: `query Fuzz${declarations} { list: ${field.name}${uses} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { __typename ... on Node { id } } } } }`,
        args: argumentsArbitrary(field.args, ids),
      };
    });
  expect(lists.length).toBeGreaterThan(10);
  const cases = fc.oneof(...lists.map((list) => fc.record({ list: fc.constant(list), variables: list.args, caller: fc.constantFrom(...callers) })));
  let pages = 0;
  await fc.assert(
    fc.asyncProperty(cases, async ({ list, variables, caller }) => {
      const { status, body } = await app.post(list.query, variables, caller.options);
      const codes = errorCodes(body);
      expect({ list: list.name, caller: caller.label, status: status === 500 ? 'HTTP 500' : 'answered', internal: codes.includes('INTERNAL_SERVER_ERROR') }).toEqual({
        list: list.name,
        caller: caller.label,
        status: 'answered',
        internal: false,
      });
      const page = (body.data as { list?: { totalCount: number; edges: unknown[] } } | undefined)?.list;
      if (!page) return;
      pages += 1;
      const asked = (variables.first ?? variables.last ?? 20) as number;
      expect({ list: list.name, withinPage: page.edges.length <= asked, withinTotal: page.edges.length <= page.totalCount }).toEqual({ list: list.name, withinPage: true, withinTotal: true });
    }),
    { numRuns: FUZZ_RUNS ?? 300, seed: FUZZ_SEED, endOnFailure: true },
  );
  // Some generated arguments were valid: pages were read, not only refused.
  expect(pages).toBeGreaterThan(0);
});
