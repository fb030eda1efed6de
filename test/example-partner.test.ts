/**
 * `npm run example:partner` (examples/partner/), run as a partner developer runs it: a child process
 * against a real server, with nothing shared but the URL. Announcements published while it listens
 * must come out of its typed subscription.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { dataOf, startTestApp, TestApp } from './support/app';
import { eventually } from './support/realtime';

let app: TestApp;
let staff: string;

beforeAll(async () => {
  app = await startTestApp('example_partner');
  staff = await app.tokenFor('staff');
});
afterAll(async () => {
  await app?.stop();
});

interface Run {
  lines: string[];
  stderr: string;
  exited: Promise<number | null>;
}

function runExample(env: Record<string, string>): Run {
  const { HAIZHI_API_KEY: _ignored, ...inherited } = process.env;
  const child = spawn('npm', ['run', '-s', 'example:partner'], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...inherited, HAIZHI_URL: app.url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: Run = { lines: [], stderr: '', exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    run.lines.push(...parts);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (run.stderr += chunk));
  return run;
}

async function publish(input: Record<string, unknown>, token: string): Promise<void> {
  dataOf(await app.query('mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }', { input: { body: '征集海外合作伙伴。', ...input } }, { token }));
}

async function demoPartnerOrganisationId(): Promise<string> {
  const { organizations } = dataOf(await app.query('{ organizations(first: 1, filter: { nameContains: "Institution of Engineers" }) { edges { node { id } } } }'));
  return organizations.edges[0].node.id;
}

/** A PARTNER key for the demo partner organisation, issued by staff as CQAST would. */
async function partnerKey(name: string): Promise<string> {
  const input = { name, role: 'PARTNER', organizationId: await demoPartnerOrganisationId() };
  return dataOf(await app.query('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', { input }, { token: staff })).createApiKey.secret;
}

async function apiKeyCount(): Promise<number> {
  return dataOf(await app.query('{ apiKeys(first: 1) { totalCount } }', {}, { token: staff })).apiKeys.totalCount;
}

test('without HAIZHI_API_KEY it issues a demo PARTNER key, pages the whole directory and prints the announcements published while it listens', async () => {
  const { stations } = dataOf(await app.query('{ stations(first: 1) { totalCount } }'));
  const keysBefore = await apiKeyCount();
  const streamsBefore = app.realtime.stats().streamsStarted;
  const run = runExample({ EXAMPLE_MAX_EVENTS: '2', EXAMPLE_SECONDS: '60' });

  await eventually(() => app.realtime.stats().streamsStarted > streamsBefore, 30000, 'the example to subscribe');
  await publish({ kind: 'CALL', title: '诚邀石墨烯领域海外专家（示例一）' }, staff);
  await publish({ kind: 'OFFER', title: '新加坡工程师学会提供智能制造合作（示例二）', organizationId: await demoPartnerOrganisationId() }, await app.tokenFor('partner'));
  expect(await run.exited).toBe(0);

  const output = run.lines.join('\n');
  expect(output).toMatch(/^auth: HAIZHI_API_KEY is not set, so logged in as the demo staff@demo\.haizhi and created PARTNER key ".+" for 新加坡工程师学会/m);
  expect(await apiKeyCount()).toBe(keysBefore + 1);
  // The secret is the caller's to keep: the example never prints it.
  expect(output).not.toContain('hzk_');
  const pages = Math.ceil(stations.totalCount / 25);
  expect(run.lines.filter((line) => line.startsWith('directory: page '))).toHaveLength(pages);
  expect(output).toContain(`directory: page ${pages}, ${stations.totalCount - (pages - 1) * 25} stations (${stations.totalCount} of ${stations.totalCount})`);
  expect(output).toMatch(new RegExp(`^directory: ${stations.totalCount} stations, \\d+ active$`, 'm'));
  expect(run.lines.filter((line) => line.startsWith('station: '))).toHaveLength(3);
  expect(run.lines.filter((line) => line.startsWith('announcement: '))).toEqual([
    expect.stringMatching(/^announcement: CALL 诚邀石墨烯领域海外专家（示例一） by CQAST \(OPERATOR\) at \S+Z \(cursor \S+\)$/),
    expect.stringMatching(/^announcement: OFFER 新加坡工程师学会提供智能制造合作（示例二） by 新加坡工程师学会 \(ORGANIZATION\) at \S+Z \(cursor \S+\)$/),
  ]);
  expect(run.lines.at(-1)).toBe('done: 2 announcements received');
});

test('with HAIZHI_API_KEY it calls with that key, issues none, and stops listening after EXAMPLE_SECONDS', async () => {
  const secret = await partnerKey('partner app under test');
  const keysBefore = await apiKeyCount();
  const started = Date.now();
  const run = runExample({ HAIZHI_API_KEY: secret, EXAMPLE_SECONDS: '1' });
  expect(await run.exited).toBe(0);
  expect(run.lines[0]).toBe('auth: using the API key in HAIZHI_API_KEY');
  expect(run.lines.at(-1)).toBe('done: 0 announcements received');
  expect(await apiKeyCount()).toBe(keysBefore);
  expect(Date.now() - started).toBeLessThan(30000);
});

test('a revoked key stops it with the error code the server gave, and exit code 1', async () => {
  const secret = await partnerKey('revoked partner app');
  const { apiKeys } = dataOf(await app.query('{ apiKeys(first: 100) { edges { node { id name } } } }', {}, { token: staff }));
  const { id } = apiKeys.edges.find((edge: { node: { name: string } }) => edge.node.name === 'revoked partner app').node;
  dataOf(await app.query('mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id } } }', { input: { id } }, { token: staff }));
  const run = runExample({ HAIZHI_API_KEY: secret });
  expect(await run.exited).toBe(1);
  expect(run.stderr).toMatch(/^example:partner failed: HTTP 401: UNAUTHENTICATED .*revoked/m);
});
