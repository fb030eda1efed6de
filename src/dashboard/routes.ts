/**
 * GET /dashboard and its assets (dist/dashboard/, bundled by build-assets.ts): charts of the public
 * API's figures for anyone, the application workflow for STAFF. Express routes like /voyager's,
 * so nothing is added in front of POST /graphql.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { DASHBOARD_ASSETS_DIR } from './assets-dir';
import { dashboardPage } from './page';

/**
 * The page may load from and talk to this server only: a dependency that reaches for a CDN is
 * refused by the browser. Inline styles: ECharts' tooltips are HTML with style attributes.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export function serveDashboard(app: Express, logger: Logger, options: { graphiql: boolean }): void {
  const page = dashboardPage(options);
  const built = existsSync(path.join(DASHBOARD_ASSETS_DIR, 'dashboard.js'));
  if (!built) logger.warn(`the dashboard has no bundle in ${DASHBOARD_ASSETS_DIR}: run npm run build`);
  app.use('/dashboard/assets', express.static(DASHBOARD_ASSETS_DIR, { index: false, dotfiles: 'ignore', fallthrough: false }));
  app.get('/dashboard', (request, response) => {
    // Express also routes /dashboard/ here, where the page's relative URLs would point one level down.
    if (request.path.endsWith('/')) {
      response.redirect(301, '../dashboard');
      return;
    }
    if (!built) {
      response.status(503).type('text/plain').send('The dashboard is not built on this server: run `npm run build`.\n');
      return;
    }
    // The page names its assets by fixed names: always ask again, so a rebuild is picked up.
    response.set({ 'cache-control': 'no-cache', 'content-security-policy': CONTENT_SECURITY_POLICY }).type('html').send(page);
  });
}
