/**
 * Bounds on money, so that every figure summed from the rows stays exact in what the API returns
 * (SafeInt: whole yuan up to 2^53 − 1, about 9 × 10^15). One partner's project of 2^53 − 1 yuan
 * used to push networkStats past it, and the figures answered INTERNAL_SERVER_ERROR for everyone.
 *
 * - No single project, grant or payment is above MAX_AMOUNT_CNY (checked on the input, before any
 *   work: BAD_USER_INPUT naming the bound).
 * - All projects together, and all grants together, stay under MAX_TOTAL_CNY (checked in the
 *   mutation before it writes: CONFLICT with what is left). Payments never pass their grant, so
 *   what is paid stays under it too. The margin under 2^53 − 1 is a thousand amounts at the bound:
 *   transactions that check at the same moment cannot see each other's rows, but there are never
 *   that many at once (each holds a database connection; MariaDB allows 151 by default).
 */
import { ConflictError } from '../domain-errors';
import type { Mutation } from './mutation';

/** 10^11 yuan (一千亿元): more than any single project, grant or payment of the programme. */
export const MAX_AMOUNT_CNY = 100_000_000_000;

/** What all projects (or all grants) may add up to: 2^53 − 1 less a thousand amounts at the bound. */
export const MAX_TOTAL_CNY = Number.MAX_SAFE_INTEGER - 1_000 * MAX_AMOUNT_CNY;

/**
 * CONFLICT unless the table's amounts, once `change` is added (an update adds new − old), stay
 * within MAX_TOTAL_CNY. One SUM over the table, only for writes that add money.
 */
export async function requireTotalWithin(m: Mutation, table: 'project' | 'funding_grant', change: number, what: string): Promise<void> {
  if (change <= 0) return;
  const dataSource = m.tx.dataSource;
  const rows: { total: string | number | null }[] = await m.tx.queryRunner.query(`SELECT COALESCE(SUM(amount_cny), 0) AS total FROM ${dataSource.driver.escape(table)}`);
  // SUM arrives as a DECIMAL string on MariaDB, a number on SQLite; well under 2^63 either way, and the margin covers rounding.
  const total = Number(rows[0]?.total ?? 0);
  if (total + change > MAX_TOTAL_CNY) {
    const remainingCny = Math.max(0, MAX_TOTAL_CNY - total);
    throw new ConflictError(
      `${what} would take the network's total past ${MAX_TOTAL_CNY} yuan, the most its figures can count exactly; ${remainingCny} yuan is left under it. Check the amount (whole yuan, not fen)`,
      { remainingCny },
    );
  }
}
