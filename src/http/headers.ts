/**
 * The headers the HTTP edge adds:
 * - on every response (helmet): nosniff, `Referrer-Policy: no-referrer`, framing only by this
 *   origin, and HSTS when HTTPS=on (over plain HTTP it would lock browsers out of a server without
 *   TLS). No CSP here: GraphiQL and the schema map send their own (src/graphiql/routes.ts);
 * - on the API (/graphql, /graphql/stream): CORS for the origins in CORS_ORIGINS only, a CSP that
 *   lets nothing run if a browser ever renders an answer, and `Cache-Control: no-store` wherever an
 *   answer may hold a token or private data.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { HttpConfig } from '../config';

/** Wraps the server's request listener so that every response, GraphiQL's pages included, has the security headers. */
export function withSecurityHeaders(listener: RequestListener, config: Pick<HttpConfig, 'https'>): RequestListener {
  const headers = helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: config.https ? { maxAge: 365 * 86_400, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  return (request: IncomingMessage, response: ServerResponse) => {
    // helmet only sets headers and calls back at once.
    headers(request, response, () => listener(request, response));
  };
}

/** What a browser on an allowed origin may send and read (the rate-limit headers among them). */
const EXPOSED = ['x-request-id', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-used', 'x-ratelimit-reset', 'retry-after'];

/**
 * CORS for the API. A preflight is answered here (204) whatever the origin; only a listed one gets
 * Access-Control-Allow-Origin, so the browser of any other page refuses to send. No credentials
 * mode: the API reads the Authorization header, never cookies.
 */
export function apiCors(config: Pick<HttpConfig, 'corsOrigins'>): RequestHandler {
  return cors({
    // Always an array: cors treats an empty or false origin as "*".
    origin: [...config.corsOrigins],
    methods: ['GET', 'POST'],
    exposedHeaders: EXPOSED,
    maxAge: 600,
  });
}

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * `no-store` on every POST and on every request that carries a credential: login answers hold
 * tokens, and whatever a credential reads may be private. Anonymous GETs read only what anyone may
 * read; they are left cacheable for the response cache to come.
 */
export const apiHeaders: RequestHandler = (request, response, next) => {
  response.setHeader('content-security-policy', API_CSP);
  if (request.method === 'POST' || request.headers.authorization !== undefined) response.setHeader('cache-control', 'no-store');
  next();
};
