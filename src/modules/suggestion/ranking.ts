/**
 * What the three suggestion lists share: whole-number points (so the keyset compares exactly),
 * cursors on (points, id) bound to the request they came from, and the connection built from a
 * ranked page. No OFFSET: a page after a cursor starts below its (points, id), as every other
 * list of the API does with its own sort key.
 */
import crypto from 'node:crypto';
import type { Connection, PageInfo } from '../../graphql/connection';
import { MAX_PAGE_SIZE } from '../../graphql/connection';
import { BadUserInputError } from '../../domain-errors';
import type { Binder } from '../../db/sql-params';

/** A ranked row: its points (whole numbers, higher first) and id (lower first among equal points). */
export interface Ranked {
  id: number;
  points: number;
}

/** Where a ranked page starts: after this position, or at the top. */
export interface RankWindow {
  first: number;
  after: Ranked | null;
  /** The request's fingerprint: a cursor is valid only for the request that issued it. */
  fingerprint: string;
  kind: string;
}

const CURSOR_VERSION = 's1';

/** A short, stable digest of a normalised request (sorted ids, trimmed keywords). */
export function fingerprintOf(request: unknown): string {
  return crypto.createHash('sha1').update(JSON.stringify(request)).digest('base64url').slice(0, 10);
}

export function encodeRankCursor(window: Pick<RankWindow, 'kind' | 'fingerprint'>, row: Ranked): string {
  return Buffer.from(JSON.stringify([CURSOR_VERSION, window.kind, window.fingerprint, row.points, row.id])).toString('base64url');
}

/** Checks `first` as every list does, and turns `after` back into a position of the same request. */
export function rankWindow(kind: string, request: unknown, first: number, after: string | null | undefined): RankWindow {
  if (first < 0) throw new BadUserInputError('first must be 0 or more', { argument: 'first' });
  if (first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be at most ${MAX_PAGE_SIZE}; page through longer lists with the cursors in pageInfo`, { argument: 'first' });
  }
  const fingerprint = fingerprintOf(request);
  return { kind, fingerprint, first, after: after ? decode(after, kind, fingerprint) : null };
}

function decode(cursor: string, kind: string, fingerprint: string): Ranked {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  const fail = (why: string) => new BadUserInputError(`after ${why}; pass a cursor from this list's edges or pageInfo unchanged`, { argument: 'after' });
  if (!Array.isArray(parts) || parts[0] !== CURSOR_VERSION || !Number.isSafeInteger(parts[3]) || !Number.isSafeInteger(parts[4])) throw fail('is not a cursor this API issued');
  if (parts[1] !== kind) throw fail(`belongs to ${String(parts[1])}, not ${kind}`);
  // The same position means something else under another need: refuse rather than skip rows.
  if (parts[2] !== fingerprint) throw fail('belongs to the same list asked with other arguments');
  return { points: parts[3] as number, id: parts[4] as number };
}

/** SQL on the ranked alias `r` (columns points, id): rows after the window's cursor, or none. */
export function afterSql(window: RankWindow, p: Binder): string {
  if (!window.after) return '1 = 1';
  const points = p.bind(window.after.points);
  return `(r.points < ${points} OR (r.points = ${points} AND r.id > ${p.bind(window.after.id)}))`;
}

/** ORDER BY and LIMIT of a ranked page: one row more than asked, to know whether another page follows. */
export function pageSql(window: RankWindow): string {
  return `ORDER BY r.points DESC, r.id ASC LIMIT ${window.first + 1}`;
}

/** A score for people: the points as a share of the most the request could give, to three places. */
export function scoreOf(points: number, maxPoints: number): number {
  return maxPoints > 0 ? Math.round((points / maxPoints) * 1000) / 1000 : 0;
}

/** One suggestion: the node, its score and the sentences that explain it. */
export interface SuggestionEdge<N> {
  node: N;
  score: number;
  reasons: string[];
  cursor: string;
}

/** The connection over a ranked page (rows one longer than the page when more follow). */
export function suggestionConnection<N>(window: RankWindow, rows: readonly Ranked[], edge: (row: Ranked, cursor: string) => SuggestionEdge<N> | null, count: () => Promise<number>): Connection<SuggestionEdge<N>> {
  const page = rows.slice(0, window.first);
  const edges = page.map((row) => edge(row, encodeRankCursor(window, row))).filter((e): e is SuggestionEdge<N> => e !== null);
  const pageInfo: PageInfo = {
    hasNextPage: rows.length > window.first,
    hasPreviousPage: window.after !== null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return {
    edges,
    pageInfo,
    get totalCount() {
      return count();
    },
  };
}

/** Numbers from either driver (MariaDB may send counts and sums as strings). */
export const num = (value: unknown): number => Number(value ?? 0);

/** "1 field" / "2 fields". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A place for people: "New Zealand (NZ)"; the bare code where the runtime knows no name. */
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
export function countryName(code: string): string {
  let name: string | undefined;
  try {
    name = regionNames.of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}

/** A record named in both scripts where it has both: "疫苗与生物制品 (Vaccines and biologics)". */
export function bilingual(nameZh: string, nameEn: string | null | undefined): string {
  return nameEn && nameEn !== nameZh ? `${nameZh} (${nameEn})` : nameZh;
}
