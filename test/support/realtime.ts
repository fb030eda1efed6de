/**
 * Subscribers for tests: real graphql-ws clients over real WebSockets (and graphql-sse clients over
 * real HTTP) to a running test server, collecting what they receive.
 */
import { createClient as createWsClient, Client } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';
import type { GraphQLResponse, TestApp } from './app';

export interface Subscriber<T = Record<string, any>> {
  /** Every result received so far, oldest first. */
  readonly received: GraphQLResponse<T>[];
  /** When each arrived (Date.now()). */
  readonly receivedAt: number[];
  /** Resolves once `count` results have arrived (fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<GraphQLResponse<T>[]>;
  /** Resolves when the server has accepted the connection (see `streaming` for the operation's stream). */
  readonly ready: Promise<void>;
  /** Set when the stream ended with an error (a close code or GraphQL errors). */
  readonly failure: () => unknown;
  /** Ends the subscription and the connection. */
  close(): Promise<void>;
}

export interface SubscribeOptions {
  /** 'ws' (graphql-ws, the default) or 'sse' (graphql-sse at /graphql/stream). */
  transport?: 'ws' | 'sse';
  /** Sent as connection_init's { authorization: 'Bearer <token>' } (or an SSE request's header). */
  token?: string;
  /** The authorization value exactly as given. */
  authorization?: string;
}

const wsUrl = (httpUrl: string) => httpUrl.replace(/^http/, 'ws');

/** Opens a graphql-ws client and runs one subscription on it. */
export function subscribeWs<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, options: SubscribeOptions = {}): Subscriber<T> {
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const client: Client = createWsClient({
    url: wsUrl(url),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    // Failures reach the sink (Subscriber.failure); the default would print them.
    onNonLazyError: () => {},
    connectionParams: authorization ? { authorization } : undefined,
    on: { connected: () => connected() },
  });
  return collect<T>(
    (sink) => client.subscribe({ query, variables }, sink),
    ready,
    async () => {
      await client.dispose();
    },
  );
}

/** The same subscription over Server-Sent Events at /graphql/stream (graphql-sse, distinct connections mode). */
export function subscribeSse<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, options: SubscribeOptions = {}): Subscriber<T> {
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  let opened!: () => void;
  const ready = new Promise<void>((resolve) => (opened = resolve));
  const client = createSseClient({
    url: `${url.replace(/\/graphql$/, '')}/graphql/stream`,
    singleConnection: false,
    retryAttempts: 0,
    headers: authorization ? { authorization } : {},
    on: { connected: () => opened() },
  });
  return collect<T>(
    (sink) => client.subscribe({ query, variables }, sink),
    ready,
    async () => client.dispose(),
  );
}

type Sink = { next: (value: any) => void; error: (error: unknown) => void; complete: () => void };

function collect<T>(start: (sink: Sink) => () => void, ready: Promise<void>, dispose: () => Promise<void>): Subscriber<T> {
  const received: GraphQLResponse<T>[] = [];
  const receivedAt: number[] = [];
  let failure: unknown;
  let wake = () => {};
  const stop = start({
    next: (value) => {
      received.push(value as GraphQLResponse<T>);
      receivedAt.push(Date.now());
      wake();
    },
    error: (error) => {
      failure = error;
      wake();
    },
    complete: () => wake(),
  });
  return {
    received,
    receivedAt,
    ready,
    failure: () => failure,
    async waitFor(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (failure) throw new Error(`the subscription failed: ${describe(failure)}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`waited ${timeoutMs} ms for ${count} result(s), got ${received.length}: ${JSON.stringify(received)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      return received.slice(0, count);
    },
    async close() {
      stop();
      await dispose();
    },
  };
}

function describe(failure: unknown): string {
  if (failure && typeof failure === 'object' && 'code' in failure) return `closed ${(failure as { code: number }).code} ${(failure as { reason?: string }).reason ?? ''}`;
  return JSON.stringify(failure);
}

/** A raw WebSocket speaking graphql-transport-ws, for what a client library would hide (close codes, timings). */
export function rawSocket(url: string): { socket: WebSocket; opened: Promise<void>; closed: Promise<{ code: number; reason: string }>; messages: any[]; send(message: object): void } {
  const socket = new WebSocket(wsUrl(url), 'graphql-transport-ws');
  const messages: any[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  return {
    socket,
    messages,
    opened: new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    }),
    closed: new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) }))),
    send: (message) => socket.send(JSON.stringify(message)),
  };
}

/** Waits until `check` holds, polling (for things that happen on the server's own time). */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'a condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Subscribes to `app` (over WebSocket unless told otherwise), resolved once the server listens for the subscription's events. */
export async function subscribed<T = Record<string, any>>(app: TestApp, query: string, variables: Record<string, unknown> = {}, options: SubscribeOptions = {}): Promise<Subscriber<T>> {
  const before = app.realtime.stats().streamsStarted;
  const subscriber = (options.transport === 'sse' ? subscribeSse : subscribeWs)<T>(app.url, query, variables, options);
  await eventually(
    () => {
      if (subscriber.received.length || subscriber.failure()) throw new Error(`the subscription ended at once: ${JSON.stringify(subscriber.received)} ${describe(subscriber.failure())}`);
      return app.realtime.stats().streamsStarted > before;
    },
    5000,
    'the subscription to start',
  );
  return subscriber;
}
