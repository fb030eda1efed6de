/**
 * Bundles the dashboard for the browser into dist/dashboard/ with esbuild: its script (ECharts,
 * only the charts and components it draws), its styles, and the Noto Sans SC 400 font files the
 * styles name. Run by `npm run build` after tsc; a stamp of the inputs skips it when nothing changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { PROJECT_ROOT } from '../graphiql/assets-dir';
import { DASHBOARD_ASSETS_DIR } from './assets-dir';

const BROWSER_SOURCES = path.join(PROJECT_ROOT, 'src/dashboard/browser');
const STAMP = path.join(DASHBOARD_ASSETS_DIR, '.inputs-sha256');

/**
 * Fontsource names each subset twice, woff2 then woff. Every browser the page supports takes woff2,
 * so the woff copies (about as many megabytes again) are left out of the bundle.
 */
const woff2Only: Plugin = {
  name: 'woff2-only',
  setup(esbuild) {
    esbuild.onLoad({ filter: /@fontsource[\\/].*\.css$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''),
      loader: 'css',
      resolveDir: path.dirname(args.path),
    }));
  },
};

function inputsDigest(): string {
  const hash = createHash('sha256');
  const files = [...readdirSync(BROWSER_SOURCES).sort().map((name) => path.join(BROWSER_SOURCES, name)), __filename, path.join(PROJECT_ROOT, 'package-lock.json')];
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

export async function buildDashboardAssets(): Promise<'built' | 'unchanged'> {
  const digest = inputsDigest();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === digest) return 'unchanged';
  rmSync(DASHBOARD_ASSETS_DIR, { recursive: true, force: true });
  await build({
    // fonts.css: the web font alone, for the landing page at /.
    entryPoints: { dashboard: path.join(BROWSER_SOURCES, 'dashboard.ts'), fonts: path.join(BROWSER_SOURCES, 'fonts.css') },
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    target: 'es2022',
    outdir: DASHBOARD_ASSETS_DIR,
    absWorkingDir: PROJECT_ROOT,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff2': 'file' },
    assetNames: 'fonts/[name]-[hash]',
    plugins: [woff2Only],
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
