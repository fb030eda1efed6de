/**
 * `npm run example:follow` (examples/follow/main.mts, the client docs/real-time.md shows), run as a
 * developer runs it: a child process against a real server, sharing nothing but the URL and its
 * cursor file. It prints announcements and figures as they are committed, keeps the last cursor,
 * and on its next run catches up on what was published while it was not running.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toGlobalId } from '../src/graphql/global-id';
import { dataOf, startTestApp, TestApp } from './support/app';
import { eventually } from './support/realtime';
import { demoScope } from './support/writes';

let app: TestApp;
let staff: string;
let dir: string;

beforeAll(async () => {
  app = await startTestApp('example_follow');
  staff = await app.tokenFor('staff');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haizhi-follow-'));
});
afterAll(async () => {
  await app?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface Run {
  lines: string[];
  stderr: string;
  exited: Promise<number | null>;
}

function runExample(env: Record<string, string>): Run {
  const { HAIZHI_API_KEY: _ignored, ...inherited } = process.env;
  const child = spawn('npm', ['run', '-s', 'example:follow'], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...inherited, HAIZHI_URL: app.url, FOLLOW_CURSOR_FILE: path.join(dir, 'cursor'), ...env },
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

async function publish(title: string): Promise<string> {
  const input = { kind: 'CALL', title, body: '征集海外合作伙伴。' };
  return dataOf(await app.query('mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id } } }', { input }, { token: staff })).publishAnnouncement.announcement.id;
}

/** A new partner organisation tied to a station: networkStats' partnerOrganizations moves by one. */
async function newPartner(name: string): Promise<void> {
  const organizationId = dataOf(await app.query('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }', { input: { kind: 'RESEARCH_INSTITUTE', name, country: 'DE' } }, { token: staff })).createOrganization.organization.id;
  const input = { organizationId, stationId: toGlobalId('Station', (await demoScope(app)).ownStationId), kind: 'JOINT_RESEARCH', since: '2024-05-01' };
  dataOf(await app.query('mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }', { input }, { token: staff }));
}

test('first run: follows from now, prints announcements and the figures as they move, keeps the last cursor', async () => {
  const streamsBefore = app.realtime.stats().streamsStarted;
  const run = runExample({ EXAMPLE_MAX_EVENTS: '2', EXAMPLE_SECONDS: '60' });
  // Both subscriptions open (announcements and figures).
  await eventually(() => app.realtime.stats().streamsStarted >= streamsBefore + 2, 30000, 'the example to subscribe');
  const { partnerOrganizations } = dataOf(await app.query('{ networkStats { partnerOrganizations } }')).networkStats;
  await newPartner('跟随示例伙伴一');
  await eventually(() => run.lines.some((line) => line.startsWith('stats: ')), 10000, 'the figures');
  await publish('跟随示例公告一');
  await publish('跟随示例公告二');
  expect({ code: await run.exited, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });

  expect(run.lines[0]).toBe(`cursor: none in ${path.join(dir, 'cursor')}, following from now on`);
  expect(run.lines).toContainEqual(expect.stringMatching(new RegExp(`^stats: \\d+ stations, ${partnerOrganizations + 1} partner organisations, \\d+ overseas talents, \\d+ projects$`)));
  const announcements = run.lines.filter((line) => line.startsWith('announcement: '));
  expect(announcements).toEqual([expect.stringMatching(/^announcement: CALL 跟随示例公告一 \(cursor \S+\)$/), expect.stringMatching(/^announcement: CALL 跟随示例公告二 \(cursor \S+\)$/)]);
  const lastCursor = /\(cursor (\S+)\)$/.exec(announcements[1])![1];
  expect(fs.readFileSync(path.join(dir, 'cursor'), 'utf8')).toBe(`${lastCursor}\n`);
  expect(run.lines.at(-1)).toBe(`done: 2 announcements, ${run.lines.filter((line) => line.startsWith('stats: ')).length} stats changes; cursor ${lastCursor} kept in ${path.join(dir, 'cursor')}`);
});

test('next run: catches up on what was published while it was not running, each once, then stops', async () => {
  const stored = fs.readFileSync(path.join(dir, 'cursor'), 'utf8').trim();
  await publish('离线期间公告一');
  await publish('离线期间公告二');
  const run = runExample({ EXAMPLE_MAX_EVENTS: '2', EXAMPLE_SECONDS: '60' });
  expect({ code: await run.exited, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  expect(run.lines[0]).toBe(`cursor: catching up after ${stored} (from ${path.join(dir, 'cursor')})`);
  expect(run.lines.filter((line) => line.startsWith('announcement: '))).toEqual([
    expect.stringMatching(/^announcement: CALL 离线期间公告一 \(cursor \S+\)$/),
    expect.stringMatching(/^announcement: CALL 离线期间公告二 \(cursor \S+\)$/),
  ]);
  expect(fs.readFileSync(path.join(dir, 'cursor'), 'utf8').trim()).not.toBe(stored);
});

test('with EXAMPLE_SECONDS and nothing published it stops on time, keeping the cursor it had', async () => {
  const stored = fs.readFileSync(path.join(dir, 'cursor'), 'utf8').trim();
  const run = runExample({ EXAMPLE_SECONDS: '1' });
  expect({ code: await run.exited, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  expect(run.lines.at(-1)).toBe(`done: 0 announcements, 0 stats changes; cursor ${stored} kept in ${path.join(dir, 'cursor')}`);
});

test("docs/real-time.md's code for it is the example's own code, verbatim", () => {
  const root = path.resolve(__dirname, '..');
  const doc = fs.readFileSync(path.join(root, 'docs', 'real-time.md'), 'utf8');
  const source = fs.readFileSync(path.join(root, 'examples', 'follow', 'main.mts'), 'utf8');
  const section = doc.slice(doc.indexOf('## Catching up after a reconnect'), doc.indexOf('By hand, the catch-up is one query'));
  const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);
  expect(blocks.length).toBeGreaterThanOrEqual(2);
  for (const block of blocks) expect({ inExample: source.includes(block), block }).toEqual({ inExample: true, block });
});
