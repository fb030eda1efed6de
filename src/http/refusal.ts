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
 * How long a refused upload may go quiet before its connection is closed: the rest of its body is
 * read and thrown away while it keeps coming. On loopback 10 MB goes in a few milliseconds.
 */
export const LINGER_IDLE_MS = 2_000;

/**
 * How much of a refused body is read and thrown away, about (it is looked at every LINGER_POLL_MS):
 * a client sending gigabytes is cut off.
 */
export const LINGER_MAX_BYTES = 64 * 1024 * 1024;
const LINGER_POLL_MS = 50;

/**
 * Answer, then close the connection without a TCP reset (RFC 9112 §9.6, "lingering close"): for a
 * body refused before it is read (413). Node destroys the socket as soon as a `Connection: close`
 * answer is written; with the client's body still arriving, the kernel then sends a reset, and a
 * client still writing its body fails with ECONNRESET before it reads our 413 (seen in CI, one
 * probe of four under the 10 MB barrage). So: end our side, drop what still comes, then close
 * once the body is over, it has gone quiet for LINGER_IDLE_MS, or LINGER_MAX_BYTES have been
 * dropped. Call before `refuse`.
 *
 * "Quiet" is judged after the loop has read what is waiting: a stalled event loop (a GC pause, a
 * busy machine) runs due timers before it reads sockets, so a plain timeout fired with the rest of
 * the body unread in the kernel, the reset went out, and a second CI run failed the same way.
 */
export function closeAfterAnswer(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('connection', 'close');
  const socket = request.socket as Socket & { destroySoon?: () => void };
  // Node's http server calls destroySoon() once this answer is written (resOnFinish).
  socket.destroySoon = () => {
    socket.end();
    let closing = false;
    // Closed once our answer is flushed.
    const close = () => {
      if (closing) return;
      closing = true;
      if (socket.writableFinished) socket.destroy();
      else socket.once('finish', () => socket.destroy());
    };
    if (request.readableEnded) return close();
    // Watched from a timer, not the socket's 'data' events: Node's HTTP parser reads this socket
    // natively, and a listener of ours would take the stream from it.
    const dropFrom = socket.bytesRead;
    let seen = dropFrom;
    let lastProgress = Date.now();
    const watch = setInterval(() => {
      // setImmediate runs after this turn's I/O: whatever arrived during a stall is counted first.
      setImmediate(() => {
        const read = socket.bytesRead;
        if (read !== seen) [seen, lastProgress] = [read, Date.now()];
        if (read - dropFrom > LINGER_MAX_BYTES || Date.now() - lastProgress > LINGER_IDLE_MS) close();
      });
    }, LINGER_POLL_MS);
    watch.unref();
    socket.once('close', () => clearInterval(watch));
    // body-parser pauses the request when it stops counting; flowing again, the rest is dropped.
    request.unpipe();
    request.resume();
    request.once('end', close);
  };
}
