/**
 * Copies Noto Sans SC from @fontsource into dist/fonts/ for serveWebFont (web-font.ts). Run by
 * `npm run build` after tsc.
 *
 * @fontsource ships, per weight, one CSS file of ~100 @font-face rules, each a woff2 slice of the
 * font with the unicode-range it covers, so a browser downloads only the slices holding characters
 * a page shows. One weight is copied, 400: the pages' Chinese is body text (names, descriptions,
 * answers); bold is synthesised from it. A second weight would double the stylesheet every page
 * load pays for (98 kB a weight: its unicode ranges). woff2 only: every browser the pages run in
 * reads it, and the .woff fallbacks would be 4.7 MB more for nothing.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../graphiql/assets-dir';
import { WEB_FONT_CSS, WEB_FONT_DIR } from './web-font';

const FONT_PACKAGE = path.join(PROJECT_ROOT, 'node_modules/@fontsource/noto-sans-sc');
const WEIGHTS = [400];

export function buildWebFont(): number {
  rmSync(WEB_FONT_DIR, { recursive: true, force: true });
  const into = path.join(WEB_FONT_DIR, 'noto-sans-sc');
  mkdirSync(into, { recursive: true });
  let slices = 0;
  const css = WEIGHTS.map((weight) =>
    readFileSync(path.join(FONT_PACKAGE, `${weight}.css`), 'utf8').replace(/src: url\(\.\/files\/([\w-]+\.woff2)\) format\('woff2'\), url\([^)]*\) format\('woff'\);/g, (_rule, file: string) => {
      copyFileSync(path.join(FONT_PACKAGE, 'files', file), path.join(into, file));
      slices += 1;
      return `src: url(noto-sans-sc/${file}) format('woff2');`;
    }),
  ).join('\n');
  // A change in @fontsource's CSS would leave a rule pointing into node_modules: fail the build instead.
  if (css.includes('./files/')) throw new Error(`${FONT_PACKAGE}'s CSS is not in the form build-web-font.ts rewrites`);
  copyFileSync(path.join(FONT_PACKAGE, 'LICENSE'), path.join(into, 'LICENSE.txt'));
  writeFileSync(path.join(WEB_FONT_DIR, path.basename(WEB_FONT_CSS)), `/* Noto Sans SC (SIL Open Font License 1.1), from @fontsource/noto-sans-sc: woff2 slices by unicode-range */\n${css}`);
  return slices;
}

if (require.main === module) buildWebFont();
