#!/usr/bin/env node
/**
 * Regenerates the README's pictures in docs/img/: starts the server (a throw-away in-memory SQLite
 * database, seeded as `npm start` seeds it), drives Debian's Chromium (playwright-core) through each
 * page, and writes docs/img/<name>.png. Not part of `npm test`: pictures change with every pixel of
 * the UI, so they are taken on purpose (`npm run screenshots`, which builds first) and committed.
 *
 *   node scripts/screenshots.mjs                     every page below
 *   node scripts/screenshots.mjs graphiql            only those named
 *   node scripts/screenshots.mjs /dashboard /export  any path: loaded, settled, shot as docs/img/<path>.png
 *
 * For each page it also prints what the first load transferred (a fresh browser profile, so
 * nothing cached): bytes on the wire by kind, and how many Noto Sans SC slices the page needed.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// SCREENSHOTS_DIR: elsewhere than the committed pictures (to look before committing, or to measure only).
const OUT = process.env.SCREENSHOTS_DIR ? path.resolve(process.env.SCREENSHOTS_DIR) : path.join(ROOT, 'docs/img');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1400, height: 860 };

/** Named pictures: how to bring each page to the state the README shows. */
const SHOTS = {
  /** GraphiQL signed in as staff, the Explorer open, the directory's Chinese answer on the right. */
  async graphiql(page, origin) {
    await page.goto(`${origin}/graphiql`);
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Show 登录 Sign in' }).click();
    await page.locator('.haizhi-login input[name=password]').fill('demo-password');
    await page.locator('.haizhi-login button[type=submit]').click();
    await page.locator('.haizhi-session[data-signed-in=yes]').waitFor();
    await page.getByRole('button', { name: 'Show 查询构建器 Explorer' }).click();
    await page.locator('.graphiql-explorer-root, .doc-explorer-contents').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response .view-lines').getByText('"totalCount"').waitFor({ timeout: 30_000 });
    return 'graphiql';
  },
  /** The dashboard signed in as staff: the public charts and the workflow below them, the whole page. */
  async dashboard(page, origin) {
    await page.goto(`${origin}/dashboard`);
    await page.locator('#sign-in input[name=email]').fill('staff@demo.haizhi');
    await page.locator('#sign-in input[name=password]').fill('demo-password');
    await page.locator('#sign-in button[type=submit]').click();
    await page.locator('section[data-panel="reviews-due"][data-state="drawn"]').waitFor({ timeout: 60_000 });
    await page.locator('body[data-ready="yes"]').waitFor({ timeout: 60_000 });
    return 'dashboard';
  },
  /** The schema map, Station selected. */
  async 'schema-map'(page, origin) {
    await page.goto(`${origin}/voyager`);
    await page.locator('svg g.node').first().waitFor({ timeout: 60_000 });
    await page.locator('a.type-name', { hasText: /^Station$/ }).click();
    await page.locator('svg g.node.selected').waitFor();
    return 'schema-map';
  },
};

/** Any other page given by its path: loaded until the network is quiet. */
async function shootPath(page, origin, pagePath) {
  await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle', timeout: 60_000 });
  return pagePath.replace(/^\/+|\/+$/g, '').replace(/[^\w-]+/g, '-') || 'home';
}

function startServer() {
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATABASE_URL: 'sqlite::memory:', NODE_ENV: 'development', LOG_LEVEL: 'warn', JWT_SECRET: 'screenshots-only-secret-0123456789abcdef', GRAPHIQL: 'on' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const listening = /listening at (\S+)/.exec(out);
      if (listening) resolve({ child, origin: new URL(listening[1]).origin });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${out}`)));
  });
}

/** What a first load moved over the wire, from the browser's own accounting of each response. */
function transferMeter(page) {
  const done = [];
  page.on('requestfinished', (request) => done.push(request));
  return async () => {
    const byKind = new Map();
    let fontSlices = 0;
    for (const request of done) {
      const sizes = await request.sizes();
      const kind = request.resourceType();
      byKind.set(kind, (byKind.get(kind) ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize);
      if (/noto-sans-sc-.*\.woff2$/.test(request.url())) fontSlices += 1;
    }
    const total = [...byKind.values()].reduce((a, b) => a + b, 0);
    return { total, byKind: Object.fromEntries([...byKind].sort((a, b) => b[1] - a[1])), requests: done.length, fontSlices };
  };
}

const kB = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;

async function main() {
  const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SHOTS);
  const unknown = wanted.filter((name) => !name.startsWith('/') && !(name in SHOTS));
  if (unknown.length) throw new Error(`no picture named ${unknown.join(', ')}: name one of ${Object.keys(SHOTS).join(', ')}, or give a path such as /dashboard`);
  mkdirSync(OUT, { recursive: true });
  const { child, origin } = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    for (const name of wanted) {
      // A fresh profile for each: no cache, no stored sign-in, GraphiQL's first-visit tabs.
      const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
      const page = await context.newPage();
      const measure = transferMeter(page);
      const file = name.startsWith('/') ? await shootPath(page, origin, name) : await SHOTS[name](page, origin);
      // Fonts arrive a slice at a time as text needs them: draw only when they are in.
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(1000);
      await page.screenshot({ path: path.join(OUT, `${file}.png`), fullPage: file === 'dashboard' });
      const moved = await measure();
      console.log(`${path.relative(ROOT, path.join(OUT, file))}.png  first load: ${kB(moved.total)} in ${moved.requests} requests (${Object.entries(moved.byKind).map(([kind, bytes]) => `${kind} ${kB(bytes)}`).join(', ')}); Noto Sans SC slices: ${moved.fontSlices}`);
      await context.close();
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
