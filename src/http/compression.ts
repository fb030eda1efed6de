/**
 * Compressed answers (brotli or gzip, as the client's Accept-Encoding allows), two ways:
 *
 * - `compressLargeAnswers` wraps the server's request listener. A request without Accept-Encoding
 *   (autocannon, most server-to-server clients) costs one header read. One with it gets `end`
 *   wrapped; an answer written whole (as Apollo and express's `send` write them) is compressed only
 *   from `threshold` bytes (2 KiB): small answers go out as they are, with no Vary and no copy,
 *   which is the usual GraphQL answer. Answers written in parts (event streams, exports, static
 *   files), HEAD, and answers already encoded pass untouched: they are never held back.
 *   Brotli at quality 1 and gzip at level 3: on an 80 KB answer (the peer query's) brotli 1 takes
 *   about 0.8 ms for 4.8 times smaller, where quality 4 took 2.3 ms to gain 7% more; an answer is
 *   compressed on every request, so speed wins here.
 *
 * - `compressedStatic` serves a directory of built assets (GraphiQL's bundle) compressed once per
 *   file and encoding, then from memory (an LRU bounded in bytes, keyed by the file's mtime and
 *   size, so a rebuild is picked up): brotli at quality 6, which takes about 150 ms for GraphiQL's
 *   850 KB script the first time and gives 31% of its size. We chose this over precompressing at
 *   build time: the bundler's output stays the one thing the build writes, nothing is compressed
 *   that is never asked for, and a file the bundler adds is covered without a list. What it does
 *   not serve (not found, not worth compressing, no encoding accepted) falls through to the next
 *   handler (express.static), which answers it as before.
 */
import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { RequestHandler } from 'express';
import { LRUCache } from 'lru-cache';

export type Encoding = 'br' | 'gzip';

/** Answers below this many bytes are sent as they are: compressing them saves less than a packet. */
export const COMPRESSION_THRESHOLD = 2048;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * The encoding to use: br if accepted, else gzip, else none. An encoding is accepted when named
 * (or matched by `*`) without q=0. Brotli wins over gzip whatever their q: it is smaller at the
 * same cost, and browsers that send both rank them alike.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, boolean>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim());
    if (!name) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    accepted.set(name, q === undefined || Number(q.slice(2)) > 0);
  }
  const wildcard = accepted.get('*');
  for (const encoding of ['br', 'gzip'] as const) {
    const named = accepted.get(encoding);
    if (named ?? wildcard) return encoding;
  }
  return null;
}

/** Text types compress well; images, fonts in woff2, archives and the like already are compressed. */
function isCompressible(contentType: unknown): boolean {
  if (typeof contentType !== 'string') return false;
  return /^(text\/|application\/(json|graphql-response\+json|javascript|xml|wasm)|image\/svg\+xml|font\/(ttf|otf)|application\/(x-font-ttf|font-sfnt))/i.test(contentType);
}

function compress(body: Buffer, encoding: Encoding, quality: { br: number; gzip: number }): Promise<Buffer> {
  if (encoding === 'gzip') return gzip(body, { level: quality.gzip });
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality.br,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    },
  });
}

/** Adds `Accept-Encoding` to Vary, keeping what is there. */
function varyOnEncoding(response: ServerResponse): void {
  const vary = response.getHeader('vary');
  if (vary === undefined) response.setHeader('vary', 'Accept-Encoding');
  else if (!/accept-encoding|\*/i.test(String(vary))) response.setHeader('vary', `${vary}, Accept-Encoding`);
}

const DYNAMIC_QUALITY = { br: 1, gzip: 3 };

type End = ServerResponse['end'];

/** See the file's header. `onError` hears of a compression that failed (the answer then goes out as it was). */
export function compressLargeAnswers(listener: RequestListener, options: { threshold?: number; onError?: (error: unknown) => void } = {}): RequestListener {
  const threshold = options.threshold ?? COMPRESSION_THRESHOLD;
  return (request: IncomingMessage, response: ServerResponse) => {
    const accepted = request.headers['accept-encoding'];
    if (accepted === undefined || request.method === 'HEAD') return listener(request, response);
    const end = response.end as (...args: unknown[]) => ServerResponse;
    response.end = function endCompressed(this: ServerResponse, ...args: unknown[]) {
      // Put back at once: whatever happens below, the next end is the real one.
      response.end = end as End;
      const [chunk, encodingOrCallback, maybeCallback] = args;
      const callback = typeof encodingOrCallback === 'function' ? encodingOrCallback : maybeCallback;
      const size = typeof chunk === 'string' ? chunk.length : chunk instanceof Uint8Array ? chunk.byteLength : 0;
      // A string's length undercounts its bytes, never overcounts: below the threshold in characters may still be over it in bytes, which only costs compressing.
      if (size < threshold || response.headersSent || response.hasHeader('content-encoding') || !isCompressible(response.getHeader('content-type'))) {
        return end.apply(this, args);
      }
      const encoding = chooseEncoding(accepted);
      if (!encoding) return end.apply(this, args);
      const body = typeof chunk === 'string' ? Buffer.from(chunk, typeof encodingOrCallback === 'string' ? (encodingOrCallback as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
      compress(body, encoding, DYNAMIC_QUALITY).then(
        (compressed) => {
          if (response.destroyed) return;
          response.setHeader('content-encoding', encoding);
          response.setHeader('content-length', compressed.length);
          varyOnEncoding(response);
          end.call(response, compressed, callback);
        },
        (error: unknown) => {
          options.onError?.(error);
          if (!response.destroyed) end.call(response, body, callback);
        },
      );
      return response;
    } as End;
    return listener(request, response);
  };
}

const STATIC_QUALITY = { br: 6, gzip: 9 };

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** See the file's header. `maxBytes` bounds the compressed copies kept in memory (64 MB). */
export function compressedStatic(directory: string, options: { maxBytes?: number; threshold?: number } = {}): RequestHandler {
  const root = path.resolve(directory);
  const threshold = options.threshold ?? COMPRESSION_THRESHOLD;
  const cache = new LRUCache<string, Buffer>({ maxSize: options.maxBytes ?? 64 * 1024 * 1024, sizeCalculation: (buffer) => Math.max(1, buffer.length) });
  // In flight, so that two first requests for one file compress it once.
  const pending = new Map<string, Promise<Buffer>>();
  const compressedFile = (key: string, file: string, encoding: Encoding): Promise<Buffer> => {
    const cached = cache.get(key);
    if (cached) return Promise.resolve(cached);
    let promise = pending.get(key);
    if (!promise) {
      promise = fs.readFile(file).then((body) => compress(body, encoding, STATIC_QUALITY));
      pending.set(key, promise);
      promise.then((buffer) => cache.set(key, buffer), () => undefined).finally(() => pending.delete(key));
    }
    return promise;
  };

  return (request, response, next) => {
    if (request.method !== 'GET') return next();
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (!encoding) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(request.path);
    } catch {
      return next();
    }
    const file = path.join(root, relative);
    // Never outside the directory, and no dotfiles (as express.static is told).
    if (!file.startsWith(root + path.sep) || relative.split('/').some((part) => part.startsWith('.'))) return next();
    const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()];
    if (!contentType) return next();
    fs.stat(file).then(
      (stat) => {
        if (!stat.isFile() || stat.size < threshold) return next();
        const tag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}-${encoding}"`;
        response.setHeader('vary', 'Accept-Encoding');
        response.setHeader('cache-control', 'public, max-age=0');
        response.setHeader('last-modified', stat.mtime.toUTCString());
        response.setHeader('etag', tag);
        if (request.headers['if-none-match'] === tag) {
          response.statusCode = 304;
          response.end();
          return;
        }
        const compressed = compressedFile(`${file}\0${stat.mtimeMs}\0${stat.size}\0${encoding}`, file, encoding);
        compressed.then(
          (buffer) => {
            response.setHeader('content-type', contentType);
            response.setHeader('content-encoding', encoding);
            response.setHeader('content-length', buffer.length);
            response.end(buffer);
          },
          // Could not compress: the file as it is.
          () => createReadStream(file).pipe(response.setHeader('content-type', contentType)),
        );
      },
      () => next(),
    );
  };
}
