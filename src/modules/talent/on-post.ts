import { today } from '../../time';
import { EngagementStatus } from './engagement.entity';

/**
 * "On post" (在岗), defined once: an engagement is on post until the day after it ends. The SQL and
 * the JavaScript here are the only places that say so; filters, edges and figures use them.
 */

/** Whether an engagement that ended on `endedOn` (null: has not ended) is on post on `on`. */
export function isOnPost(endedOn: string | null, on = today()): boolean {
  return endedOn === null || endedOn >= on;
}

/** The same rule in SQL, on an engagement row `alias`, with the day bound as `day` (a placeholder). */
export function onPostSql(alias: string, day: string): string {
  return `(${alias}.ended_on IS NULL OR ${alias}.ended_on >= ${day})`;
}

/**
 * A current engagement, the only kind that makes a talent a unit's own (contact details,
 * updateTalent): CONFIRMED by STAFF and on post on `day`. On an engagement row `alias`.
 */
export function currentEngagementSql(alias: string, day: string): string {
  return `(${alias}.status = '${EngagementStatus.CONFIRMED}' AND ${onPostSql(alias, day)})`;
}
