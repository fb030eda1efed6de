/**
 * Every HTTP request (and every WebSocket, at its upgrade) carries one request id: the caller's
 * `x-request-id` when it is a sane token, so a trace started at a proxy or a client continues here;
 * otherwise one made up. It is echoed in the response's `x-request-id` and starts each log line.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * What a caller may send: up to 128 characters of letters, digits and `-_.:/+=@`. Anything else
 * (spaces, quotes, control characters that could forge a log line or a header) is replaced.
 */
const SANE_ID = /^[A-Za-z0-9\-_.:/+=@]{1,128}$/;

/** The caller's id, trimmed, when it is sane; a fresh UUID otherwise. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const sent = typeof header === 'string' ? header.trim() : '';
  return SANE_ID.test(sent) ? sent : randomUUID();
}

/**
 * Settles the request's id once, where everything after reads it (`request.headers['x-request-id']`,
 * Apollo's copy of the headers included), and echoes it to the caller.
 */
export function assignRequestId(request: IncomingMessage, response?: ServerResponse): string {
  const id = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
  request.headers[REQUEST_ID_HEADER] = id;
  response?.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** Express middleware: every response carries its request's id. */
export function requestIds(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  assignRequestId(request, response);
  next();
}
