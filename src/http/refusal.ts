/**
 * How the HTTP edge says no: a request refused before GraphQL runs it still gets a GraphQL error
 * body (`{"errors":[{"message","extensions":{"code"}}]}`) with its HTTP status, never Express's
 * HTML page, so a client handles every refusal in one place and branches on the code.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Response } from 'express';
import { noteErrorCode } from '../observability/http-operations';

/** Codes of the refusals made here; the GraphQL ones (BAD_USER_INPUT, ...) are in src/graphql/errors.ts. */
export const EdgeCode = {
  /** The request is not a GraphQL-over-HTTP request: not JSON, not UTF-8, a batch, a body that is not an object. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The body is over HTTP_MAX_BODY_BYTES. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** A POST that is not `Content-Type: application/json` (forms, text/plain, multipart). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type EdgeCode = (typeof EdgeCode)[keyof typeof EdgeCode];

/** Answers `status` with one GraphQL error; `extensions` beyond the code (e.g. `limit`) go with it. */
export function refuse(response: ServerResponse, status: number, code: EdgeCode, message: string, extensions: Record<string, unknown> = {}): void {
  noteErrorCode(response as Response, code);
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('content-length', Buffer.byteLength(body));
  response.end(body);
}

/** 1048576 → "1 MB (1,048,576 bytes)": the limit as a person reads it, and exactly. */
export function describeBytes(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-US')} bytes`;
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB (${exact})`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB (${exact})`;
  return exact;
}

/**
 * How long the rest of a refused upload is read and thrown away after the answer, at most. On
 * loopback 10 MB goes in a few milliseconds; a client sending gigabytes is cut off after this.
 */
export const LINGER_MS = 2_000;

/**
 * Answer, then close the connection without a TCP reset (RFC 9112 §9.6, "lingering close"): for a
 * body refused before it is read (413). Node destroys the socket as soon as a `Connection: close`
 * answer is written; with the client's body still arriving, the kernel then sends a reset, and a
 * client still writing its body fails with ECONNRESET before it reads our 413 (seen in CI, one
 * probe of four under the 10 MB barrage). So: end our side, drop what still comes for up to
 * LINGER_MS, then close. Call before `refuse`.
 */
export function closeAfterAnswer(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('connection', 'close');
  const socket = request.socket as Socket & { destroySoon?: () => void };
  // Node's http server calls destroySoon() once this answer is written (resOnFinish).
  socket.destroySoon = () => {
    socket.end();
    // Closed once our answer is flushed and the body is over (or LINGER_MS have passed).
    const close = () => (socket.writableFinished ? socket.destroy() : socket.once('finish', () => socket.destroy()));
    if (request.readableEnded) return close();
    // body-parser pauses the request when it stops counting; flowing again, the rest is dropped.
    request.unpipe();
    request.resume();
    request.once('end', close);
    const cutOff = setTimeout(close, LINGER_MS);
    cutOff.unref();
    socket.once('close', () => clearTimeout(cutOff));
  };
}
