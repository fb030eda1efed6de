/**
 * A partner app against the HAIZHI Network API, typed end to end from client/generated/graphql.ts
 * (npm run codegen): it authenticates with an API key, pages through the station directory, looks
 * up open announcements, then follows new ones over WebSocket until it has seen EXAMPLE_MAX_EVENTS
 * or EXAMPLE_SECONDS have passed. Run it with `npm run example:partner` against a started server.
 *
 *   HAIZHI_URL         the API (default http://localhost:4000/graphql; the socket is the same URL as ws://)
 *   HAIZHI_API_KEY     `hzk_...`; without it a non-production server's demo staff account issues one
 *   EXAMPLE_MAX_EVENTS announcements to wait for before exiting (default 3)
 *   EXAMPLE_SECONDS    how long to follow announcements at most (default 30)
 */
import { ClientError, GraphQLClient } from 'graphql-request';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { AnnouncementPublishedDocument, AnnouncementsDocument, PartnerDirectoryDocument } from '../../client/generated/graphql.js';
import type { AnnouncementSummaryFragment, PartnerDirectoryQuery } from '../../client/generated/graphql.js';
import { apiKeyFor } from './api-key.mjs';
import { subscribeTyped } from './typed-subscription.mjs';

const url = process.env.HAIZHI_URL ?? 'http://localhost:4000/graphql';
const maxEvents = Number(process.env.EXAMPLE_MAX_EVENTS ?? 3);
const seconds = Number(process.env.EXAMPLE_SECONDS ?? 30);
const log = (line: string) => console.log(line);

type Station = PartnerDirectoryQuery['stations']['edges'][number]['node'];

/** Who published it, from the one publisher field its publisherKind says is set. */
function publisherOf(announcement: AnnouncementSummaryFragment): string {
  const publisher = announcement.station ?? announcement.offshoreBase ?? announcement.organization;
  return publisher ? `${publisher.name} (${announcement.publisherKind})` : 'CQAST (OPERATOR)';
}

/** Every station, a page at a time: each page's endCursor is the next page's `after`. */
async function readDirectory(client: GraphQLClient): Promise<Station[]> {
  const stations: Station[] = [];
  let after: string | null = null;
  for (let page = 1; ; page++) {
    const { stations: connection }: PartnerDirectoryQuery = await client.request(PartnerDirectoryDocument, { first: 25, after });
    stations.push(...connection.edges.map((edge) => edge.node));
    log(`directory: page ${page}, ${connection.edges.length} stations (${stations.length} of ${connection.totalCount})`);
    if (!connection.pageInfo.hasNextPage) return stations;
    after = connection.pageInfo.endCursor;
  }
}

async function main(): Promise<void> {
  const apiKey = await apiKeyFor(url, log);
  const authorization = `Bearer ${apiKey}`;
  const client = new GraphQLClient(url, { headers: { authorization } });

  const stations = await readDirectory(client);
  for (const station of stations.slice(0, 3)) {
    const partners = station.partners.edges.map(({ node }) => `${node.name} (${node.__typename}, ${node.country})`);
    log(`station: ${station.name} · ${station.district.name} · ${station.status} since ${station.approvalYear} · host ${station.hostUnit.name} (${station.hostUnit.kind}) · ${station.partners.totalCount} partners: ${partners.join('; ') || 'none'}`);
  }
  log(`directory: ${stations.length} stations, ${stations.filter((station) => station.status === 'ACTIVE').length} active`);

  const { announcements } = await client.request(AnnouncementsDocument, { first: 5, filter: { open: true, kinds: ['NEED', 'CALL'] } });
  for (const { node } of announcements.edges) log(`open announcement: ${node.kind} ${node.title} by ${publisherOf(node)} (published ${node.publishedOn}, deadline ${node.deadline ?? 'none'})`);

  const socket = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization } });
  const events = subscribeTyped(socket, AnnouncementPublishedDocument, { filter: null });
  // The iterator only ends on our return(); the timer makes the wait bounded.
  const timer = setTimeout(() => void events.return?.(), seconds * 1000);
  log(`listening: announcementPublished for up to ${maxEvents} events or ${seconds} s`);
  let received = 0;
  try {
    for await (const result of events) {
      if (result.errors?.length) throw new Error(`subscription failed: ${result.errors.map((error) => error.message).join('; ')}`);
      if (!result.data) continue;
      const { announcement, cursor, committedAt } = result.data.announcementPublished;
      received++;
      log(`announcement: ${announcement.kind} ${announcement.title} by ${publisherOf(announcement)} at ${committedAt} (cursor ${cursor})`);
      if (received >= maxEvents) break;
    }
  } finally {
    clearTimeout(timer);
    await socket.dispose();
  }
  log(`done: ${received} announcements received`);
}

/** What went wrong, as a partner app would branch on it: each GraphQL error's extensions.code and message. */
function describe(error: unknown): string {
  if (error instanceof ClientError) {
    const errors = error.response.errors ?? [];
    return `HTTP ${error.response.status}: ${errors.map((e) => `${String(e.extensions?.code ?? 'ERROR')} ${e.message}`).join('; ') || 'no GraphQL errors in the response'}`;
  }
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  console.error(`example:partner failed: ${describe(error)}`);
  process.exitCode = 1;
});
