/**
 * GraphiQL and the schema map in a real browser (Debian's Chromium driven by playwright-core),
 * against a real server: sign in from the form, run the directory query, run a subscription and see
 * an event arrive, draw the schema map. Every request the pages make is recorded, and any that
 * leaves localhost fails the test. Screenshots go to a temporary folder; with UPDATE_SCREENSHOTS=1
 * they replace docs/img/'s (the README shows them; `npm run screenshots` does that): a test run never
 * rewrites tracked files.
 *
 * Needs /usr/bin/chromium (.ci/run installs it); without it the tests are skipped with a line saying
 * so (test/support/requirements.ts), or fail with REQUIRE_CHROMIUM=1 or CI=1.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { dataOf, startTestApp, TestApp } from './support/app';
import { describeNeeding, type Requirement } from './support/requirements';
import { eventually } from './support/realtime';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? path.resolve(__dirname, '../docs/img') : mkdtempSync(path.join(os.tmpdir(), 'haizhi-screenshots-'));
const DIRECTORY = readFileSync(path.resolve(__dirname, '../schema/operations/Directory.graphql'), 'utf8');
const SUBSCRIBE = `subscription Announcements {
  announcementPublished { cursor announcement { id title kind } }
}`;
const PUBLISH = `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }`;

const chromiumInstalled: Requirement = {
  flag: 'REQUIRE_CHROMIUM',
  missing: existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium fonts-wqy-zenhei (.ci/run does this)`,
};
const describeInBrowser = (name: string, fn: () => void) => describeNeeding(chromiumInstalled, name, fn);

/** Loopback only: the page may talk to this server and to nothing else. */
function leavesLocalhost(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return false;
  const { hostname } = new URL(url);
  return !['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

describeInBrowser('GraphiQL and the schema map in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  /** Every URL the pages and their workers asked for, WebSockets included. */
  const requested: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp('graphiql_browser');
    origin = new URL(app.url).origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    context.on('request', (request) => requested.push(request.url()));
    page = await context.newPage();
    page.on('websocket', (socket) => requested.push(socket.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    watchConsole(page);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  /**
   * Errors and warnings on a page's console count as failures: the browser reports breaches of the
   * Content-Security-Policy there (a request to another host), and GraphiQL reports features that
   * broke (prettify, for one, warns instead of throwing).
   */
  function watchConsole(target: Page): void {
    target.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') pageErrors.push(`console ${message.type()}: ${message.text()}`);
    });
  }

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /**
   * Replaces what the query editor holds with the operation on one line: Monaco handles inserted text
   * as typing, and a typed line break re-indents and auto-closes brackets. Then waits for the tab to
   * take the operation's name: GraphiQL parses the editor a moment after an edit, and picks HTTP or
   * the WebSocket from that parse.
   */
  async function setQuery(text: string, operationName: string): Promise<void> {
    const oneLine = text.replace(/#.*$/gm, '').replace(/\s+/g, ' ').trim();
    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(oneLine);
    await page.locator('.graphiql-tab').getByText(operationName, { exact: true }).waitFor();
  }

  async function run(): Promise<void> {
    await page.locator('.graphiql-execute-button').click();
  }

  const response = () => page.locator('.graphiql-response .monaco-editor .view-lines');

  test('signs in from the form, which fills the Authorization header', async () => {
    await page.goto(`${origin}/graphiql`);
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Show Sign in' }).click();
    await page.locator('.haizhi-login input[name=email]').fill('staff@demo.haizhi');
    await page.locator('.haizhi-login input[name=password]').fill('demo-password');
    await page.locator('.haizhi-login button[type=submit]').click();
    await page.getByText('Signed in as staff@demo.haizhi (STAFF)').waitFor();
    await page.getByText('Bearer ').first().waitFor();
    // The header goes with the next operation: the server sees staff.
    await setQuery('query Me { viewer { role credential } }', 'Me');
    await run();
    await response().getByText('"role": "STAFF"').waitFor({ timeout: 15_000 });
  });

  test('runs the directory query and shows its result', async () => {
    // As GraphiQL asks it: signed in as staff.
    const expected = dataOf(await app.query(DIRECTORY, {}, { token: await app.tokenFor('staff') })).stations;
    await setQuery(DIRECTORY, 'Directory');
    await run();
    await response().getByText(`"totalCount": ${expected.totalCount}`).first().waitFor({ timeout: 15_000 });
    // Monaco splits wide (Chinese) text into several spans: the first station is found by its id.
    await response().getByText(`"${expected.edges[0].node.id}"`).first().waitFor();
    // For the screenshot: the operation laid out again, and the docs explorer open.
    await page.getByRole('button', { name: /^Prettify/ }).click();
    // Prettier loads on demand: the operation is laid out when it spans more than one line.
    await page.locator('.graphiql-query-editor .line-numbers').getByText('2', { exact: true }).waitFor();
    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('Control+Home');
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql.png') });
  });

  test('runs a subscription over the WebSocket and shows an event published over HTTP', async () => {
    const staff = await app.tokenFor('staff');
    const before = app.realtime.stats().streamsStarted;
    await setQuery(SUBSCRIBE, 'Announcements');
    await run();
    await eventually(() => app.realtime.stats().streamsStarted > before, 10_000, 'GraphiQL to subscribe');
    const title = `GraphiQL sees this ${Math.random().toString(36).slice(2, 8)}`;
    const input = { kind: 'NEED', title, body: '寻找海外专家。' };
    dataOf(await app.query(PUBLISH, { input }, { token: staff }));
    await response().getByText(title).waitFor({ timeout: 15_000 });
    expect(requested.some((url) => url.startsWith(`${origin.replace(/^http/, 'ws')}/graphql`))).toBe(true);
  });

  test('keeps a history of the operations run', async () => {
    await page.getByRole('button', { name: 'Show History' }).click();
    const history = page.locator('.graphiql-history');
    for (const name of ['Me', 'Directory', 'Announcements']) await history.getByText(name, { exact: true }).first().waitFor();
  });

  test('draws the schema map', async () => {
    const map = await context.newPage();
    map.on('websocket', (socket) => requested.push(socket.url()));
    map.on('pageerror', (error) => pageErrors.push(error.message));
    watchConsole(map);
    await map.goto(`${origin}/voyager`);
    // Voyager lays the graph out with Graphviz in the page; the type nodes appear when it is done.
    await map.locator('svg g.node').first().waitFor({ timeout: 60_000 });
    // Picking a type in the list brings it to the middle with its relations highlighted.
    await map.locator('a.type-name', { hasText: /^Station$/ }).click();
    await map.locator('.doc-panel').getByText('hostUnit', { exact: true }).waitFor();
    await map.locator('svg g.node.selected').waitFor();
    await map.waitForTimeout(1000);
    await map.screenshot({ path: path.join(SCREENSHOTS, 'schema-map.png') });
    await map.close();
  });

  test('no request left localhost; the pages threw nothing and logged no error or warning (a breach of their Content-Security-Policy among them)', () => {
    // The recorder saw the pages, Monaco's workers and the WebSocket, so it would see a CDN too.
    expect(requested).toEqual(expect.arrayContaining([`${origin}/graphiql`, `${origin}/voyager`, `${origin}/graphiql/assets/graphql.worker.js`]));
    expect(requested.some((url) => url.startsWith('ws://'))).toBe(true);
    expect(requested.filter(leavesLocalhost)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
