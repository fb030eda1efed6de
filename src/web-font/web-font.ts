/**
 * Noto Sans SC, the CJK web font every page of ours draws Chinese with (GraphiQL, the schema map,
 * the dashboard, the landing page): CQAST staff read Chinese first, and a machine without a CJK
 * font of its own would show boxes. One copy in dist/fonts/ (build-web-font.ts), served at /fonts/
 * whatever else is on, since the dashboard and the landing page are always served.
 */
import path from 'node:path';
import express, { type Express } from 'express';
import { PROJECT_ROOT } from '../graphiql/assets-dir';
import { compressedStatic } from '../http/compression';

export const WEB_FONT_DIR = path.join(PROJECT_ROOT, 'dist', 'fonts');

/** The stylesheet's URL relative to a page one level below the root (/graphiql, /voyager, /dashboard, /): relative, so a proxy's path prefix is kept. */
export const WEB_FONT_CSS = 'fonts/noto-sans-sc.css';

export function serveWebFont(app: Express): void {
  // The stylesheet (~100 @font-face rules) compresses well; the woff2 slices are compressed already.
  app.use('/fonts', compressedStatic(WEB_FONT_DIR));
  // A slice's file name never changes for a given font release: browsers may keep it for a day without asking.
  app.use('/fonts', express.static(WEB_FONT_DIR, { index: false, dotfiles: 'ignore', fallthrough: false, maxAge: '1d' }));
}
