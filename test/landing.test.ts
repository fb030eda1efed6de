/**
 * GET / over real HTTP: a browser gets a page of links in both languages, an API client the same
 * list as JSON; every listed page and health endpoint answers; POST /graphql is untouched.
 */
import { startTestApp, TestApp } from './support/app';

let app: TestApp;
let origin: string;

beforeAll(async () => {
  app = await startTestApp('landing', { seed: false });
  origin = new URL(app.url).origin;
});

afterAll(async () => {
  await app?.stop();
});

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

test('a browser gets a bilingual page linking GraphiQL, the schema map, the dashboard, exports, the docs and health', async () => {
  const response = await fetch(`${origin}/`, { headers: { accept: BROWSER_ACCEPT } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
  expect(response.headers.get('vary')).toMatch(/accept/i);
  // No script may run on it; its styles and font come from this server only.
  expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  const html = await response.text();
  expect(html).toContain('<html lang="zh-CN">');
  const links = [...html.matchAll(/href="\.([^"]+)"/g)].map((match) => match[1]);
  expect(links).toEqual(expect.arrayContaining(['/graphiql', '/voyager', '/dashboard', '/export', '/healthz', '/readyz']));
  for (const [zh, en] of [
    ['数据看板', 'Dashboard'],
    ['接口结构图', 'Schema map'],
    ['数据导出', 'Exports'],
    ['存活检查', 'Liveness'],
    ['文档', 'Docs'],
  ]) {
    expect(html).toContain(zh);
    expect(html).toContain(en);
  }
  expect(html).toContain('docs/api.md');
});

test('an API client (Accept JSON, curl\'s */*, or no Accept) gets the endpoints as JSON', async () => {
  for (const accept of ['application/json', '*/*', undefined]) {
    const response = await fetch(`${origin}/`, { headers: accept ? { accept } : {} });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { graphql: string; pages: { path: string }[]; health: { path: string }[]; docs: { file: string }[] };
    expect(body.graphql).toBe('/graphql');
    expect(body.pages.map((page) => page.path)).toEqual(['/graphiql', '/voyager', '/dashboard', '/export']);
    expect(body.health.map((entry) => entry.path)).toEqual(['/healthz', '/readyz']);
    expect(body.docs.map((doc) => doc.file)).toContain('docs/api.md');
  }
});

test('the pages and health endpoints it lists answer (the exports index excepted: STAFF only, built elsewhere)', async () => {
  for (const path of ['/graphiql', '/voyager', '/dashboard', '/healthz', '/readyz']) {
    const response = await fetch(`${origin}${path}`, { headers: { accept: BROWSER_ACCEPT } });
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
  }
  const dashboard = await fetch(`${origin}/dashboard`);
  expect(dashboard.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
  const dashboardHtml = await dashboard.text();
  expect(dashboardHtml).toContain('<html lang="zh-CN">');
  for (const link of ['./', 'graphiql', 'export']) expect(dashboardHtml).toContain(`href="${link}"`);
  // With a trailing slash the page's relative URLs would miss its assets: sent to /dashboard.
  const slash = await fetch(`${origin}/dashboard/`, { redirect: 'manual' });
  expect(slash.status).toBe(301);
  expect(new URL(slash.headers.get('location')!, `${origin}/dashboard/`).pathname).toBe('/dashboard');
  // The assets the pages name are served, the font among them.
  const css = await (await fetch(`${origin}/fonts/noto-sans-sc.css`)).text();
  const font = /url\((noto-sans-sc\/[^)]+\.woff2)\)/.exec(css)?.[1];
  expect(font).toBeDefined();
  const fontResponse = await fetch(`${origin}/fonts/${font}`);
  expect(fontResponse.status).toBe(200);
  expect(css).not.toMatch(/\.woff\)/);
});

test('a path that is not there is still a 404, and POST /graphql answers as before', async () => {
  expect((await fetch(`${origin}/nothing-here`)).status).toBe(404);
  expect((await fetch(`${origin}/dashboard/assets/missing.js`)).status).toBe(404);
  const { status, body } = await app.post('{ __typename }');
  expect(status).toBe(200);
  expect(body.data).toEqual({ __typename: 'Query' });
});

describe('with GRAPHIQL=off', () => {
  let off: TestApp;
  beforeAll(async () => {
    process.env.GRAPHIQL = 'off';
    try {
      off = await startTestApp('landing_graphiql_off', { seed: false });
    } finally {
      delete process.env.GRAPHIQL;
    }
  });
  afterAll(async () => {
    await off?.stop();
  });

  test('GraphiQL and the schema map are not listed, as they are not served; the dashboard still is', async () => {
    const offOrigin = new URL(off.url).origin;
    const html = await (await fetch(`${offOrigin}/`, { headers: { accept: BROWSER_ACCEPT } })).text();
    expect(html).not.toContain('href="./graphiql"');
    expect(html).not.toContain('href="./voyager"');
    expect(html).toContain('href="./dashboard"');
    const json = (await (await fetch(`${offOrigin}/`, { headers: { accept: 'application/json' } })).json()) as { pages: { path: string }[] };
    expect(json.pages.map((page) => page.path)).toEqual(['/dashboard', '/export']);
    const dashboard = await fetch(`${offOrigin}/dashboard`);
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).not.toContain('href="graphiql"');
  });
});
