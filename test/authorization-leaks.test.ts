/**
 * No leaks: a partner or an anonymous caller never reads a talent's contact details or a review's
 * opinion, whichever way they ask: the root list, a nested list, node(id), or a count that would
 * betray hidden rows. STAFF, asking the same queries, do see them (so each check can fail).
 */
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';

let app: TestApp;
let callers: { label: string; options: { token?: string; anonymous?: boolean } }[];
let staff: { token: string };
/** A talent with contact details engaged at a station, and an approved (public) application's review. */
let talentId: string;
let stationId: string;
let applicationId: string;
let reviewId: string;

beforeAll(async () => {
  app = await startTestApp('authorization_leaks');
  staff = { token: await app.tokenFor('staff') };
  callers = [
    { label: 'anonymous', options: { anonymous: true } },
    { label: 'partner', options: { token: await app.tokenFor('partner') } },
  ];
  const [engaged] = await app.dataSource.query('SELECT MIN(e.station_id) AS station FROM engagement e WHERE e.station_id IS NOT NULL');
  stationId = toGlobalId('Station', Number(engaged.station));
  const talent = dataOf(await app.query('mutation($input: CreateTalentInput!) { createTalent(input: $input) { talent { id } } }', { input: { name: 'Contactable', country: 'US', degree: 'DOCTORATE', email: 'leak@example.org', phone: '+1 555 0100' } }, staff)).createTalent.talent.id;
  dataOf(await app.query('mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { engagement { id } } }', { input: { talentId: talent, stationId, role: 'RESEARCHER', startedOn: '2026-01-01' } }, staff));
  talentId = talent;
  const [review] = await app.dataSource.query("SELECT r.id, r.application_id FROM application_review r JOIN station_application a ON a.id = r.application_id WHERE a.status = 'APPROVED' AND r.opinion IS NOT NULL ORDER BY r.id LIMIT 1");
  applicationId = toGlobalId('StationApplication', Number(review.application_id));
  reviewId = toGlobalId('ApplicationReview', Number(review.id));
});
afterAll(async () => {
  await app?.stop();
});

const CONTACT_QUERIES: Record<string, string> = {
  'root list': '{ talents(first: 100, orderBy: { field: ID, direction: DESC }) { edges { node { id email phone } } } }',
  'nested list': `query { node(id: "STATION") { ... on Station { talents(first: 100) { edges { node { id email phone } } } } } }`,
  'node(id)': `query { node(id: "TALENT") { ... on Talent { id email phone } } }`,
  'nodes(ids)': `query { nodes(ids: ["TALENT"]) { ... on Talent { id email phone } } }`,
};

/** Every email and phone value anywhere in a response. */
function contacts(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => contacts(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'email' || key === 'phone') && inner !== null) found.push(String(inner));
      else contacts(inner, found);
    }
  }
  return found;
}

test.each(Object.keys(CONTACT_QUERIES))("a talent's contact details through the %s: STAFF see them, partners and anonymous callers never", async (way) => {
  const query = CONTACT_QUERIES[way].replace('STATION', stationId).replace(/TALENT/g, talentId);
  expect(contacts(dataOf(await app.query(query, undefined, staff)))).toEqual(expect.arrayContaining(['leak@example.org', '+1 555 0100']));
  for (const caller of callers) expect({ caller: caller.label, found: contacts(dataOf(await app.query(query, undefined, caller.options))) }).toEqual({ caller: caller.label, found: [] });
});

const REVIEW_QUERIES: Record<string, string> = {
  'the application\'s reviews': `query { node(id: "APPLICATION") { ... on StationApplication { reviews(first: 10) { totalCount edges { node { id opinion score } } } } } }`,
  'node(id)': `query { node(id: "REVIEW") { ... on ApplicationReview { id opinion score } } }`,
  'the expert\'s reviews': `query { node(id: "REVIEW") { ... on ApplicationReview { expert { reviews(first: 10) { edges { node { opinion } } } } } } }`,
};

/** Every opinion and score anywhere in a response, and every totalCount. */
function reviewData(value: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((item) => reviewData(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'opinion' || key === 'score') && inner !== null) found.push(inner);
      else if (key === 'totalCount' && inner !== 0) found.push(`totalCount ${inner}`);
      else reviewData(inner, found);
    }
  }
  return found;
}

test.each(Object.keys(REVIEW_QUERIES))("a review's opinion and score through %s: STAFF see them, partners and anonymous callers never, not even as a count", async (way) => {
  const query = REVIEW_QUERIES[way].replace('APPLICATION', applicationId).replace(/REVIEW/g, reviewId);
  const forStaff = dataOf(await app.query(query, undefined, staff));
  expect(reviewData(forStaff).length).toBeGreaterThan(0);
  for (const caller of callers) expect({ caller: caller.label, found: reviewData(dataOf(await app.query(query, undefined, caller.options))) }).toEqual({ caller: caller.label, found: [] });
});

test('the public application itself stays visible to them: only its reviews are hidden', async () => {
  for (const caller of callers) {
    const data = dataOf(await app.query(`query { node(id: "${applicationId}") { ... on StationApplication { id status conclusion } } }`, undefined, caller.options));
    expect(data.node).toMatchObject({ id: applicationId, status: 'APPROVED', conclusion: null });
  }
});
