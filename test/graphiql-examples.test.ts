/**
 * The tabs GraphiQL opens with (src/graphiql/browser/examples.ts) are examples staff copy: each must
 * be valid against the schema and answer with data when run as its comments say, including the
 * two-step ones (find an id, then suggest for it).
 */
import { parse, validate, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_TABS } from '../src/graphiql/browser/examples';
import { buildAppSchema } from '../src/schema';
import { dataOf, startTestApp, TestApp } from './support/app';

let app: TestApp;
let staff: string;
beforeAll(async () => {
  app = await startTestApp('graphiql_examples');
  staff = await app.tokenFor('staff');
});
afterAll(async () => {
  await app?.stop();
});

const operationsOf = (query: string) => parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition').map((d) => d.name!.value);

test('every tab is valid against the schema, and names each of its operations', async () => {
  const schema = await buildAppSchema();
  expect(DEFAULT_TABS.map((tab) => operationsOf(tab.query))).toEqual([
    ['Stations'],
    ['ApplicationReviews'],
    ['Search'],
    ['Announcements'],
    ['SuggestTalents'],
    ['FindStation', 'SuggestPartners'],
    ['FindApplication', 'SuggestReviewers'],
  ]);
  for (const tab of DEFAULT_TABS) expect(validate(schema, parse(tab.query))).toEqual([]);
});

test('the one-step tabs answer with data, as staff', async () => {
  const [stations, reviews, search, , talents] = DEFAULT_TABS;
  expect((await runNamed(stations.query, 'Stations')).stations.edges.length).toBeGreaterThan(0);
  // Staff see the conclusion and every expert's score and opinion.
  const applications = (await runNamed(reviews.query, 'ApplicationReviews')).stationApplications.edges;
  expect(applications.length).toBeGreaterThan(0);
  for (const { node } of applications) {
    expect(node.conclusion).toEqual(expect.any(String));
    expect(node.reviews.edges.length).toBeGreaterThan(0);
    expect(node.reviews.edges[0].node).toMatchObject({ score: expect.any(Number), expert: { name: expect.any(String) } });
  }
  const found = await runNamed(search.query, 'Search', JSON.parse(search.variables!));
  expect(found.search.edges[0].highlights.length).toBeGreaterThan(0);
  const suggested = await runNamed(talents.query, 'SuggestTalents');
  expect(suggested.suggestTalents.edges[0]).toMatchObject({ node: { name: 'David Heath' } });
  expect(suggested.suggestTalents.edges[0].reasons.length).toBeGreaterThan(0);
});

test('the two-step tabs: the id the first operation finds makes the second answer', async () => {
  const [, , , , , partners, reviewers] = DEFAULT_TABS;
  const station = (await runNamed(partners.query, 'FindStation')).search.edges[0].node.id;
  expect((await runNamed(partners.query, 'SuggestPartners', { stationId: station })).suggestPartners.edges.length).toBeGreaterThan(0);
  const application = (await runNamed(reviewers.query, 'FindApplication')).stationApplications.edges[0].node.id;
  const suggested = (await runNamed(reviewers.query, 'SuggestReviewers', { applicationId: application })).suggestReviewers;
  expect(suggested.edges.length + suggested.excluded.length).toBeGreaterThan(0);
});

/** A document with several operations runs the one named (as GraphiQL does when its cursor is in it). */
async function runNamed(query: string, operationName: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${staff}` },
    body: JSON.stringify({ query, operationName, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  expect({ operationName, errors: body.errors }).toEqual({ operationName, errors: undefined });
  return body.data;
}
