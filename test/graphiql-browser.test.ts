/**
 * GraphiQL and the schema map in a real browser (Debian's Chromium driven by playwright-core),
 * against a real server: the page in Chinese with the Explorer, sign-in kept across reloads and
 * tabs, Chinese drawn with the bundled Noto Sans SC (this machine has no CJK font of its own, on
 * purpose: what draws Chinese here is the font the page brings), Monaco without frames around
 * full-width punctuation, the directory query, a subscription seeing an event arrive, the schema
 * map. Every request the pages make is recorded, and any that leaves localhost fails the test.
 * Pictures for the README are taken by `npm run screenshots` (scripts/screenshots.mjs), not here.
 *
 * Needs /usr/bin/chromium (.ci/run installs it); without it the tests are skipped with a line saying
 * so (test/support/requirements.ts), or fail with REQUIRE_CHROMIUM=1 or CI=1.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_TABS } from '../src/graphiql/browser/examples';
import { dataOf, startTestApp, TestApp } from './support/app';
import { describeInBrowser, launchChromium, leavesLocalhost } from './support/browser';
import { eventually } from './support/realtime';

// Code run in the page (page.evaluate) names the browser's globals; the tests' tsconfig has no DOM types.
declare const document: any;
declare const localStorage: any;

const DIRECTORY = readFileSync(path.resolve(__dirname, '../schema/operations/Directory.graphql'), 'utf8');
const SUBSCRIBE = DEFAULT_TABS.find((tab) => /^subscription Announcements\b/m.test(tab.query))!.query;
const PUBLISH = `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }`;
const SESSION_KEY = 'haizhi:session';


describeInBrowser('GraphiQL and the schema map in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  /** Every URL the pages and their workers asked for, WebSockets included. */
  const requested: string[] = [];
  const pageErrors: string[] = [];
  /** Console lines a test provokes on purpose (the browser logs a refused request as an error). */
  const expectedConsole: RegExp[] = [];

  beforeAll(async () => {
    app = await startTestApp('graphiql_browser');
    origin = new URL(app.url).origin;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    context.on('request', (request) => requested.push(request.url()));
    page = await openPage();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** A tab of the shared browser profile (same local storage), watched like the first. */
  async function openPage(): Promise<Page> {
    const opened = await context.newPage();
    opened.on('websocket', (socket) => requested.push(socket.url()));
    opened.on('pageerror', (error) => pageErrors.push(error.message));
    // Errors and warnings on a page's console count as failures: the browser reports breaches of the
    // Content-Security-Policy there (a request to another host), and GraphiQL reports features that
    // broke (prettify, for one, warns instead of throwing).
    opened.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      if (expectedConsole.some((pattern) => pattern.test(message.text()))) return;
      pageErrors.push(`console ${message.type()}: ${message.text()}`);
    });
    return opened;
  }

  async function openGraphiQL(target: Page): Promise<void> {
    await target.goto(`${origin}/graphiql`);
    await target.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });
  }

  /**
   * Replaces what the query editor holds with the operation on one line: Monaco handles inserted text
   * as typing, and a typed line break re-indents and auto-closes brackets. Then waits for the active
   * tab to take the operation's name (a saved tab may bear it too): GraphiQL parses the editor a
   * moment after an edit, and picks HTTP or the WebSocket from that parse.
   */
  async function setQuery(text: string, operationName: string, target = page): Promise<void> {
    const oneLine = text.replace(/#.*$/gm, '').replace(/\s+/g, ' ').trim();
    await target.locator('.graphiql-query-editor .monaco-editor').click();
    await target.keyboard.press('Control+A');
    await target.keyboard.press('Delete');
    await target.keyboard.insertText(oneLine);
    await target.locator('.graphiql-tab-active').getByText(operationName, { exact: true }).waitFor();
  }

  async function run(target = page): Promise<void> {
    await target.locator('.graphiql-execute-button').click();
  }

  const response = (target = page) => target.locator('.graphiql-response .monaco-editor .view-lines');
  const signedIn = (target: Page, yes: boolean) => target.locator(`.haizhi-session[data-signed-in=${yes ? 'yes' : 'no'}]`).waitFor();

  /** Who the server saw on a `viewer` query run from GraphiQL in `target`: staff, or nobody (null). */
  async function viewerRole(target: Page, role: 'STAFF' | 'ANONYMOUS'): Promise<void> {
    await setQuery('query Me { viewer { role } }', 'Me', target);
    // The answer of a previous run must not pass for this one.
    await target.evaluate(() => {
      const monaco = (globalThis as any).__MONACO;
      monaco.editor.getEditors().find((editor: any) => editor.getContainerDomNode().closest('.graphiql-response'))!.setValue('');
    });
    await run(target);
    await response(target).getByText(role === 'STAFF' ? '"role": "STAFF"' : '"viewer": null').waitFor({ timeout: 15_000 });
  }

  /** Opens the sign-in pane, unless it is open already (GraphiQL remembers the open pane in local storage, for every tab). */
  async function openSignIn(target: Page): Promise<void> {
    await target.locator('.graphiql-sidebar').waitFor();
    if (!(await target.locator('.haizhi-login').isVisible())) await target.getByRole('button', { name: 'Show 登录 Sign in' }).click();
  }

  async function signInFromTheForm(target: Page): Promise<void> {
    await openSignIn(target);
    await target.locator('.haizhi-login input[name=email]').fill('staff@demo.haizhi');
    await target.locator('.haizhi-login input[name=password]').fill('demo-password');
    await target.locator('.haizhi-login button[type=submit]').click();
    await target.locator('.haizhi-login [role=status]').getByText('已登录 Signed in: staff@demo.haizhi (STAFF)').waitFor();
    await signedIn(target, true);
  }

  // The slices carry the name of the variable font they were cut from ("Noto Sans SC Thin").
  const noto = { familyName: expect.stringMatching(/^Noto Sans SC\b/), isCustomFont: true };

  /** The fonts Chromium drew the text of the first element `selector` matches with (DevTools' "Rendered Fonts"). */
  async function fontsOf(target: Page, selector: string): Promise<{ familyName: string; glyphCount: number; isCustomFont: boolean }[]> {
    const cdp = await context.newCDPSession(target);
    try {
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      expect(nodeId).toBeGreaterThan(0);
      return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
    } finally {
      await cdp.detach();
    }
  }

  /** Marks the first element under `scope` whose own text has Chinese characters, for fontsOf; returns that text. */
  const markChinese = (target: Page, scope: string) =>
    target.evaluate((within) => {
      const han = /[\u4e00-\u9fff]/;
      const element = [...document.querySelectorAll(`${within} *`)].find((e: any) => [...e.childNodes].some((n: any) => n.nodeType === 3 && han.test(n.textContent)));
      element?.setAttribute('data-probe', 'cjk');
      return (element?.textContent ?? '') as string;
    }, scope);

  const storedSession = (target = page) => target.evaluate((key) => localStorage.getItem(key), SESSION_KEY);

  test('the page is in Chinese (lang zh-CN), has the Explorer, and links the exports and the dashboard', async () => {
    await openGraphiQL(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toContain('海智网络');
    await page.getByRole('button', { name: 'Show 查询构建器 Explorer' }).click();
    // The Explorer lists the root fields from the schema: clicking one adds it to the operation.
    const explorer = page.locator('.graphiql-explorer-root');
    await explorer.getByText('stationApplications', { exact: true }).waitFor();
    await explorer.getByText('networkStats', { exact: true }).click();
    await page.locator('.graphiql-query-editor .view-lines').getByText('networkStats').waitFor();
    const links = page.locator('.haizhi-top-bar a');
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => (a as unknown as { href: string }).href));
    expect(hrefs).toEqual(expect.arrayContaining([`${origin}/export`, `${origin}/dashboard`]));
    await page.getByRole('button', { name: 'Hide 查询构建器 Explorer' }).click();
  });

  test('signs in from the form: the session is stored under haizhi:session and sent with every request', async () => {
    await viewerRole(page, 'ANONYMOUS');
    await signInFromTheForm(page);
    const session = JSON.parse((await storedSession())!);
    expect(Object.keys(session).sort()).toEqual(['email', 'expiresAt', 'role', 'token']);
    expect(session).toMatchObject({ email: 'staff@demo.haizhi', role: 'STAFF', token: expect.stringMatching(/^ey/) });
    // The token's own expiry (JWT_TTL, 12 h by default), as an ISO string.
    expect(new Date(session.expiresAt).toISOString()).toBe(session.expiresAt);
    expect(Date.parse(session.expiresAt) - Date.now()).toBeGreaterThan(11 * 3600_000);
    // Nothing typed into the headers editor: the stored sign-in goes with the request.
    await viewerRole(page, 'STAFF');
  });

  test('the sign-in survives a reload and reaches a second tab; signing out in one tab signs out the other', async () => {
    await openGraphiQL(page);
    await signedIn(page, true);
    await viewerRole(page, 'STAFF');

    const second = await openPage();
    await openGraphiQL(second);
    await signedIn(second, true);
    await viewerRole(second, 'STAFF');

    await openSignIn(second);
    await second.getByRole('button', { name: '退出 Sign out' }).click();
    expect(await storedSession(second)).toBeNull();
    // The first tab hears of it through the storage event, without a reload.
    await signedIn(page, false);
    await viewerRole(page, 'ANONYMOUS');

    // And the other way round: signing in in the first tab signs in the second.
    await signInFromTheForm(page);
    await signedIn(second, true);
    await viewerRole(second, 'STAFF');
    await second.close();
  });

  test('an expired session is dropped on load, and one the server refuses (401) is dropped on the request', async () => {
    const good = (await storedSession())!;
    const expired = { ...JSON.parse(good), expiresAt: new Date(Date.now() - 60_000).toISOString() };
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SESSION_KEY, JSON.stringify(expired)]);
    await openGraphiQL(page);
    await signedIn(page, false);
    expect(await storedSession()).toBeNull();
    await signInFromTheForm(page);

    // Unexpired by its date, but not a token the server accepts (revoked, or the secret changed):
    // stored while the page is open, so the next request is the first to carry it.
    const refused = { ...JSON.parse(good), token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.not-a-signature' };
    expectedConsole.push(/status of 401/);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SESSION_KEY, JSON.stringify(refused)]);
    await setQuery('query Me { viewer { role } }', 'Me');
    await run();
    await signedIn(page, false);
    expect(await storedSession()).toBeNull();
    // Signed out, the next request goes without the refused token and is answered.
    await viewerRole(page, 'ANONYMOUS');
    expectedConsole.pop();
    await signInFromTheForm(page);
  });

  test('runs the directory query and shows its Chinese answer', async () => {
    // As GraphiQL asks it: signed in as staff.
    const expected = dataOf(await app.query(DIRECTORY, {}, { token: await app.tokenFor('staff') })).stations;
    await setQuery(DIRECTORY, 'Directory');
    await run();
    await response().getByText(`"totalCount": ${expected.totalCount}`).first().waitFor({ timeout: 15_000 });
    // Monaco splits wide (Chinese) text into several spans: the first station is found by its id.
    await response().getByText(`"${expected.edges[0].node.id}"`).first().waitFor();
    await page.getByRole('button', { name: /^Prettify/ }).click();
    // Prettier loads on demand: the operation is laid out when it spans more than one line.
    await page.locator('.graphiql-query-editor .line-numbers').getByText('2', { exact: true }).waitFor();
  });

  test('Chinese is drawn with the bundled Noto Sans SC, in the editors and in the interface', async () => {
    await page.evaluate(() => document.fonts.ready);
    // 1. The font draws Chinese: two different characters make two different pictures, and neither
    // is the box drawn for a character no font has (U+FFFF); each is one em wide, as CJK glyphs are.
    // Missing glyphs would all be the same box.
    const drawn = await page.evaluate(async () => {
      const font = '48px "Noto Sans SC"';
      await document.fonts.load(font, '海智网络');
      const picture = (text: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 64;
        const context = canvas.getContext('2d')!;
        context.font = font;
        context.fillText(text, 4, 52);
        return { pixels: Array.from(context.getImageData(0, 0, 64, 64).data.filter((_: number, i: number) => i % 4 === 3)).join(','), width: context.measureText(text).width };
      };
      const [hai, zhi, none] = [picture('海'), picture('智'), picture('\uffff')];
      return { haiIsZhi: hai.pixels === zhi.pixels, haiIsBox: hai.pixels === none.pixels, zhiIsBox: zhi.pixels === none.pixels, inked: hai.pixels.split(',').some((a) => a !== '0'), width: picture('海智网络').width, check: document.fonts.check(font, '海智网络') };
    });
    expect(drawn).toEqual({ haiIsZhi: false, haiIsBox: false, zhiIsBox: false, inked: true, width: expect.closeTo(4 * 48, 1), check: true });

    // 2. The page uses it: Chromium reports which font drew each node's text.
    // A span of the Chinese answer in Monaco's response editor.
    const chinese = await markChinese(page, '.graphiql-response .view-line');
    const hanCount = [...chinese].filter((c) => /[\u4e00-\u9fff]/.test(c)).length;
    expect(hanCount).toBeGreaterThan(0);
    const inEditor = await fontsOf(page, '[data-probe=cjk]');
    expect(inEditor).toEqual(expect.arrayContaining([expect.objectContaining(noto)]));
    expect(inEditor.find((f) => f.familyName.startsWith('Noto Sans SC'))!.glyphCount).toBeGreaterThanOrEqual(hanCount);
    // The interface's own Chinese (the sign-in state in the top bar).
    const inInterface = await fontsOf(page, '.haizhi-session');
    expect(inInterface).toEqual(expect.arrayContaining([expect.objectContaining(noto)]));

    // 3. Lazily: only the unicode-range slices holding characters on screen were fetched.
    const slices = new Set(requested.filter((url) => /\/fonts\/noto-sans-sc\/noto-sans-sc-[\w-]+-400-normal\.woff2$/.test(url)));
    expect(slices.size).toBeGreaterThan(0);
    expect(slices.size).toBeLessThan(40); // of 102
  });

  test('Monaco does not frame full-width punctuation as ambiguous characters', async () => {
    // Monaco leaves quoted strings and comments alone in a trusted (standalone) editor, but frames a
    // block string's full-width brackets next to Latin letters, as in a Chinese description.
    await setQuery('query Ambiguous { search(query: """海智（HAIZHI）重庆""") { totalCount } }', 'Ambiguous');
    const editorSettings = await page.evaluate(() => {
      const monaco = (globalThis as any).__MONACO;
      return monaco.editor.getEditors().map((editor: any) => ({
        ambiguousCharacters: editor.getOption(monaco.editor.EditorOption.unicodeHighlighting).ambiguousCharacters,
        fontFamily: editor.getOption(monaco.editor.EditorOption.fontFamily),
      }));
    });
    // The operation, variables, headers and response editors.
    expect(editorSettings.length).toBe(4);
    for (const settings of editorSettings) expect(settings).toEqual({ ambiguousCharacters: false, fontFamily: '"Fira Code", "Noto Sans SC", monospace' });
    const frames = page.locator('.graphiql-query-editor .unicode-highlight');
    await page.waitForTimeout(1000);
    expect(await frames.count()).toBe(0);
    // That the check can see a frame: with Monaco's default the same line gets them.
    const toggle = (on: boolean) =>
      page.evaluate((value) => {
        const monaco = (globalThis as any).__MONACO;
        for (const editor of monaco.editor.getEditors()) editor.updateOptions({ unicodeHighlight: { ambiguousCharacters: value } });
      }, on);
    await toggle(true);
    await frames.first().waitFor();
    await toggle(false);
    await frames.first().waitFor({ state: 'detached' });
  });

  test('runs the saved subscription tab over the WebSocket and shows an event published over HTTP', async () => {
    const staff = await app.tokenFor('staff');
    const before = app.realtime.stats().streamsStarted;
    // The saved tab, as staff open it.
    await page.locator('.graphiql-tab').getByText('Announcements', { exact: true }).click();
    await page.locator('.graphiql-tab-active').getByText('Announcements', { exact: true }).waitFor();
    await page.locator('.graphiql-query-editor .view-lines').getByText('announcementPublished').waitFor();
    expect(await page.evaluate(() => (globalThis as any).__MONACO.editor.getEditors().find((e: any) => e.getContainerDomNode().closest('.graphiql-query-editor')).getValue())).toBe(SUBSCRIBE);
    // GraphiQL reads the tab's operations a moment after the tab switch; a click before that can
    // run nothing (or open the operation menu of the tab before). The button says Stop once the
    // subscription runs: click again (menu closed) until it does, three times at most.
    const running = page.locator('.graphiql-execute-button[aria-label^="Stop"]');
    for (let clicks = 0; !(await running.isVisible()); clicks++) {
      if (clicks === 3) throw new Error('GraphiQL did not start the saved subscription after three clicks on its run button');
      await page.keyboard.press('Escape');
      await run();
      await running.waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    await eventually(() => app.realtime.stats().streamsStarted > before, 10_000, 'GraphiQL to subscribe');
    const title = `GraphiQL 收到 ${Math.random().toString(36).slice(2, 8)}`;
    const input = { kind: 'NEED', title, body: '寻找海外专家。' };
    dataOf(await app.query(PUBLISH, { input }, { token: staff }));
    await response().getByText(title.split(' ')[1]).waitFor({ timeout: 15_000 });
    expect(requested.some((url) => url.startsWith(`${origin.replace(/^http/, 'ws')}/graphql`))).toBe(true);
  });

  test('keeps a history of the operations run', async () => {
    await page.getByRole('button', { name: 'Show 历史 History' }).click();
    const history = page.locator('.graphiql-history');
    for (const name of ['Me', 'Directory', 'Announcements']) await history.getByText(name, { exact: true }).first().waitFor();
  });

  test('draws the schema map', async () => {
    const map = await openPage();
    await map.goto(`${origin}/voyager`);
    expect(await map.locator('html').getAttribute('lang')).toBe('zh-CN');
    // Voyager lays the graph out with Graphviz in the page; the type nodes appear when it is done.
    await map.locator('svg g.node').first().waitFor({ timeout: 60_000 });
    // Picking a type in the list brings it to the middle with its relations highlighted.
    await map.locator('a.type-name', { hasText: /^Station$/ }).click();
    await map.locator('.doc-panel').getByText('hostUnit', { exact: true }).waitFor();
    await map.locator('svg g.node.selected').waitFor();
    // Its Chinese (the schema's descriptions) is drawn with the bundled font too.
    expect(await markChinese(map, '.doc-panel')).toMatch(/[\u4e00-\u9fff]/);
    await map.evaluate(() => document.fonts.ready);
    expect(await fontsOf(map, '[data-probe=cjk]')).toEqual(expect.arrayContaining([expect.objectContaining(noto)]));
    await map.close();
  });

  test('no request left localhost; the pages threw nothing and logged no error or warning (a breach of their Content-Security-Policy among them)', () => {
    // The recorder saw the pages, Monaco's workers, the font and the WebSocket, so it would see a CDN too.
    expect(requested).toEqual(
      expect.arrayContaining([`${origin}/graphiql`, `${origin}/voyager`, `${origin}/graphiql/assets/graphql.worker.js`, `${origin}/fonts/noto-sans-sc.css`]),
    );
    expect(requested.some((url) => url.startsWith('ws://'))).toBe(true);
    expect(requested.filter(leavesLocalhost)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
