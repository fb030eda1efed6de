/**
 * GraphiQL and the schema map, served from the bundles `npm run build` put in dist/graphiql/
 * (src/graphiql/build-assets.ts): no CDN, no request that leaves the server.
 * - GET /graphiql, and GET /graphql when a browser asks for a page;
 * - GET /voyager, the schema map;
 * - GET /graphiql/assets/…, the scripts, styles, fonts and Monaco workers.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { ASSETS_DIR } from './assets-dir';
import { GRAPHIQL_PAGE, VOYAGER_PAGE } from './pages';

/**
 * A browser navigating to a URL lists text/html first in Accept; API clients send JSON types,
 * `*` or nothing. One string test, so GET /graphql for API clients costs nothing measurable.
 */
export function prefersHtml(accept: string | undefined): boolean {
  return accept !== undefined && accept.startsWith('text/html');
}

/**
 * The pages may load and connect to this server only (a WebSocket to the same host counts as
 * 'self'), so a dependency that one day reaches for a CDN is refused by the browser, not just
 * caught by the browser test. Inline styles: Monaco and Voyager's MUI set them at run time;
 * 'wasm-unsafe-eval': Voyager lays the graph out with Graphviz compiled to WebAssembly.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** /graphql itself (with or without a trailing slash or a query string), not /graphql/stream. */
function isGraphqlPath(url: string | undefined): boolean {
  if (url === undefined || !url.startsWith('/graphql')) return false;
  const rest = url.length === 8 ? '' : url[8] === '/' ? url.slice(9) : url.slice(8);
  return rest === '' || rest[0] === '?';
}

/**
 * Mounts /graphiql, its assets and /voyager on `app`, and returns the server's request listener:
 * a browser's GET /graphql gets the GraphiQL page there, before express routes anything. Every
 * other request reaches `app` after one header test: an express route for GET /graphql would cost
 * JSON GETs a route dispatch (about 6 µs measured) and a middleware would cost every POST a call.
 */
export function serveGraphiQL(app: Express, logger: Logger): RequestListener {
  const built = existsSync(path.join(ASSETS_DIR, 'graphiql.js'));
  if (!built) logger.warn(`GraphiQL is on but ${ASSETS_DIR} has no bundle: run npm run build`);

  const sendPage = (html: string) => (_request: IncomingMessage, response: ServerResponse) => {
    if (!built) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('GraphiQL is not built on this server: run `npm run build`.\n');
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        // The page names its assets by fixed names: always ask again, so a rebuild is picked up.
        'cache-control': 'no-cache',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      })
      .end(html);
  };

  app.use('/graphiql/assets', express.static(ASSETS_DIR, { index: false, dotfiles: 'ignore', fallthrough: false }));
  app.get('/graphiql', sendPage(GRAPHIQL_PAGE));
  app.get('/voyager', sendPage(VOYAGER_PAGE));
  const graphiql = sendPage(GRAPHIQL_PAGE);
  return (request, response) => {
    if (prefersHtml(request.headers.accept) && request.method === 'GET' && isGraphqlPath(request.url)) graphiql(request, response);
    else app(request, response);
  };
}
