/**
 * Bundles GraphiQL and the schema map for the browser into dist/graphiql/ with esbuild: the pages'
 * scripts and styles, Monaco's three workers and the fonts the styles name (Noto Sans SC, which
 * draws their Chinese, is every page's: src/web-font/). Run by `npm run build` after tsc. Bundling
 * takes several seconds, so a stamp of the inputs (the browser sources, this script and the lockfile) skips it when nothing
 * changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ASSETS_DIR, PROJECT_ROOT } from './assets-dir';

const BROWSER_SOURCES = path.join(PROJECT_ROOT, 'src/graphiql/browser');
/** Browser code the pages share (the sign-in): a change there rebuilds every page's bundle. */
const SHARED_BROWSER_SOURCES = path.join(PROJECT_ROOT, 'src/web-session');
const STAMP = path.join(ASSETS_DIR, '.inputs-sha256');

/** Monaco's workers, each its own classic-script bundle; setup-workers.ts maps labels to these names. */
const WORKERS = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

function inputsDigest(): string {
  const hash = createHash('sha256');
  const files = [
    ...[BROWSER_SOURCES, SHARED_BROWSER_SOURCES].flatMap((dir) => readdirSync(dir).sort().map((name) => path.join(dir, name))),
    __filename,
    path.join(PROJECT_ROOT, 'package-lock.json'),
  ];
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

export async function buildAssets(): Promise<'built' | 'unchanged'> {
  const digest = inputsDigest();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === digest) return 'unchanged';
  rmSync(ASSETS_DIR, { recursive: true, force: true });
  const common = {
    bundle: true,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    outdir: ASSETS_DIR,
    absWorkingDir: PROJECT_ROOT,
    logLevel: 'warning',
    // React and the libraries check NODE_ENV for their development warnings.
    define: { 'process.env.NODE_ENV': '"production"' },
  } as const;
  await Promise.all([
    build({
      ...common,
      entryPoints: { graphiql: path.join(BROWSER_SOURCES, 'graphiql.tsx'), voyager: path.join(BROWSER_SOURCES, 'voyager.tsx') },
      format: 'esm',
      // Monaco's internals and prettier are imported on demand: separate chunks let the page show first.
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      // GraphiQL's prettify imports prettier's parsers by their old CommonJS names, whose named
      // exports a split chunk does not carry: the ES module builds of the same plugins do.
      alias: { 'prettier/parser-graphql': 'prettier/plugins/graphql', 'prettier/parser-babel': 'prettier/plugins/babel' },
      // Fonts and images the styles name become files next to them, served from here, never fetched elsewhere.
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
      assetNames: '[name]-[hash]',
    }),
    build({ ...common, entryPoints: WORKERS, format: 'iife' }),
  ]);
  writeFileSync(STAMP, digest);
  return 'built';
}

if (require.main === module) {
  const started = Date.now();
  buildAssets().then(
    (outcome) => {
      if (outcome === 'built') console.log(`GraphiQL and the schema map bundled into ${path.relative(PROJECT_ROOT, ASSETS_DIR)}/ in ${Date.now() - started} ms`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
