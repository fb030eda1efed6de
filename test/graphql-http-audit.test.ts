/**
 * graphql-http's audit suite (the GraphQL-over-HTTP spec's conformance checks, MUST, SHOULD and
 * MAY) against a started server over real HTTP. Every audit passes.
 *
 * One requirement of issue 12 meets three MAY audits head on: CSRF prevention stays on, so a GET
 * without a JSON Content-Type or a preflight header (what any web page can make a browser send) is
 * refused. Those three audits send exactly such GETs. The suite therefore runs as a non-browser
 * client does, with `apollo-require-preflight` on its requests, and a second test pins down that
 * without the header those three, and only those, are refused.
 */
import { serverAudits } from 'graphql-http';
import type { Audit, AuditResult } from 'graphql-http';
import { startTestApp, TestApp } from './support/app';

/** The GETs CSRF prevention refuses when they come without a preflight header. */
const SIMPLE_GETS = [
  'MAY accept application/x-www-form-urlencoded formatted GET requests',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp('graphql_http_audit', { seed: false });
});
afterAll(async () => {
  await app?.stop();
});

type Failed = Exclude<AuditResult, { status: 'ok' }>;
const failed = (results: AuditResult[]) => results.filter((result): result is Failed => result.status !== 'ok');

/** Each audit that did not pass, with why and what the server answered. */
async function failures(results: AuditResult[]): Promise<string[]> {
  return Promise.all(failed(results).map(async (result) => `${result.status} ${result.name}: ${result.reason} (${result.response.status} ${await result.response.text().catch(() => '')})`));
}

const withPreflightHeader = (input: string | URL | Request, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set('apollo-require-preflight', 'true');
  return fetch(input, { ...init, headers });
};

// The audits are listed before the server starts (their URL is read when each runs), so the test
// names can carry the count.
const audits = serverAudits({ url: () => app.url, fetchFn: withPreflightHeader });
const plainAudits = serverAudits({ url: () => app.url });
const run = (list: Audit[]) => Promise.all(list.map((audit) => audit.fn()));

test(`${audits.length}/${audits.length} audits pass: MUST, SHOULD and MAY (requests carrying a CSRF preflight header)`, async () => {
  const results = await run(audits);
  expect(await failures(results)).toEqual([]);
  expect(results.filter((result) => result.status === 'ok')).toHaveLength(audits.length);
});

test(`${plainAudits.length - SIMPLE_GETS.length}/${plainAudits.length} pass without the preflight header: CSRF prevention refuses the ${SIMPLE_GETS.length} simple GETs, and only those`, async () => {
  const refused = failed(await run(plainAudits));
  expect(refused.map((result) => result.name).sort()).toEqual([...SIMPLE_GETS].sort());
  for (const result of refused) {
    expect(result.response.status).toBe(400);
    expect(await result.response.text()).toMatch(/Cross-Site Request Forgery/);
  }
});
