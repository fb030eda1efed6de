/**
 * networkStats.partnerOrganizations counts the overseas organisations holding at least one
 * partnership. Writes that can move it (a first or last tie of an overseas organisation, an
 * organisation with ties moving in or out of the country) say so with NetworkFiguresChanged.
 * Whether an organisation counts is a fact about the organisation (src/overseas.ts says what abroad
 * is), so this lives here: the partnership writes import it (partnership imports organisation, never
 * the reverse).
 */
import type { Mutation } from '../../write/mutation';

export const PARTNER_FIGURES = ['partnerOrganizations'];

/**
 * Appended to a read that must see the latest committed rows, not the transaction's snapshot: under
 * MariaDB's REPEATABLE READ a plain SELECT sees the database as it was at the transaction's first
 * read, so a tie another transaction committed while this one waited for a lock would be missed.
 * A locking read sees it (and SQLite runs one transaction at a time, so it needs nothing).
 */
export function currentRead(m: Mutation): string {
  return m.tx.dataSource.options.type === 'better-sqlite3' ? '' : ' FOR UPDATE';
}

/** How many partnerships the organisation holds now (a locking read, in the mutation's transaction). */
export function partnershipCount(m: Mutation, organizationId: number): Promise<number> {
  const [sql, parameters] = m.tx.dataSource.driver.escapeQueryWithParameters(`SELECT COUNT(*) AS n FROM partnership WHERE organization_id = :id${currentRead(m)}`, {
    id: organizationId,
  });
  return m.loaders.read<{ n: number | string }, number>(sql, parameters, (rows) => Number(rows[0]?.n ?? 0));
}
