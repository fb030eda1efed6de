/**
 * Compressed answers over real HTTP (src/http/compression.ts): a large GraphQL answer comes as br or
 * gzip when the client accepts it and decodes to the same JSON; a small one, or one to a client that
 * accepts no encoding, comes as it is; GraphiQL's bundle comes compressed (compressed once, then
 * from memory, with a validator); an event stream is never compressed (it would be held back).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { ASSETS_DIR } from '../src/graphiql/assets-dir';
import { chooseEncoding, COMPRESSION_THRESHOLD } from '../src/http/compression';
import { startTestApp, TestApp } from './support/app';

let app: TestApp;
let origin: string;

beforeAll(async () => {
  app = await startTestApp('http_compression');
  origin = new URL(app.url).origin;
});
afterAll(async () => {
  await app?.stop();
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose answer is read as sent (fetch would decode it). */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

const post = (query: string, acceptEncoding?: string) =>
  raw(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) }, body: JSON.stringify({ query }) });

const decode = (answer: Raw): Buffer => {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(answer.body);
  if (encoding === 'gzip') return zlib.gunzipSync(answer.body);
  return answer.body;
};

const LARGE = '{ stations(first: 64) { edges { node { id name nameEn status approvalYear district { name } hostUnit { name } } } } }';
const SMALL = '{ networkStats { stations } }';

test('a large answer comes compressed as the client accepts (br first, then gzip) and decodes to the same JSON', async () => {
  const plain = await post(LARGE);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.length).toBeGreaterThan(COMPRESSION_THRESHOLD * 4);
  const json = JSON.parse(plain.body.toString('utf8'));
  expect(json.data.stations.edges.length).toBeGreaterThan(10);

  for (const [accepted, expected] of [
    ['gzip, deflate, br', 'br'],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
  ] as const) {
    const answer = await post(LARGE, accepted);
    expect({ accepted, status: answer.status, encoding: answer.headers['content-encoding'], vary: answer.headers.vary }).toEqual({ accepted, status: 200, encoding: expected, vary: expect.stringMatching(/Accept-Encoding/) });
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(decode(answer).toString('utf8'))).toEqual(json);
  }
});

test('a client that accepts no encoding we make gets the answer as it is', async () => {
  for (const accepted of ['identity', 'deflate', 'br;q=0, gzip;q=0']) {
    const answer = await post(LARGE, accepted);
    expect({ accepted, encoding: answer.headers['content-encoding'] }).toEqual({ accepted, encoding: undefined });
    expect(JSON.parse(answer.body.toString('utf8')).data.stations.edges.length).toBeGreaterThan(10);
  }
});

test('a small answer is not compressed, nor marked as varying, whatever the client accepts', async () => {
  const plain = await post(SMALL);
  const answer = await post(SMALL, 'gzip, deflate, br');
  expect(answer.body.length).toBeLessThan(COMPRESSION_THRESHOLD);
  expect({ encoding: answer.headers['content-encoding'], vary: answer.headers.vary, length: Number(answer.headers['content-length']) }).toEqual({ encoding: undefined, vary: plain.headers.vary, length: answer.body.length });
  expect(answer.body.equals(plain.body)).toBe(true);
});

test("GraphiQL's script comes compressed, the same bytes once decoded; then from memory, with a validator", async () => {
  const onDisk = fs.readFileSync(path.join(ASSETS_DIR, 'graphiql.js'));
  const url = `${origin}/graphiql/assets/graphiql.js`;
  const plain = await raw(url);
  expect({ status: plain.status, encoding: plain.headers['content-encoding'] }).toEqual({ status: 200, encoding: undefined });
  expect(plain.body.equals(onDisk)).toBe(true);

  for (const encoding of ['br', 'gzip']) {
    const first = await raw(url, { headers: { 'accept-encoding': encoding } });
    expect({ encoding, status: first.status, sent: first.headers['content-encoding'], type: first.headers['content-type'], vary: first.headers.vary }).toEqual({
      encoding,
      status: 200,
      sent: encoding,
      type: expect.stringMatching(/javascript/),
      vary: 'Accept-Encoding',
    });
    expect(decode(first).equals(onDisk)).toBe(true);
    expect(first.body.length).toBeLessThan(onDisk.length / 2);
    // The second is the same bytes (the copy in memory), and a validator saves sending them at all.
    const second = await raw(url, { headers: { 'accept-encoding': encoding } });
    expect(second.body.equals(first.body)).toBe(true);
    const revalidated = await raw(url, { headers: { 'accept-encoding': encoding, 'if-none-match': String(first.headers.etag) } });
    expect({ status: revalidated.status, length: revalidated.body.length }).toEqual({ status: 304, length: 0 });
  }
  // The stylesheet too; unknown assets, dotfiles and paths out of the directory are refused as without compression.
  const css = await raw(`${origin}/graphiql/assets/graphiql.css`, { headers: { 'accept-encoding': 'br' } });
  expect({ encoding: css.headers['content-encoding'], type: css.headers['content-type'] }).toEqual({ encoding: 'br', type: expect.stringMatching(/^text\/css/) });
  for (const [missing, status] of [['nothing-here.js', 404], ['.inputs-sha256', 404], ['..%2Fsrc%2Fmain.js', 403]] as const) {
    const refused = await raw(`${origin}/graphiql/assets/${missing}`, { headers: { 'accept-encoding': 'br' } });
    expect([missing, refused.status, refused.headers['content-encoding']]).toEqual([missing, status, undefined]);
    expect((await raw(`${origin}/graphiql/assets/${missing}`)).status).toBe(status);
  }
});

test('an event stream is never compressed: events go out as they happen', async () => {
  const answer = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = http.request(`${app.url}/stream`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'accept-encoding': 'gzip, br' } }, resolve);
    request.on('error', reject);
    request.end(JSON.stringify({ query: 'subscription { networkStatsChanged { stations } }' }));
  });
  // graphql-sse says `none` itself, so that no proxy compresses (and buffers) it either.
  expect({ status: answer.statusCode, type: answer.headers['content-type'], encoding: answer.headers['content-encoding'] }).toEqual({ status: 200, type: expect.stringMatching(/^text\/event-stream/), encoding: 'none' });
  answer.destroy();
});

test('Accept-Encoding is read as RFC 9110 says: q=0 refuses, * stands for what is not named', () => {
  expect(chooseEncoding(undefined)).toBeNull();
  expect(chooseEncoding('')).toBeNull();
  expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
  expect(chooseEncoding('gzip;q=1.0, br;q=0.5')).toBe('br');
  expect(chooseEncoding('br;q=0, *')).toBe('gzip');
  expect(chooseEncoding('*;q=0')).toBeNull();
  expect(chooseEncoding('GZIP')).toBe('gzip');
  expect(chooseEncoding('identity, deflate')).toBeNull();
});
