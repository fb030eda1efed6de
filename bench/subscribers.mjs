// A worker thread of `npm run bench:subscriptions`: holds its share of the WebSocket subscribers.
// Each speaks graphql-transport-ws by hand over `ws` (init, ack, subscribe), so that the client side
// costs as little as it can: while measuring, a message is only timestamped and kept; it is parsed
// after the run. Until then (the warm-up) a client's first message is parsed to tell that it is live.
//
// main -> worker: { type: 'connect' | 'live' | 'measure' | 'collect' | 'close' }
// worker -> main: { type: 'connected', open, failed } | { type: 'live', count } | { type: 'measuring' }
//                 | { type: 'records', records, closedEarly } | { type: 'closed' }
import { parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(workerData.project, 'package.json'));
const WebSocket = require('ws');

const { clients, query, concurrency } = workerData;
const sockets = [];
const live = new Set();
/** [client index, received at (ms since epoch), raw message], in the order they came. */
let records = [];
let measuring = false;
let closedEarly = 0;
let closing = false;

function open(client) {
  return new Promise((resolve) => {
    const socket = new WebSocket(client.url, 'graphql-transport-ws', { perMessageDeflate: false });
    let settled = false;
    const done = (ok) => {
      if (!settled) resolve(ok);
      settled = true;
    };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: client.token ? { authorization: `Bearer ${client.token}` } : {} })));
    socket.on('message', (data) => {
      const at = Date.now();
      if (measuring) {
        records.push([client.index, at, data]);
        return;
      }
      const message = JSON.parse(String(data));
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables: { filter: client.filter } } }));
        done(true);
      } else if (message.type === 'next') {
        live.add(client.index);
      } else {
        records.push([client.index, at, data]);
      }
    });
    socket.on('error', () => done(false));
    socket.on('close', () => {
      if (settled && !closing) closedEarly += 1;
      done(false);
    });
    sockets.push(socket);
  });
}

async function connectAll() {
  let next = 0, failed = 0;
  async function lane() {
    while (next < clients.length) {
      const client = clients[next++];
      if (!(await open(client))) failed += 1;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { open: clients.length - failed, failed };
}

parentPort.on('message', async (command) => {
  if (command.type === 'connect') {
    parentPort.postMessage({ type: 'connected', ...(await connectAll()) });
  } else if (command.type === 'live') {
    parentPort.postMessage({ type: 'live', count: live.size });
  } else if (command.type === 'measure') {
    measuring = true; // what came before (errors only: warm-up events are not kept) stays in `records`
    parentPort.postMessage({ type: 'measuring' });
  } else if (command.type === 'collect') {
    const out = records.map(([index, at, data]) => [index, at, String(data)]);
    parentPort.postMessage({ type: 'records', records: out, closedEarly });
  } else if (command.type === 'close') {
    closing = true;
    for (const socket of sockets) socket.terminate();
    parentPort.postMessage({ type: 'closed' });
  }
});
