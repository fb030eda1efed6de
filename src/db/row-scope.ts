/**
 * The seam through which row scope reaches every read: a condition on a table's alias that the
 * caller's rows must meet. The loaders ask it for each entity they read and put the condition into
 * the statement itself (root pages and their counts, child pages and their counts, rows by id), so
 * pages and totalCount stay right. The rules themselves live in src/auth/.
 */
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Binder } from './sql-params';

/** SQL over `alias` that the visible rows meet, its values bound through `params`. */
export type RowScope = (alias: string, params: Binder) => string;

export interface RowScopes {
  /** The condition on `entity`'s rows, or null when every row is visible. */
  of(entity: EntityTarget<ObjectLiteral>): RowScope | null;
}

/** Everything visible: seeds, scripts and tests that read as the system. */
export const ALL_ROWS: RowScopes = { of: () => null };
