/**
 * The rows of an export, a keyset page at a time, through the same loaders a GraphQL root list
 * reads with (src/db/loaders.ts): the list's filter SQL and the caller's row scope in one
 * statement per page, the named relations one statement per relation per page (in the caller's
 * scope too), the field rules (src/auth/field-rules.ts) asked per row exactly as the GraphQL field
 * guards ask them. Each page gets fresh loaders, so nothing read stays past its page: memory
 * follows the page size, not the list.
 *
 * Rate limits: a page of N rows costs what the GraphQL reads it replaces would, ceil(N / 100)
 * points (one point for each page of 100, the most a list page may ask), charged before the page
 * is read. The first charge is made before the response starts, so a caller over budget gets a
 * plain 429; a later refusal can only cut the download short (Pages.next throws RateLimitedError).
 */
import type { AppContext } from '../context';
import { timestampText } from '../db/columns';
import type { Position, SortKey } from '../db/keyset';
import { MAX_PAGE_SIZE } from '../graphql/connection';
import type { RateLimits, RateLimitStatus } from '../rate-limit/rate-limits';
import type { ExportList } from './catalogue';
import { ExportColumn, globalIdOf, propertiesToRead } from './columns';

export interface PageReaderOptions {
  list: ExportList;
  columns: readonly ExportColumn[];
  criteria: Record<string, unknown>;
  sort: SortKey;
  pageSize: number;
  /** A fresh context (viewer, loaders) for each page. */
  contextForPage: () => AppContext;
  rateLimits: RateLimits | null;
  /** The longest one page's statements may run (QUERY_TIMEOUT_SECONDS). */
  timeoutMs: number;
}

/** Points a page of `pageSize` rows costs: the GraphQL pages of 100 it stands for. */
export function pointsForPage(pageSize: number): number {
  return Math.max(1, Math.ceil(pageSize / MAX_PAGE_SIZE));
}

/** One cell value as GraphQL would answer it (null where the caller may not read it). */
type Cell = string | number | boolean | null;

export class PageReader {
  private after: Position | null = null;
  private done = false;
  /** Pages read so far (each is one statement on the list's table). */
  pages = 0;
  rows = 0;
  /** The caller's budget after the last charge; null when rate limits are off. */
  rateLimit: RateLimitStatus | null = null;
  private readonly projection: string[] | null;

  constructor(private readonly options: PageReaderOptions) {
    this.projection = propertiesToRead(options.columns, options.sort.property, options.list);
  }

  /** Charges the next page to the caller (throws RateLimitedError over budget). */
  async charge(context: AppContext): Promise<void> {
    const { rateLimits, pageSize } = this.options;
    if (!rateLimits) return;
    this.rateLimit = await rateLimits.charge({ viewer: context.viewer, address: context.client.address }, pointsForPage(pageSize));
  }

  /** The next page's rows as cells, or null once the list is through. `charged` skips the charge the caller already made for it. */
  async next(charged?: AppContext): Promise<Cell[][] | null> {
    if (this.done) return null;
    const { list, columns, criteria, sort, pageSize, timeoutMs } = this.options;
    const context = charged ?? this.options.contextForPage();
    if (!charged) await this.charge(context);
    context.budget.deadline = Date.now() + timeoutMs;
    const where = list.graphql?.filter.where;
    const page = await context.loaders.page<Record<string, any> & { id: number }>(
      list.entity,
      sort,
      { first: pageSize, after: this.after, last: null, before: null },
      where ? (w) => where(w, criteria) : undefined,
      this.projection,
    );
    this.pages += 1;
    const rows = page.rows;
    if (!page.hasNextPage || rows.length === 0) this.done = true;
    if (rows.length === 0) return [];
    const last = rows[rows.length - 1];
    const value = last[sort.property];
    this.after = sort.column === 'id' ? { value: last.id, id: last.id } : { value: value instanceof Date ? timestampText(value) : value, id: last.id };
    const cells = await Promise.all(columns.map((column) => this.columnValues(column, rows, context)));
    context.loaders.release();
    this.rows += rows.length;
    return rows.map((_, index) => cells.map((values) => values[index]));
  }

  /** One column's values for a page: relations and rules ask their loaders for every row at once (one statement each). */
  private async columnValues(column: ExportColumn, rows: readonly Record<string, any>[], context: AppContext): Promise<Cell[]> {
    const source = column.source;
    switch (source.kind) {
      case 'id':
        return rows.map((row) => globalIdOf(this.options.list, row));
      case 'scalar': {
        const serialize = (row: Record<string, any>) => {
          const value = row[source.property];
          return value === null || value === undefined ? null : (source.type.serialize(value) as Cell);
        };
        const rule = source.rule;
        if (!rule) return rows.map(serialize);
        const allowed = await Promise.all(rows.map((row) => rule.allows(row, context)));
        return rows.map((row, index) => (allowed[index] ? serialize(row) : null));
      }
      case 'relation': {
        const { relation, nameProperty } = source;
        const loader = context.loaders.byId<Record<string, any>>(relation.target());
        const targets = await Promise.all(rows.map((row) => (row[relation.key] === null || row[relation.key] === undefined ? null : loader.load(row[relation.key] as number))));
        return targets.map((target) => (target ? ((target[nameProperty] as Cell) ?? null) : null));
      }
      case 'computed':
        return (await source.computed.values(rows, context)) as Cell[];
    }
  }
}
