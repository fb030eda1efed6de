/**
 * GET /metrics for Prometheus. With METRICS_TOKEN set, a scrape must send
 * `Authorization: Bearer <token>` (Prometheus' `authorization` setting) or is answered 401;
 * without it the endpoint is open, as on an internal network or a laptop. Production never runs
 * without it: src/config.ts refuses to start there with no METRICS_TOKEN.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Registry } from 'prom-client';

// Compared as hashes: equal lengths for timingSafeEqual, and no hint of the token's length.
const digest = (value: string) => createHash('sha256').update(value).digest();

export function metricsEndpoint(registry: Registry, token: string | null) {
  const expected = token ? digest(`Bearer ${token}`) : null;
  return async (request: Request, response: Response): Promise<void> => {
    if (expected && !timingSafeEqual(digest(request.headers.authorization ?? ''), expected)) {
      response.status(401).set('www-authenticate', 'Bearer realm="metrics"').json({ error: 'send the metrics token as Authorization: Bearer <METRICS_TOKEN>' });
      return;
    }
    response.set('content-type', registry.contentType).send(await registry.metrics());
  };
}
