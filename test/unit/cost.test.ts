/**
 * The query cost (src/pipeline/cost.ts) over a small schema written here with the project's
 * conventions (`<X>Connection` with edges, `<X>Edge` with node, PageInfo, Query.nodes(ids:)), so
 * each figure below can be worked out by hand from the rules at the top of cost.ts: a connection
 * is 1 plus, per item of its page (first, last, or 20), 1 plus what the item asks; fetches are 1
 * per connection per parent instance. Then the refusal over QUERY_MAX_COST (and
 * QUERY_MAX_NODE_IDS), as the pipeline's `prepare` gives it: no server, no database.
 */
import { buildSchema, ExecutionArgs, GraphQLError, parse } from 'graphql';
import { ANONYMOUS } from '../../src/auth/viewer';
import { DEFAULT_QUERY_LIMITS } from '../../src/config';
import { actualNodes, CostNotes, operationCost, requestedNodes } from '../../src/pipeline/cost';
import { createPipeline } from '../../src/pipeline/pipeline';

const schema = buildSchema(`
  interface Node { id: ID! }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type Organization { id: ID! name: String! }
  type Talent implements Node {
    id: ID!
    name: String!
    affiliation: Organization
    stations(first: Int, last: Int, after: String, before: String): StationConnection!
  }
  type Station implements Node {
    id: ID!
    name: String!
    head: Talent
    talents(first: Int, last: Int, after: String, before: String): StationTalentConnection!
    partners(first: Int, last: Int): OrganizationConnection!
  }
  type StationEdge { cursor: String! node: Station! }
  type StationConnection { edges: [StationEdge!]! pageInfo: PageInfo! totalCount: Int! }
  "An edge carrying a link row's fields besides the node, one of them an object."
  type StationTalentEdge { cursor: String! role: String! node: Talent! affiliation: Organization }
  type StationTalentConnection { edges: [StationTalentEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type OrganizationEdge { cursor: String! node: Organization! }
  type OrganizationConnection { edges: [OrganizationEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type Stats { stations: Int! talents: Int! }
  type Query {
    stations(first: Int, last: Int, after: String, before: String): StationConnection!
    station(id: ID!): Station
    nodes(ids: [ID!]!): [Node]!
    stats: Stats!
  }
`);

function cost(query: string, variables?: Record<string, unknown>, operationName?: string) {
  return operationCost(schema, parse(query), variables, operationName);
}

describe('nodes and fetches of representative documents', () => {
  test.each([
    // 1 + 10 × (1 + 0): scalars, edges, cursor, pageInfo and totalCount add nothing of their own.
    ['a page of 10 names', '{ stations(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }', undefined, { nodes: 11, fetches: 1 }],
    ['no first or last: the default page of 20', '{ stations { edges { node { name } } } }', undefined, { nodes: 21, fetches: 1 }],
    ['last counts as first does', '{ stations(last: 5) { edges { node { name } } } }', undefined, { nodes: 6, fetches: 1 }],
    ['first: 0 is the connection alone', '{ stations(first: 0) { edges { node { name } } } }', undefined, { nodes: 1, fetches: 1 }],
    ['a negative size counts as 0', '{ stations(first: -5) { edges { node { name } } } }', undefined, { nodes: 1, fetches: 1 }],
    ['first from a variable', 'query ($n: Int) { stations(first: $n) { edges { node { name } } } }', { n: 7 }, { nodes: 8, fetches: 1 }],
    ['a variable left unset: the default page', 'query ($n: Int) { stations(first: $n) { edges { node { name } } } }', {}, { nodes: 21, fetches: 1 }],
    // inner 1 + 100 × 1 = 101; outer 1 + 100 × (1 + 101) = 10201 (query-limits.test.ts's probe). Fetches 1 + 100 × 1.
    ['nested lists multiply', '{ stations(first: 100) { edges { node { talents(first: 100) { edges { node { name } } } } } } }', undefined, { nodes: 10201, fetches: 101 }],
    // cost.ts's own example: 1 + 64 + 64 fetches. Nodes: talents 1 + 10 = 11, partners 1 + 5 = 6, outer 1 + 64 × (1 + 17).
    [
      'two lists under each of 64 parents',
      '{ stations(first: 64) { edges { node { talents(first: 10) { edges { node { id } } } partners(first: 5) { edges { node { id } } } } } } }',
      undefined,
      { nodes: 1153, fetches: 129 },
    ],
    // A plain object is 1 plus what it asks: station 1 + head (1 + affiliation 1). No connection, no fetch.
    ['objects by id', '{ station(id: "1") { name head { name affiliation { name } } } }', undefined, { nodes: 3, fetches: 0 }],
    // An edge's own object field is counted per item like the node: 1 + 4 × (1 + 0 + 1).
    ['an object on an edge', '{ station(id: "1") { talents(first: 4) { edges { role affiliation { name } node { name } } } } }', undefined, { nodes: 1 + 1 + 4 * 2, fetches: 1 }],
    // Two aliases of one list are two lists.
    ['aliases count separately', '{ a: stations(first: 3) { edges { node { id } } } b: stations(first: 4) { edges { node { id } } } }', undefined, { nodes: 4 + 5, fetches: 2 }],
  ])('%s', (_, query, variables, expected) => {
    expect(cost(query, variables)).toEqual(expected);
  });

  test('fragments count as if written in place; skipped ones not at all', () => {
    const query = `
      query ($withPartners: Boolean!) {
        stations(first: 2) { edges { node { ...Station } } }
      }
      fragment Station on Station {
        name
        talents(first: 3) { edges { node { ...Talent } } }
        ... on Station @include(if: $withPartners) { partners(first: 10) { totalCount } }
      }
      fragment Talent on Talent { name affiliation { name } }
    `;
    // talents: 1 + 3 × (1 + affiliation 1) = 7; partners 1 + 10 = 11.
    expect(cost(query, { withPartners: false })).toEqual({ nodes: 1 + 2 * (1 + 7), fetches: 1 + 2 * 1 });
    expect(cost(query, { withPartners: true })).toEqual({ nodes: 1 + 2 * (1 + 7 + 11), fetches: 1 + 2 * 2 });
  });

  test('nodes(ids:) counts each id as an item, and notes the longest list', () => {
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Station { talents(first: 2) { edges { node { name } } } } } }';
    const notes: CostNotes = { maxIds: 0 };
    // 3 × (1 + talents (1 + 2)); fetches 1 + 3 × 1.
    expect(requestedNodes(schema, parse(query), { ids: ['a', 'b', 'c'] }, undefined, notes)).toBe(12);
    expect(notes.maxIds).toBe(3);
    expect(cost(query, { ids: ['a', 'b', 'c'] })).toEqual({ nodes: 12, fetches: 4 });
    expect(cost(query, { ids: [] })).toEqual({ nodes: 0, fetches: 1 });
  });

  test('the named operation is the one counted; a name the document lacks is a GraphQLError', () => {
    const query = 'query Small { stats { stations } } query Big { stations(first: 50) { edges { node { id } } } }';
    expect(cost(query, undefined, 'Small')).toEqual({ nodes: 1, fetches: 0 });
    expect(cost(query, undefined, 'Big')).toEqual({ nodes: 51, fetches: 1 });
    expect(() => cost(query, undefined, 'Missing')).toThrow(new GraphQLError('Unknown operation named "Missing".'));
    // graphql-query-complexity read the name of the anonymous operation and failed with a TypeError.
    expect(() => cost('{ stats { stations } }', undefined, 'Missing')).toThrow(new GraphQLError('Unknown operation named "Missing".'));
  });
});

describe('actualNodes counts the response as the request was counted', () => {
  const query = parse('{ stations(first: 2) { pageInfo { hasNextPage } edges { cursor node { name talents(first: 3) { totalCount edges { node { name } } } } } } }');

  test('a full page holds what was asked for', () => {
    const talents = (n: number) => ({ totalCount: n, edges: Array.from({ length: n }, () => ({ node: { name: 't' } })) });
    const data = {
      stations: {
        pageInfo: { hasNextPage: true },
        edges: [
          { cursor: 'a', node: { name: 's1', talents: talents(3) } },
          { cursor: 'b', node: { name: 's2', talents: talents(3) } },
        ],
      },
    };
    const requested = requestedNodes(schema, query, undefined, undefined);
    expect(requested).toBe(1 + 2 * (1 + 1 + 3));
    expect(actualNodes(schema, query, undefined, data)).toBe(requested);
  });

  test('short pages, empty lists and nulls count what is there', () => {
    const data = {
      stations: {
        pageInfo: { hasNextPage: false },
        edges: [{ cursor: 'a', node: { name: 's1', talents: { totalCount: 1, edges: [{ node: { name: 't' } }] } } }],
      },
    };
    // The connection, one station, its talents connection, one talent.
    expect(actualNodes(schema, query, undefined, data)).toBe(4);
    expect(actualNodes(schema, query, undefined, { stations: { pageInfo: { hasNextPage: false }, edges: [] } })).toBe(1);
    expect(actualNodes(schema, query, undefined, null)).toBe(0);
  });

  test('fragments and aliases are followed to the response keys', () => {
    const aliased = parse('{ first: stations(first: 1) { edges { node { ...S } } } } fragment S on Station { head { name } }');
    expect(actualNodes(schema, aliased, undefined, { first: { edges: [{ node: { head: { name: 'h' } } }] } })).toBe(3);
    expect(actualNodes(schema, aliased, undefined, { first: { edges: [{ node: { head: null } }] } })).toBe(2);
  });
});

describe("the pipeline refuses a document over the limits before it runs, naming the limit", () => {
  const pipeline = createPipeline({ schema, formatError: (formatted) => formatted, limits: { ...DEFAULT_QUERY_LIMITS, maxCost: 100, maxNodeIds: 3 } });
  const NESTED = '{ stations(first: 10) { edges { node { talents(first: 10) { edges { node { name } } } } } } }';

  test('over QUERY_MAX_COST: the message and extensions say which limit, its setting, the limit and the cost', () => {
    // 1 + 10 × (1 + 11) = 121 > 100.
    const refused = pipeline.prepare({ query: NESTED }, ANONYMOUS);
    expect(Array.isArray(refused)).toBe(true);
    const [error] = refused as GraphQLError[];
    expect(error.message).toBe('the query asks for too many nodes (each connection multiplies what it holds by its first or last): found 121, the limit is 100 (QUERY_MAX_COST)');
    expect(error.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'cost', max: 100, found: 121 }, cost: { requested: 121 } });
  });

  test('variables decide: the same document within the limit is admitted', () => {
    const query = 'query ($n: Int) { stations(first: $n) { edges { node { talents(first: $n) { edges { node { name } } } } } } }';
    // n = 9: 1 + 9 × (1 + 10) = 100, exactly the limit.
    expect(Array.isArray(pipeline.prepare({ query, variables: { n: 9 } }, ANONYMOUS))).toBe(false);
    const [error] = pipeline.prepare({ query, variables: { n: 10 } }, ANONYMOUS) as GraphQLError[];
    expect(error.extensions.limit).toEqual({ name: 'cost', max: 100, found: 121 });
  });

  test('an anonymous operation sent with an operation name is left to execution to refuse, as graphql-js words it', async () => {
    const prepared = pipeline.prepare({ query: '{ stats { stations } }', operationName: 'Missing' }, ANONYMOUS);
    expect(Array.isArray(prepared)).toBe(false);
    const result = await pipeline.execute(prepared as ExecutionArgs);
    expect(result.errors?.map((error) => error.message)).toEqual(['Unknown operation named "Missing".']);
  });

  test('over QUERY_MAX_NODE_IDS', () => {
    const [error] = pipeline.prepare({ query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: ['a', 'b', 'c', 'd'] } }, ANONYMOUS) as GraphQLError[];
    expect(error.message).toBe('nodes(ids:) names too many ids: found 4, the limit is 3 (QUERY_MAX_NODE_IDS)');
    expect(error.extensions.limit).toEqual({ name: 'nodeIds', max: 3, found: 4 });
  });
});
