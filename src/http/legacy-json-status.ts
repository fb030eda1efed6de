/**
 * The GraphQL-over-HTTP spec's rule for clients that ask for `application/json`: a well-formed
 * request is answered 200 even when the document does not parse or validate or its variables do not
 * coerce (the errors are in the body); only `application/graphql-response+json` answers those 400.
 * Apollo answers 400 either way, so this plugin turns that 400 into 200 when the client's Accept
 * names application/json and prefers it. A client that sends no Accept, or only a wildcard, keeps
 * the 400 (the spec's rule since its 2025 watershed, and what docs/api.md has always said).
 * Other statuses (401 for a bad credential, 429, 503) say something about HTTP itself and stay.
 * Requests refused before GraphQL (not JSON, too large) are not well-formed and stay 4xx too.
 */
import type { ApolloServerPlugin } from '@apollo/server';

/** The q-value the Accept header gives `type` exactly (no wildcards), or 0, and where it was listed. */
function weight(accept: string, type: string): { q: number; at: number } {
  const ranges = accept.split(',');
  for (let at = 0; at < ranges.length; at++) {
    const [name, ...params] = ranges[at].split(';');
    if (name.trim().toLowerCase() !== type) continue;
    const q = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    return { q: q ? Number(q.slice(2)) || 0 : 1, at };
  }
  return { q: 0, at: Infinity };
}

/** True when Accept names application/json above application/graphql-response+json (ties: whichever is listed first). */
export function prefersLegacyJson(accept: string | undefined): boolean {
  if (!accept || !accept.includes('application/json')) return false;
  const json = weight(accept, 'application/json');
  if (json.q <= 0) return false;
  const modern = weight(accept, 'application/graphql-response+json');
  return json.q > modern.q || (json.q === modern.q && json.at < modern.at);
}

// One listener for every request: nothing is allocated per request.
const listener = {
  async willSendResponse({ request, response }: { request: { http?: { headers: Map<string, string> } }; response: { http: { status?: number } } }) {
    if (response.http.status === 400 && prefersLegacyJson(request.http?.headers.get('accept'))) response.http.status = 200;
  },
};

export const legacyJsonStatusPlugin: ApolloServerPlugin<object> = {
  requestDidStart: async () => listener,
};
