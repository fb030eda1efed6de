/**
 * A POST whose document the pipeline refused before (src/pipeline/refusals.ts) is answered here,
 * before Apollo parses and validates it again: the same errors, the same status (400, or 200 for a
 * client that prefers application/json: src/http/legacy-json-status.ts), no work. Nothing else is
 * touched on the way: a document that passed costs this one map lookup.
 */
import type { NextFunction, Request, Response } from 'express';
import type { RefusedDocuments } from '../pipeline/refusals';
import { noteErrorCode } from '../observability/http-operations';
import { prefersLegacyJson } from './legacy-json-status';

export function answerKnownRefusals(refused: RefusedDocuments) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const query = request.method === 'POST' ? (request.body as { query?: unknown } | undefined)?.query : undefined;
    const errors = typeof query === 'string' ? refused.get(query) : undefined;
    if (!errors) return next();
    const accept = request.headers.accept;
    noteErrorCode(response, String(errors[0]?.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED'));
    const body = JSON.stringify({ errors });
    response.statusCode = prefersLegacyJson(accept) ? 200 : 400;
    response.setHeader('content-type', accept?.includes('application/graphql-response+json') ? 'application/graphql-response+json; charset=utf-8' : 'application/json; charset=utf-8');
    response.setHeader('content-length', Buffer.byteLength(body));
    response.end(body);
  };
}
