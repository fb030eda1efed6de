/**
 * networkStats.partnerOrganizations counts the overseas organisations holding at least one
 * partnership. Writes that can move it (a first or last tie of an overseas organisation, an
 * organisation with ties moving in or out of the country) say so with NetworkFiguresChanged.
 */
import type { Mutation } from '../../write/mutation';
import { DOMESTIC_COUNTRY } from '../stats/network-stats.definitions';

export const PARTNER_FIGURES = ['partnerOrganizations'];

/** From abroad: what the figure counts once the organisation holds a partnership. */
export const isOverseas = (organization: { countryCode: string }) => organization.countryCode !== DOMESTIC_COUNTRY;

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
