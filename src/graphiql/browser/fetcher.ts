/**
 * One fetcher for GraphiQL: queries and mutations over HTTP POST to /graphql, subscriptions over
 * graphql-ws on the same URL.
 *
 * The credential: an Authorization header typed into the headers editor (a token, a partner's API
 * key) goes as it is; without one, the stored sign-in (session.ts) is added to every request, in
 * every tab, after a check that it has not expired. A 401 for the stored token (revoked, the
 * server's secret changed) drops it, so the page shows the sign-out instead of failing each time.
 * The WebSocket sends its credential once, in connection_init, so when the credential changes the
 * socket is replaced by one that carries the new value.
 */
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { createClient, type Client } from 'graphql-ws';
import { clearSession, currentSession } from '../../web-session/session';

/** window.fetch, dropping the stored sign-in when the server refuses its token. */
const fetchDroppingRefusedSession: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (response.status === 401) {
    const sent = new Headers(init?.headers).get('authorization');
    const session = currentSession();
    if (session && sent === `Bearer ${session.token}`) clearSession();
  }
  return response;
};

export function createFetcher(httpUrl: string): Fetcher {
  const wsUrl = httpUrl.replace(/^http/, 'ws');
  let authorization: string | undefined;
  let client: Client | null = null;
  let fetcher: Fetcher | null = null;

  return (params, options) => {
    const headers: Record<string, unknown> = { ...options?.headers };
    const typed = Object.keys(headers).find((name) => name.toLowerCase() === 'authorization');
    let wanted = typed && typeof headers[typed] === 'string' ? (headers[typed] as string) : undefined;
    if (!typed) {
      const session = currentSession();
      if (session) headers.Authorization = wanted = `Bearer ${session.token}`;
    }
    if (!fetcher || wanted !== authorization) {
      void client?.dispose();
      authorization = wanted;
      client = createClient({ url: wsUrl, connectionParams: authorization ? { authorization } : {}, lazy: true });
      fetcher = createGraphiQLFetcher({ url: httpUrl, wsClient: client, fetch: fetchDroppingRefusedSession });
    }
    return fetcher(params, { ...options, headers });
  };
}
