/**
 * A POST whose document the pipeline refused before (src/pipeline/refusals.ts) is answered here,
 * before Apollo parses and validates it again: the same errors, the same status (400, or 200 for a
 * client that prefers application/json: src/http/legacy-json-status.ts), no work. Nothing else is
 * touched on the way: a document that passed costs this one map lookup.
 *
 * An address that keeps sending refused documents is slowed down: past REPEATS_ALLOWED in
 * REPEAT_WINDOW_SECONDS, each answer waits REPEAT_DELAY_MS first. Waiting costs the server a timer,
 * not CPU, and a client that repeats a refused document is broken or abusive (nothing it sends
 * again can pass), so only such a client waits; one that loops on its requests, as scripts do,
 * then sends a few a second instead of thousands, and leaves the CPU to everybody else.
 * (`npm run bench:abuse`: 200 such clients took 0.67 of the server's one core, and the peer query's
 * p99 went from 164 to 466 ms, before they waited.)
 */
import type { NextFunction, Request, Response } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { RefusedDocuments } from '../pipeline/refusals';
import { noteErrorCode } from '../observability/http-operations';
import type { ClientAddress } from '../rate-limit/client-address';
import { prefersLegacyJson } from './legacy-json-status';

export const REPEATS_ALLOWED = 20;
export const REPEAT_WINDOW_SECONDS = 10;
export const REPEAT_DELAY_MS = 1_000;

export function answerKnownRefusals(refused: RefusedDocuments, clientAddress: ClientAddress) {
  // Per instance: slowing a client down needs no agreement between instances.
  const repeats = new RateLimiterMemory({ points: REPEATS_ALLOWED, duration: REPEAT_WINDOW_SECONDS });
  return (request: Request, response: Response, next: NextFunction): void => {
    const query = request.method === 'POST' ? (request.body as { query?: unknown } | undefined)?.query : undefined;
    const errors = typeof query === 'string' ? refused.get(query) : undefined;
    if (!errors) return next();
    const accept = request.headers.accept;
    noteErrorCode(response, String(errors[0]?.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED'));
    const body = JSON.stringify({ errors });
    const answer = () => {
      if (response.destroyed) return;
      response.statusCode = prefersLegacyJson(accept) ? 200 : 400;
      response.setHeader('content-type', accept?.includes('application/graphql-response+json') ? 'application/graphql-response+json; charset=utf-8' : 'application/json; charset=utf-8');
      response.setHeader('content-length', Buffer.byteLength(body));
      response.end(body);
    };
    repeats.consume(clientAddress(request)).then(answer, () => setTimeout(answer, REPEAT_DELAY_MS).unref());
  };
}
