// One side of `npm run bench:abuse`, in a process of its own so that the two loads do not share an
// event loop: autocannon against URL with BODY, C connections for D seconds, each request from one
// of ADDRESSES client addresses (X-Forwarded-For, which the server trusts from 127.0.0.1 only in
// this benchmark). Prints autocannon's result, with the status codes counted, as one JSON line.
import path from 'node:path';
import { createRequire } from 'node:module';
import { PROJECT } from './lib.mjs';

const autocannon = createRequire(path.join(PROJECT, 'package.json'))('autocannon');
const { URL: url, BODY: body, C, D, ADDRESSES, ADDRESS_PREFIX } = process.env;
const addresses = Number(ADDRESSES);
let next = 0;

const statuses = {};
const instance = autocannon({
  url,
  method: 'POST',
  connections: Number(C),
  duration: Number(D),
  body,
  headers: { 'content-type': 'application/json' },
  // Each request names the next address in turn, so each address's rate budget sees 1/ADDRESSES of the load.
  setupClient: (client) => {
    client.setHeaders({ 'content-type': 'application/json', 'x-forwarded-for': `${ADDRESS_PREFIX}.${(next++ % addresses) + 1}` });
  },
});
instance.on('response', (_client, statusCode) => {
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
});
instance.then((result) => {
  process.stdout.write(`${JSON.stringify({ requests: result.requests, latency: result.latency, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, statuses })}\n`);
});
