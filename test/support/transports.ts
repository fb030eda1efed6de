/**
 * One operation sent over each transport the server speaks, answered as one result: HTTP (POST
 * /graphql through Apollo), WebSocket (graphql-ws) and SSE (graphql-sse at /graphql/stream). A
 * refusal before execution arrives as HTTP errors, a graphql-ws `error` message, or an SSE 400: each
 * is handed back as `{ errors }` so a test can compare the three.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLResponse, TestApp } from './app';

export type TransportName = 'http' | 'ws' | 'sse';
export const TRANSPORTS: TransportName[] = ['http', 'ws', 'sse'];

export interface Sent {
  status?: number;
  body: GraphQLResponse<any> & { extensions?: Record<string, any> };
}

export async function sendOver(transport: TransportName, app: TestApp, query: string, variables?: Record<string, unknown>, token?: string): Promise<Sent> {
  const authorization = token ? `Bearer ${token}` : undefined;
  if (transport === 'http') return app.post(query, variables, token ? { token } : { anonymous: true });
  if (transport === 'sse') {
    const response = await fetch(app.url.replace(/\/graphql$/, '/graphql/stream'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    if (!(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) return { status: response.status, body: JSON.parse(text) };
    const next = text.split('\n\n').find((event) => event.startsWith('event: next'));
    if (!next) throw new Error(`the event stream held no result: ${text}`);
    return { status: response.status, body: JSON.parse(next.slice(next.indexOf('data: ') + 6)) };
  }
  const client = createClient({
    url: app.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: authorization ? { authorization } : undefined,
  });
  try {
    return await new Promise<Sent>((resolve, reject) => {
      let result: Sent | null = null;
      client.subscribe(
        { query, variables },
        {
          next: (value) => (result = { body: value as Sent['body'] }),
          // graphql-ws hands an operation's refusal over as the array of its errors.
          error: (error) => (Array.isArray(error) ? resolve({ body: { errors: error } as Sent['body'] }) : reject(error)),
          complete: () => (result ? resolve(result) : reject(new Error('the operation completed without a result'))),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}
