/**
 * The dashboard in a real browser (Debian's Chromium driven by playwright-core) against a real,
 * seeded server: every chart draws data from the public API, its Chinese is drawn with the bundled
 * web font (this machine has no CJK fonts), a STAFF sign-in adds the workflow charts and is kept
 * across reloads until it expires, and no request leaves localhost.

 * The README's picture of it is taken by scripts/screenshots.mjs (`npm run screenshots`), not here.
 *
 * Needs /usr/bin/chromium, as test/graphiql-browser.test.ts: skipped with a line saying so without
 * it, failing instead with REQUIRE_CHROMIUM=1 or CI=1.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dataOf, startTestApp, TestApp } from './support/app';
import { describeInBrowser, launchChromium, leavesLocalhost } from './support/browser';

const PUBLIC_PANELS = ['stations-by-district', 'talents-by-country', 'projects-and-funding', 'evaluations-by-grade'];
const STAFF_PANELS = ['applications-by-status', 'reviews-due'];


/** What a panel drew, read in the page: its state, its series' data points, and its canvas's non-blank pixels. */
interface Drawn {
  state: string;
  error?: string;
  points: number;
  inked: number;
  fontFamily?: string;
}

/**
 * The page's globals that the functions given to page.evaluate use: they run in Chromium, while
 * this file is type-checked without the DOM library (declared here, they stay local to this file).
 */
interface InPageCanvas {
  width: number;
  height: number;
  getContext(kind: '2d', options?: { willReadFrequently: boolean }): InPageContext2d | null;
}
interface InPageContext2d {
  font: string;
  clearRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  getImageData(x: number, y: number, width: number, height: number): { data: ArrayLike<number> };
}
declare const window: { haizhiDashboard: { panels: Map<string, { state: string; error?: string; chart?: { getOption(): unknown } }> } };
declare const document: {
  querySelector(selector: string): InPageCanvas | null;
  createElement(tag: 'canvas'): InPageCanvas;
  fonts: { ready: Promise<unknown>; check(font: string, text: string): boolean };
  body: unknown;
};
declare const localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
declare function getComputedStyle(element: unknown): { fontFamily: string };

describeInBrowser('the dashboard in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  const requested: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp('dashboard_browser');
    origin = new URL(app.url).origin;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    context.on('request', (request) => requested.push(request.url()));
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // A breach of the page's Content-Security-Policy is reported on its console.
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') pageErrors.push(`console ${message.type()}: ${message.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function loaded(): Promise<void> {
    await page.locator('body[data-ready="yes"]').waitFor({ timeout: 60_000 });
  }

  /** Each panel the page shows, as drawn. */
  function drawn(): Promise<Record<string, Drawn>> {
    return page.evaluate(() => {
      const result: Record<string, Drawn> = {};
      for (const [id, panel] of window.haizhiDashboard.panels) {
        const option = panel.chart?.getOption() as { series?: { data?: unknown[] }[]; textStyle?: { fontFamily?: string } | { fontFamily?: string }[] } | undefined;
        const points = (option?.series ?? []).reduce((sum, series) => sum + (series.data ?? []).filter((value) => (typeof value === 'number' ? value > 0 : value !== null)).length, 0);
        const canvas = document.querySelector(`section[data-panel="${id}"] canvas`);
        let inked = 0;
        if (canvas) {
          const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          // A pixel drawn on: not transparent and not the white background.
          for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0 && (pixels[i] < 240 || pixels[i + 1] < 240 || pixels[i + 2] < 240)) inked++;
        }
        result[id] = { state: panel.state, error: panel.error, points, inked, fontFamily: (Array.isArray(option?.textStyle) ? option.textStyle[0] : option?.textStyle)?.fontFamily };
      }
      return result;
    });
  }

  function expectDrawn(panels: Record<string, Drawn>, ids: string[]): void {
    for (const id of ids) {
      const panel = panels[id];
      expect({ id, state: panel?.state, error: panel?.error }).toEqual({ id, state: 'drawn', error: undefined });
      expect({ id, hasPoints: panel.points > 0 }).toEqual({ id, hasPoints: true });
      // Axes and labels alone ink a few thousand pixels; bars, lines and slices many more.
      expect({ id, inked: panel.inked > 5_000 }).toEqual({ id, inked: true });
      expect(panel.fontFamily).toContain('Noto Sans SC');
    }
  }

  test('anonymous: the headline figures and every public chart draw data from the API', async () => {
    await page.goto(`${origin}/dashboard`);
    await loaded();
    const figures = dataOf(await app.query('{ networkStats { stations overseasTalents } }', {}, { anonymous: true })).networkStats;
    const tiles = await page.locator('#figures .figure strong').allTextContents();
    expect(tiles).toHaveLength(12);
    expect(tiles[0]).toBe(figures.stations.toLocaleString('zh-CN'));
    expect(tiles[1]).toBe(figures.overseasTalents.toLocaleString('zh-CN'));
    const panels = await drawn();
    expect(Object.keys(panels).sort()).toEqual([...PUBLIC_PANELS].sort());
    expectDrawn(panels, PUBLIC_PANELS);
    // The workflow is offered, not shown.
    await page.locator('#sign-in').waitFor();
    expect(await page.locator('#workflow-hint').isVisible()).toBe(true);
  });

  test('Chinese is drawn with the bundled web font, not as boxes', async () => {
    const glyphs = await page.evaluate(async () => {
      await document.fonts.ready;
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      const draw = (text: string, font: string) => {
        context.clearRect(0, 0, 64, 64);
        context.font = font;
        context.fillText(text, 8, 48);
        return Array.from(context.getImageData(0, 0, 64, 64).data).join(',');
      };
      context.font = '40px "Noto Sans SC"';
      return {
        // The face the page's text needs is loaded, so canvas text (ECharts) uses it.
        loaded: document.fonts.check('40px "Noto Sans SC"', '海智工作站'),
        // Noto Sans SC sets each Chinese character one em wide; a missing glyph's box is narrower.
        width: context.measureText('海智工作站').width,
        // Two different characters drawn differently: boxes would be the same picture.
        differ: draw('海', '40px "Noto Sans SC"') !== draw('站', '40px "Noto Sans SC"'),
        bodyFont: getComputedStyle(document.body).fontFamily,
      };
    });
    expect(glyphs.loaded).toBe(true);
    expect(glyphs.width).toBeCloseTo(200, -1);
    expect(glyphs.differ).toBe(true);
    expect(glyphs.bodyFont).toContain('Noto Sans SC');
    // The font came from this server, a subset at a time.
    expect(requested.some((url) => url.startsWith(`${origin}/fonts/noto-sans-sc/`) && url.endsWith('.woff2'))).toBe(true);
  });

  test('a STAFF sign-in adds applications by status and reviews due, and lasts across a reload', async () => {
    await page.locator('#sign-in input[name=email]').fill('staff@demo.haizhi');
    await page.locator('#sign-in input[name=password]').fill('demo-password');
    await page.locator('#sign-in button[type=submit]').click();
    await page.locator('#who').getByText('staff@demo.haizhi (STAFF)').waitFor();
    await loaded();
    expectDrawn(await drawn(), [...PUBLIC_PANELS, ...STAFF_PANELS]);
    // The counts are what the API tells staff.
    const staff = await app.tokenFor('staff');
    const under = dataOf(await app.query('{ stationApplications(filter: { statuses: [UNDER_REVIEW] }) { totalCount } }', {}, { token: staff })).stationApplications.totalCount;
    const statusData = await page.evaluate(() => (window.haizhiDashboard.panels.get('applications-by-status')!.chart!.getOption() as { series: { data: number[] }[] }).series[0].data);
    expect(statusData[2]).toBe(under);
    // The session is shared with GraphiQL through local storage, and kept on reload.
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('haizhi:session')))!) as { token: string; expiresAt: string; email: string; role: string };
    expect(stored).toEqual({ token: expect.any(String), expiresAt: expect.any(String), email: 'staff@demo.haizhi', role: 'STAFF' });
    expect(Date.parse(stored.expiresAt)).toBeGreaterThan(Date.now());
    await page.reload();
    await loaded();
    expect(Object.keys(await drawn())).toEqual(expect.arrayContaining(STAFF_PANELS));
  });

  test('an expired session is dropped: back to the public charts and the sign-in form', async () => {
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('haizhi:session')!) as Record<string, string>;
      localStorage.setItem('haizhi:session', JSON.stringify({ ...session, expiresAt: new Date(Date.now() - 1000).toISOString() }));
    });
    await page.reload();
    await loaded();
    expect(Object.keys(await drawn()).sort()).toEqual([...PUBLIC_PANELS].sort());
    expect(await page.evaluate(() => localStorage.getItem('haizhi:session'))).toBeNull();
    expect(await page.locator('#sign-in').isVisible()).toBe(true);
  });

  test('a chart whose query fails shows the error in its panel, and the others still draw', async () => {
    const other = await context.newPage();
    // The server answers this one chart's query with an error, as one lacking a field it asks for would.
    await other.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('DashboardTalentsByCountry')) await route.fulfill({ json: { errors: [{ message: 'Cannot query field "byCountry"' }] } });
      else await route.fallback();
    });
    await other.goto(`${origin}/dashboard`);
    await other.locator('body[data-ready="yes"]').waitFor({ timeout: 60_000 });
    const failed = other.locator('section[data-panel="talents-by-country"]');
    expect(await failed.getAttribute('data-state')).toBe('error');
    expect(await failed.locator('.status').textContent()).toBe('无法加载 Could not load: Cannot query field "byCountry"');
    expect(await other.locator('section[data-panel="evaluations-by-grade"]').getAttribute('data-state')).toBe('drawn');
    await other.close();
  });

  test('no request left localhost; the page threw nothing and logged no error or warning', () => {
    expect(requested).toEqual(expect.arrayContaining([`${origin}/dashboard`, `${origin}/dashboard/assets/dashboard.js`, `${origin}/graphql`]));
    expect(requested.filter(leavesLocalhost)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
