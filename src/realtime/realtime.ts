/**
 * The real-time side of one server: GraphQL over WebSocket at /graphql and over Server-Sent Events
 * at /graphql/stream, sharing one way of running operations, one limit on connections per address
 * and one set of counts.
 *
 * When the events channel's Redis subscription comes back after an outage, the subscriptions open
 * then may have missed events that other instances (or this one) committed meanwhile, and no
 * stream can replay them. So their connections are closed (WebSocket 4432, SSE cut): a client
 * reconnects and catches up by cursor, as after any dropped connection (docs/real-time.md).
 */
import type http from 'node:http';
import type { EventChannel } from '../events/channel';
import type { RealtimeStats } from '../observability/metrics';
import { AddressLimit, createOperations, RealtimeDeps } from './operations';
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

export function startRealtime(httpServer: http.Server, deps: RealtimeDeps & { channel?: EventChannel }): RealtimeServer {
  const operations = createOperations(deps);
  const addresses = new AddressLimit(deps.limits.maxConnectionsPerIp);
  const websocket = attachWebSocket({ ...deps, httpServer, operations, addresses });
  const sse = createSseEndpoint({ ...deps, operations, addresses });
  const stopListening = deps.channel?.onResumed(() => {
    const closed = { websocket: websocket.interrupt(), sse: sse.interrupt() };
    if (closed.websocket + closed.sse > 0) deps.logger.warn({ closed }, 'Redis is back: closed the connections whose subscriptions may have missed events meanwhile, so their clients reconnect and catch up');
  });
  return {
    sse,
    stats: () => ({ ...operations.stats }),
    async close() {
      stopListening?.();
      sse.close();
      await websocket.close();
    },
  };
}
