/**
 * A client that follows collaboration announcements and misses none, however often its connection
 * drops (docs/real-time.md, "Catching up after a reconnect"). It runs as is: test/realtime-catch-up-example.test.ts
 * drives it against a real server, cutting its connection while announcements are published.
 *
 * The pattern:
 * 1. Subscribe to `announcementPublished(filter)`; remember the cursor of each event delivered.
 * 2. Each time the socket (re)connects, page `announcements(after: <last cursor>, filter)` until
 *    `hasNextPage` is false: what was published while the client was away.
 * 3. The stream and the pages may both hold an announcement published while the client was
 *    catching up: deliver each id once.
 *
 * The filter object is the same for both (announcementPublished's filter keys are also keys of
 * `announcements`' filter).
 */
import { createClient, Client } from 'graphql-ws';

export interface Announcement {
  id: string;
  title: string;
  kind: string;
}

export interface FollowOptions {
  /** The API's GraphQL URL over HTTP, e.g. https://api.example.org/graphql (the socket is the same URL as ws(s)://). */
  url: string;
  filter?: Record<string, unknown>;
  /** Where the client stood when it last ran (a cursor it stored), or nothing to start from now. */
  since?: string | null;
  /** `Bearer <token or API key>`; none follows as an anonymous subscriber. */
  authorization?: string;
  onAnnouncement(announcement: Announcement, cursor: string): void;
  /** For Node: the `ws` package's WebSocket (browsers have their own). */
  webSocketImpl?: unknown;
  /** How long to wait before the next reconnection attempt (default: graphql-ws's randomised backoff). */
  retryWait?: (retries: number) => Promise<void>;
}

const FIELDS = 'id title kind';
const SUBSCRIPTION = `subscription($filter: AnnouncementEventFilter) { announcementPublished(filter: $filter) { cursor announcement { ${FIELDS} } } }`;
const PAGE = `query($after: String, $filter: AnnouncementFilter) {
  announcements(first: 100, after: $after, filter: $filter) { edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } }
}`;

/** Follows announcements until the returned function is called. */
export function followAnnouncements(options: FollowOptions): () => Promise<void> {
  const { url, filter = null, authorization } = options;
  const delivered = new Set<string>();
  /** The cursor to catch up from: the newest announcement delivered. */
  let last = options.since ?? null;
  /** While catching up, the newest live event (newer than any page): `last` once the pages are done. */
  let catchingUp = false;
  let newestLive: string | null = null;

  const deliver = (announcement: Announcement, cursor: string, live: boolean) => {
    if (delivered.has(announcement.id)) return;
    delivered.add(announcement.id);
    if (live && catchingUp) newestLive = cursor;
    else last = cursor;
    options.onAnnouncement(announcement, cursor);
  };

  async function page(after: string | null) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: PAGE, variables: { after, filter } }),
    });
    const body = (await response.json()) as { data?: { announcements: { edges: { cursor: string; node: Announcement }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }; errors?: unknown };
    if (!body.data) throw new Error(`catching up failed: ${JSON.stringify(body.errors)}`);
    return body.data.announcements;
  }

  /** Everything published after `from`, oldest first. */
  async function catchUp(from: string | null) {
    if (from === null) return; // Nothing to catch up on: following from now.
    catchingUp = true;
    try {
      let after = from;
      for (;;) {
        const { edges, pageInfo } = await page(after);
        for (const edge of edges) deliver(edge.node, edge.cursor, false);
        if (!pageInfo.hasNextPage || !pageInfo.endCursor) return;
        after = pageInfo.endCursor;
      }
    } finally {
      catchingUp = false;
      if (newestLive) last = newestLive;
      newestLive = null;
    }
  }

  const client: Client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: options.webSocketImpl,
    connectionParams: authorization ? { authorization } : undefined,
    // A phone: keep trying for as long as the app follows.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: options.retryWait,
    lazy: false,
    // The subscription below is re-sent on each connection; pick up from the last cursor each time.
    on: { connected: () => void catchUp(last).catch(() => undefined) },
  });

  const stop = client.subscribe<{ announcementPublished: { cursor: string; announcement: Announcement } }>(
    { query: SUBSCRIPTION, variables: { filter } },
    {
      next: ({ data }) => data && deliver(data.announcementPublished.announcement, data.announcementPublished.cursor, true),
      error: () => undefined,
      complete: () => undefined,
    },
  );

  return async () => {
    stop();
    await client.dispose();
  };
}
