/**
 * Reading a GraphQL request's body (POST /graphql and /graphql/stream), refusing before any work
 * what is not one GraphQL-over-HTTP request, each with its status, a code and a sentence:
 * - a POST that is not `Content-Type: application/json`: 415 (forms and text/plain are also what a
 *   cross-site page can send without a CORS preflight);
 * - a body over HTTP_MAX_BODY_BYTES: 413, at once when Content-Length says so (the rest is not read),
 *   else as soon as the count passes it (decompressed bytes count, so a zip bomb stops there too);
 * - bytes that are not UTF-8, JSON nested deeper than HTTP_MAX_JSON_DEPTH (checked before parsing:
 *   V8 spends about a second parsing 1 MB of `[[[[…`), text that is not JSON, JSON that is not an
 *   object: 400;
 * - an array (a batch of operations): 400, batching is off.
 * body-parser (Express's own) reads and counts; this file only decides and words the answers.
 */
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { HttpConfig } from '../config';
import { closeAfterAnswer, describeBytes, EdgeCode, refuse } from './refusal';

const REQUEST_SHAPE = 'send one JSON object: { "query": "...", "variables": { ... }, "operationName": "..." }';

/** The media type of a request without its parameters (`application/json; charset=utf-8` → application/json). */
function mediaType(request: IncomingMessage): string {
  const header = request.headers['content-type'];
  return header ? header.split(';', 1)[0].trim().toLowerCase() : '';
}

/** What body-parser's `verify` throws to refuse the bytes before they are parsed. */
class UnreadableBody extends Error {
  readonly status = 400;
  constructor(
    readonly type: 'entity.not.utf8' | 'entity.too.deep',
    readonly depth = 0,
  ) {
    super(type);
  }
}

/**
 * The deepest nesting of arrays and objects in JSON text, counted over the bytes (brackets inside
 * strings do not count). One pass, no allocation: about 1 ms for 1 MB.
 */
export function jsonDepth(bytes: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c) i++; // a backslash: the next byte is escaped
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      // Not Math.max: under jest's sandbox that call is not inlined and the pass takes 50 times longer.
      if (++depth > deepest) deepest = depth;
    }
    else if (byte === 0x7d || byte === 0x5d) depth--;
  }
  return deepest;
}

/** Reads JSON bodies; a request the middlewares refuse never reaches the next handler. */
export function jsonBody(config: Pick<HttpConfig, 'maxBodyBytes' | 'maxJsonDepth'>): [RequestHandler, RequestHandler, ErrorRequestHandler, RequestHandler] {
  const limit = config.maxBodyBytes;
  const maxDepth = config.maxJsonDepth;
  const tooLarge = (found: number | null) =>
    `The request body is ${found === null ? 'larger than' : `${describeBytes(found)}, over`} the limit of ${describeBytes(limit)} (HTTP_MAX_BODY_BYTES): send less, e.g. fewer or smaller variables.`;
  const limitExtension = (found: number | null) => ({ limit: { name: 'requestBody', max: limit, found } });

  const acceptable: RequestHandler = (request, response, next) => {
    if (request.method !== 'POST') return next();
    const type = mediaType(request);
    if (type !== 'application/json') {
      refuse(
        response,
        415,
        EdgeCode.UNSUPPORTED_MEDIA_TYPE,
        `A GraphQL POST must be Content-Type: application/json (GraphQL over HTTP), not ${type || 'none'}; ${REQUEST_SHAPE}. Forms and text/plain are refused.`,
      );
      return;
    }
    const declared = Number(request.headers['content-length']);
    if (declared > limit) {
      // The body is not parsed: the connection closes after the answer (dropping for a moment what
      // is still on its way), so a client cannot make the server swallow gigabytes it already refused.
      closeAfterAnswer(request, response);
      refuse(response, 413, EdgeCode.PAYLOAD_TOO_LARGE, tooLarge(declared), limitExtension(declared));
      return;
    }
    next();
  };

  const parse = express.json({
    limit,
    // Any JSON media type parameter is fine; acceptable() already refused other types.
    type: () => true,
    verify: (_request, _response, buffer) => {
      if (!isUtf8(buffer)) throw new UnreadableBody('entity.not.utf8');
      const depth = jsonDepth(buffer);
      if (depth > maxDepth) throw new UnreadableBody('entity.too.deep', depth);
    },
  });

  const parseErrors: ErrorRequestHandler = (error: { type?: string; status?: number; body?: unknown; message?: string; charset?: string; encoding?: string; depth?: number }, request, response, next) => {
    switch (error.type) {
      case 'entity.too.large':
        closeAfterAnswer(request, response);
        return refuse(response, 413, EdgeCode.PAYLOAD_TOO_LARGE, tooLarge(null), limitExtension(null));
      case 'entity.not.utf8':
        return refuse(response, 400, EdgeCode.BAD_REQUEST, `The request body is not valid UTF-8; GraphQL over HTTP sends JSON in UTF-8: ${REQUEST_SHAPE}.`);
      case 'entity.too.deep':
        return refuse(
          response,
          400,
          EdgeCode.BAD_REQUEST,
          `The request body nests arrays and objects ${error.depth} deep, over the limit of ${maxDepth} (HTTP_MAX_JSON_DEPTH): flatten the variables.`,
          { limit: { name: 'jsonDepth', max: maxDepth, found: error.depth } },
        );
      case 'entity.parse.failed': {
        const text = typeof error.body === 'string' ? error.body.trimStart() : '';
        const reason = text.startsWith('{') || text.startsWith('[') ? `is not valid JSON (${String(error.message).slice(0, 160)})` : 'is not a JSON object';
        return refuse(response, 400, EdgeCode.BAD_REQUEST, `The request body ${reason}: ${REQUEST_SHAPE}.`);
      }
      case 'charset.unsupported':
        return refuse(response, 415, EdgeCode.UNSUPPORTED_MEDIA_TYPE, `The request body's charset ${error.charset ?? ''} is not supported: send UTF-8 (or leave charset out).`);
      case 'encoding.unsupported':
        return refuse(response, 415, EdgeCode.UNSUPPORTED_MEDIA_TYPE, `Content-Encoding ${error.encoding ?? ''} is not supported: send the body as it is, or gzip, deflate or br.`);
      case 'request.aborted':
        // The client went away mid-body: nobody to answer.
        response.destroy();
        return;
      default:
        // A decompression failure, a Content-Length that does not match the body: the client's fault,
        // but zlib's own words are not for it.
        if (error.status && error.status >= 400 && error.status < 500) {
          return refuse(response, 400, EdgeCode.BAD_REQUEST, 'The request body could not be read: check that it matches its Content-Length and Content-Encoding.');
        }
        next(error);
    }
  };

  const single: RequestHandler = (request, response, next) => {
    if (Array.isArray(request.body)) {
      refuse(response, 400, EdgeCode.BAD_REQUEST, `Batched requests are off: this body is an array of ${request.body.length}; send each operation in its own request.`);
      return;
    }
    next();
  };

  return [acceptable, parse, parseErrors, single];
}
