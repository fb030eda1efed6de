/**
 * One fetcher for GraphiQL: queries and mutations over HTTP POST to /graphql, subscriptions over
 * graphql-ws on the same URL. The WebSocket sends its credential once, in connection_init, so when
 * the Authorization header in the headers editor changes, the socket is replaced by one that
 * carries the new value.
 */
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { createClient, type Client } from 'graphql-ws';

export function createFetcher(httpUrl: string): Fetcher {
  const wsUrl = httpUrl.replace(/^http/, 'ws');
  let authorization: string | undefined;
  let client: Client | null = null;
  let fetcher: Fetcher | null = null;

  return (params, options) => {
    const headers: Record<string, unknown> = options?.headers ?? {};
    const header = Object.keys(headers).find((name) => name.toLowerCase() === 'authorization');
    const wanted = header && typeof headers[header] === 'string' ? (headers[header] as string) : undefined;
    if (!fetcher || wanted !== authorization) {
      void client?.dispose();
      authorization = wanted;
      client = createClient({ url: wsUrl, connectionParams: authorization ? { authorization } : {}, lazy: true });
      fetcher = createGraphiQLFetcher({ url: httpUrl, wsClient: client });
    }
    return fetcher(params, options);
  };
}
