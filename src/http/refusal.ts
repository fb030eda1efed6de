/**
 * How the HTTP edge says no: a request refused before GraphQL runs it still gets a GraphQL error
 * body (`{"errors":[{"message","extensions":{"code"}}]}`) with its HTTP status, never Express's
 * HTML page, so a client handles every refusal in one place and branches on the code.
 */
import type { ServerResponse } from 'node:http';
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
