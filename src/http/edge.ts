/**
 * The HTTP edge in one place, for src/server.ts: what runs before a request reaches Apollo or
 * graphql-sse, and what answers when nothing else does. Every refusal is a JSON GraphQL error
 * with a code (src/http/refusal.ts); no path leads to Express's HTML error page, whose development
 * variant shows a stack trace.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { HttpConfig } from '../config';
import { jsonBody } from './body';
import { apiCors, apiHeaders } from './headers';
import { EdgeCode, refuse } from './refusal';

export { withSecurityHeaders } from './headers';
export { legacyJsonStatusPlugin } from './legacy-json-status';

export interface HttpEdge {
  /** First on /graphql and /graphql/stream: CORS (answers preflights), the CSP and Cache-Control. */
  api: RequestHandler[];
  /** Then the body: media type, size, UTF-8, JSON, no batches. */
  body: ReturnType<typeof jsonBody>;
  /** Last: any path nothing serves. */
  notFound: RequestHandler;
  /** Last of all: an error nothing else answered is logged in full and answered 500 with a sentence. */
  errors: ErrorRequestHandler;
}

export function createHttpEdge(config: HttpConfig, logger: Logger): HttpEdge {
  return {
    api: [apiCors(config), apiHeaders],
    body: jsonBody(config),
    notFound: (request, response) => {
      refuse(response, 404, EdgeCode.NOT_FOUND, `Nothing is served at ${request.method} ${request.path}: the API is POST /graphql (docs/api.md).`);
    },
    errors: (error: { status?: number; statusCode?: number; expose?: boolean }, request, response, _next) => {
      const status = error.status ?? error.statusCode ?? 500;
      // http-errors marks the client's own mistakes (a static file that is not there) as safe to say.
      if (status === 404) return refuse(response, 404, EdgeCode.NOT_FOUND, `Nothing is served at ${request.method} ${request.path}.`);
      if (status >= 400 && status < 500 && error.expose) return refuse(response, status, EdgeCode.BAD_REQUEST, 'The request could not be handled as sent: check its method, headers and body against docs/api.md.');
      logger.error({ err: error, method: request.method, path: request.path }, 'unexpected error while handling an HTTP request');
      refuse(response, 500, EdgeCode.INTERNAL_SERVER_ERROR, 'Internal server error: the request could not be completed; it has been logged.');
    },
  };
}
