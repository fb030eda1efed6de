/**
 * Bundles the dashboard for the browser into dist/dashboard/ with esbuild: its script (ECharts,
 * only the charts and components it draws) and its styles; Noto Sans SC, which draws its Chinese,
 * is every page's (src/web-font/). Run by `npm run build` after tsc; a stamp of the inputs skips it
 * when nothing changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../graphiql/assets-dir';
import { DASHBOARD_ASSETS_DIR } from './assets-dir';

const BROWSER_SOURCES = path.join(PROJECT_ROOT, 'src/dashboard/browser');
/** Browser code the pages share (the sign-in): a change there rebuilds every page's bundle. */
const SHARED_BROWSER_SOURCES = path.join(PROJECT_ROOT, 'src/web-session');
const STAMP = path.join(DASHBOARD_ASSETS_DIR, '.inputs-sha256');

function inputsDigest(): string {
  const hash = createHash('sha256');
  const files = [...[BROWSER_SOURCES, SHARED_BROWSER_SOURCES].flatMap((dir) => readdirSync(dir).sort().map((name) => path.join(dir, name))), __filename, path.join(PROJECT_ROOT, 'package-lock.json')];
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

export async function buildDashboardAssets(): Promise<'built' | 'unchanged'> {
  const digest = inputsDigest();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === digest) return 'unchanged';
  rmSync(DASHBOARD_ASSETS_DIR, { recursive: true, force: true });
  await build({
    entryPoints: { dashboard: path.join(BROWSER_SOURCES, 'dashboard.ts') },
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    target: 'es2022',
    outdir: DASHBOARD_ASSETS_DIR,
    absWorkingDir: PROJECT_ROOT,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(STAMP, digest);
  return 'built';
}

if (require.main === module) {
  const started = Date.now();
  buildDashboardAssets().then(
    (outcome) => {
      if (outcome === 'built') console.log(`the dashboard bundled into ${path.relative(PROJECT_ROOT, DASHBOARD_ASSETS_DIR)}/ in ${Date.now() - started} ms`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
