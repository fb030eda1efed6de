/**
 * Follows the network in real time and misses nothing between runs: new collaboration announcements
 * (caught up by cursor after every reconnect and every restart, docs/real-time.md "Catching up after
 * a reconnect") and the headline figures whenever writes move them. Run it with
 * `npm run example:follow` against a started server; stop it with Ctrl-C.
 *
 *   HAIZHI_URL          the API (default http://localhost:4000/graphql; the socket is the same URL as ws://)
 *   HAIZHI_API_KEY      `hzk_...` or a login token; without one it follows as an anonymous subscriber
 *                       (both subscriptions are public)
 *   FOLLOW_FILTER       an AnnouncementEventFilter as JSON, e.g. '{"countries":["DE","GB"]}' (default: every announcement)
 *   FOLLOW_CURSOR_FILE  where the last announcement's cursor is kept between runs (default .follow-cursor)
 *   EXAMPLE_MAX_EVENTS  stop after this many announcements (default: never)
 *   EXAMPLE_SECONDS     stop after this many seconds (default: never)
 */
import fs from 'node:fs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { followAnnouncements } from '../../docs/examples/follow-announcements.js';

const url = process.env.HAIZHI_URL ?? 'http://localhost:4000/graphql';
const credential = process.env.HAIZHI_API_KEY;
const authorization = credential ? `Bearer ${credential}` : undefined;
const filter = process.env.FOLLOW_FILTER ? (JSON.parse(process.env.FOLLOW_FILTER) as Record<string, unknown>) : undefined;
const cursorFile = process.env.FOLLOW_CURSOR_FILE ?? '.follow-cursor';
const maxEvents = Number(process.env.EXAMPLE_MAX_EVENTS ?? 0);
const seconds = Number(process.env.EXAMPLE_SECONDS ?? 0);
const log = (line: string) => console.log(line);

/** The cursor the last run stored, or null the first time: then it follows from now on. */
function loadStoredCursor(): string | null {
  try {
    return fs.readFileSync(cursorFile, 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/** Where the next run picks up: written after each announcement, so a crash loses nothing. */
function storeCursor(cursor: string): void {
  fs.writeFileSync(cursorFile, `${cursor}\n`);
}

interface Figures {
  stations: number;
  partnerOrganizations: number;
  overseasTalents: number;
  projects: number;
}
const STATS = 'subscription { networkStatsChanged { stations partnerOrganizations overseasTalents projects } }';

async function main(): Promise<void> {
  const since = loadStoredCursor();
  log(since ? `cursor: catching up after ${since} (from ${cursorFile})` : `cursor: none in ${cursorFile}, following from now on`);
  let received = 0;
  let statsEvents = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));

  // 1. Announcements: a log, caught up by cursor (docs/examples/follow-announcements.ts does the paging and de-duplication).
  const stopAnnouncements = followAnnouncements({
    url,
    filter,
    since,
    authorization,
    webSocketImpl: WebSocket,
    onAnnouncement: (announcement, cursor) => {
      received++;
      log(`announcement: ${announcement.kind} ${announcement.title} (cursor ${cursor})`);
      storeCursor(cursor);
      if (maxEvents > 0 && received >= maxEvents) finish();
    },
  });

  // 2. The headline figures: state, not a log; after a reconnect the next event (or a query) has them as they stand.
  const socket = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: authorization ? { authorization } : undefined, retryAttempts: Infinity, shouldRetry: () => true });
  const stopStats = socket.subscribe<{ networkStatsChanged: Figures }>(
    { query: STATS },
    {
      next: ({ data, errors }) => {
        if (errors?.length) return log(`stats: refused: ${errors.map((error) => error.message).join('; ')}`);
        if (!data) return;
        statsEvents++;
        const figures = data.networkStatsChanged;
        log(`stats: ${figures.stations} stations, ${figures.partnerOrganizations} partner organisations, ${figures.overseasTalents} overseas talents, ${figures.projects} projects`);
      },
      error: (error) => log(`stats: the subscription ended: ${error instanceof Error ? error.message : JSON.stringify(error)}`),
      complete: () => undefined,
    },
  );

  log(`listening: announcementPublished${filter ? ` (filter ${JSON.stringify(filter)})` : ''} and networkStatsChanged${maxEvents > 0 ? `, until ${maxEvents} announcements` : ''}${seconds > 0 ? `, for ${seconds} s at most` : ''}; Ctrl-C stops`);
  const timer = seconds > 0 ? setTimeout(finish, seconds * 1000) : undefined;
  process.once('SIGINT', finish);
  process.once('SIGTERM', finish);
  await finished;
  clearTimeout(timer);
  stopStats();
  await Promise.all([stopAnnouncements(), socket.dispose()]);
  log(`done: ${received} announcements, ${statsEvents} stats changes; cursor ${loadStoredCursor() ?? 'none'} kept in ${cursorFile}`);
}

main().catch((error: unknown) => {
  console.error(`example:follow failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
