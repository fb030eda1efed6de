/**
 * The real-time side of one server: GraphQL over WebSocket at /graphql and over Server-Sent Events
 * at /graphql/stream, sharing one way of running operations, one limit on connections per address
 * and one set of counts.
 */
import type http from 'node:http';
import { AddressLimit, createOperations, RealtimeDeps, RealtimeStats } from './operations';
import { createSseEndpoint, SseEndpoint } from './sse';
import { attachWebSocket } from './websocket';

export interface RealtimeServer {
  /** The Server-Sent Events endpoint, for the HTTP app to mount at /graphql/stream. */
  sse: SseEndpoint;
  /** Connections and subscriptions open now, over both transports. */
  stats(): Readonly<RealtimeStats>;
  /** Closes every socket with 1001 and ends every event stream, so clients reconnect elsewhere. */
  close(): Promise<void>;
}

export function startRealtime(httpServer: http.Server, deps: RealtimeDeps): RealtimeServer {
  const operations = createOperations(deps);
  const addresses = new AddressLimit(deps.limits.maxConnectionsPerIp);
  const websocket = attachWebSocket({ ...deps, httpServer, operations, addresses });
  const sse = createSseEndpoint({ ...deps, operations, addresses });
  return {
    sse,
    stats: () => ({ ...operations.stats }),
    async close() {
      sse.close();
      await websocket.close();
    },
  };
}
