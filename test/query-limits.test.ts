/**
 * Issue 12, §1: each query limit is refused before execution, over HTTP, WebSocket and SSE alike,
 * with the same code and a message that names the limit, its setting and the measured value; the
 * nested probe of the issue is refused at once with its cost; the committed operations still run
 * and every executed operation reports `extensions.cost`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { toGlobalId } from '../src/graphql/global-id';
import { operationCost } from '../src/pipeline/cost';
import { buildAppSchema } from '../src/schema';
import { dataOf, startTestApp, TestApp } from './support/app';
import { operation } from './support/operations';
import { PEER_QUERY } from './support/queries';
import { subscribed } from './support/realtime';
import { sendOver, TRANSPORTS } from './support/transports';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('query_limits');
});
afterAll(async () => {
  await app?.stop();
});

/** `levels` connections nested stations → talents → stations …, one item each (cheap, only deep). */
function nested(levels: number, first = 1): string {
  let query = 'name';
  for (let level = levels; level >= 1; level--) query = `name ${level % 2 ? 'stations' : 'talents'}(first: ${first}) { edges { node { ${query} } } }`;
  return `{ ${query.replace(/^name /, '')} }`;
}

/** The probe: five levels of 100, names only (10^10 nodes asked for in 461 bytes). */
const FIVE_LEVELS = nested(5, 100);

const PROBES: { limit: string; query: string; variables?: Record<string, unknown>; message: RegExp }[] = [
  { limit: 'depth', query: nested(16), message: /nests too deep: found 49, the limit is 9 \(QUERY_MAX_DEPTH\)/ },
  { limit: 'aliases', query: `{ ${Array.from({ length: 101 }, (_, i) => `a${i}: networkStats { stations }`).join(' ')} }`, message: /too many aliases: found 101, the limit is 15 \(QUERY_MAX_ALIASES\)/ },
  { limit: 'directives', query: `{ ${'__typename @include(if: true) '.repeat(51)}}`, message: /too many directives: found 51, the limit is 50 \(QUERY_MAX_DIRECTIVES\)/ },
  { limit: 'tokens', query: `{ ${'__typename '.repeat(1001)}}`, message: /too many tokens: found more than 1000, the limit is 1000 \(QUERY_MAX_TOKENS\)/ },
  {
    limit: 'cost',
    query: '{ stations(first: 100) { edges { node { talents(first: 100) { edges { node { name } } } } } } }',
    message: /too many nodes .*: found 10201, the limit is 5000 \(QUERY_MAX_COST\)/,
  },
  {
    limit: 'nodeIds',
    query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    variables: { ids: Array.from({ length: 101 }, (_, i) => toGlobalId('Station', i + 1)) },
    message: /nodes\(ids:\) names too many ids: found 101, the limit is 100 \(QUERY_MAX_NODE_IDS\)/,
  },
];

describe.each(PROBES)('the $limit limit', ({ limit, query, variables, message }) => {
  test('is refused before execution over HTTP, WebSocket and SSE, with the same code, limit and measured value', async () => {
    const answers = await Promise.all(TRANSPORTS.map((transport) => sendOver(transport, app, query, variables)));
    for (const [i, { status, body }] of answers.entries()) {
      expect({ transport: TRANSPORTS[i], data: body.data }).toEqual({ transport: TRANSPORTS[i], data: undefined });
      expect(body.errors?.[0].message).toMatch(message);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: limit } });
      if (status !== undefined) expect(status).toBe(400);
    }
    // The same refusal, word for word, whichever way it came.
    for (const { body } of answers) expect(body.errors).toEqual(answers[0].body.errors);
  });
});

test('a refused operation reads nothing: the refusal comes before any statement', async () => {
  for (const { query, variables } of PROBES) {
    const before = app.statements.length;
    const { body } = await app.post(query, variables);
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(app.statements.slice(before)).toEqual([]);
  }
});

test("the issue's five-level nested query is refused at once, with what it would have cost", async () => {
  const took: number[] = [];
  let body;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    ({ body } = await app.post(FIVE_LEVELS));
    took.push(performance.now() - started);
  }
  expect(body!.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'depth', max: 9, found: 16 }, cost: { requested: 10_202_020_201 } });
  expect(Math.min(...took)).toBeLessThan(50);
  // Over the real-time transports too, figures included.
  for (const transport of ['ws', 'sse'] as const) {
    expect((await sendOver(transport, app, FIVE_LEVELS)).body.errors?.[0]).toEqual(body!.errors?.[0]);
  }
});

test('the directory query and the committed operations run within every limit and report their cost', async () => {
  for (const name of ['Directory', 'StationPage', 'NetworkStats']) {
    const variables = name === 'NetworkStats' ? undefined : { first: 100 };
    const result = await app.query(operation(name), variables);
    expect({ name, errors: result.errors }).toEqual({ name, errors: undefined });
    const cost = (result as { extensions?: { cost?: { requested: number; actual: number } } }).extensions?.cost;
    expect(cost?.requested).toBeLessThanOrEqual(5000);
    expect(cost?.actual).toBeGreaterThan(0);
    expect(cost?.actual).toBeLessThanOrEqual(cost!.requested);
  }
  // The partner client's documents, at their largest pages.
  const client = (file: string) => fs.readFileSync(path.resolve(__dirname, '../client/operations', file), 'utf8');
  const announcements = client('Announcements.graphql');
  for (const [document, variables, operationName] of [
    [client('PartnerDirectory.graphql'), { first: 100 }, undefined],
    [announcements, { first: 100 }, undefined],
    [client('IssuePartnerKey.graphql'), { nameContains: '大学' }, 'OrganizationsNamed'],
  ] as const) {
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: document, variables, operationName }) });
    const result = (await response.json()) as { errors?: unknown; extensions?: { cost?: unknown } };
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.cost).toEqual({ requested: expect.any(Number), actual: expect.any(Number) });
  }
  // The subscription the client sends (with its fragment, as codegen's document carries it) passes the limits.
  const subscription = `${client('AnnouncementPublished.graphql')}\n${announcements.slice(announcements.indexOf('fragment AnnouncementSummary'))}`;
  const subscriber = await subscribed(app, subscription, {}, { transport: 'ws' });
  await subscriber.close();
}, 30_000);

test('extensions.cost is reported over every transport: requested before, actual once executed', async () => {
  const answers = await Promise.all(TRANSPORTS.map((transport) => sendOver(transport, app, PEER_QUERY)));
  for (const { body } of answers) {
    expect(body.errors).toBeUndefined();
    // 1 + 64 × (1 + (1 + 20) + (1 + 10)) asked; the seeded network has fewer talents and partners per station.
    expect(body.extensions?.cost.requested).toBe(2113);
    expect(body.extensions?.cost.actual).toBe(countNodes(dataOf(body)));
  }
  for (const { body } of answers) expect(body.extensions).toEqual(answers[0].body.extensions);
});

/** The same count, done by hand over the peer query's answer: each connection 1, each node 1. */
function countNodes(data: any): number {
  let nodes = 1;
  for (const { node } of data.stations.edges) nodes += 1 + 1 + node.talents.edges.length + 1 + node.partners.edges.length;
  return nodes;
}

test("operationCost gives GitHub's node and fetch counts (fetches are what rate limits charge by)", async () => {
  const schema = await buildAppSchema();
  // A page of 64 stations with their talents and partners: 1 + 64 + 64 = 129 fetches.
  expect(operationCost(schema, parse(PEER_QUERY))).toEqual({ nodes: 2113, fetches: 129 });
  // Variables and the operation name count: $first is 10 here, the other operation is not measured.
  const document = parse('query A($first: Int) { stations(first: $first) { edges { node { talents(first: 5) { totalCount } } } } } query B { networkStats { stations } }');
  expect(operationCost(schema, document, { first: 10 }, 'A')).toEqual({ nodes: 1 + 10 * (1 + 1 + 5), fetches: 1 + 10 });
  expect(operationCost(schema, document, {}, 'B')).toEqual({ nodes: 1, fetches: 0 });
  // The default page (20) when neither first nor last is given; nodes(ids:) counts its ids.
  expect(operationCost(schema, parse('{ stations { totalCount } }'))).toEqual({ nodes: 21, fetches: 1 });
  expect(operationCost(schema, parse('query($ids: [ID!]!) { nodes(ids: $ids) { id } }'), { ids: ['a', 'b', 'c'] })).toEqual({ nodes: 3, fetches: 1 });
});
