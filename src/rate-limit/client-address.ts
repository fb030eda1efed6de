/**
 * Who the client is, by address: the one rule the rate limits, the login limits and the
 * per-address connection limit of WebSocket and SSE all use. Behind a load balancer every request
 * comes from the balancer, so TRUST_PROXY names the proxies whose X-Forwarded-For is believed;
 * from anyone else that header is the client's own say-so and is ignored.
 */
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/** The client address of a request (an HTTP request, or a WebSocket's upgrade request). */
export type ClientAddress = (request: IncomingMessage) => string;

/** The rule for a TRUST_PROXY list (empty: the socket's peer is the client, whatever the headers say). */
export function clientAddressRule(trustProxy: readonly string[]): ClientAddress {
  if (trustProxy.length === 0) return (request) => request.socket.remoteAddress ?? 'unknown';
  const trust = proxyaddr.compile([...trustProxy]);
  // proxy-addr walks X-Forwarded-For from the socket back while each hop is trusted, as Express does.
  return (request) => (request.socket.remoteAddress ? proxyaddr(request, trust) : 'unknown');
}
