/**
 * The time the rules use. Dates the domain compares (filing dates, rounds, engagements on post) are
 * UTC calendar days as YYYY-MM-DD strings; a mutation takes its `now` from a `Clock`, so tests can
 * say what time it is without touching the process's own clock.
 */

/** What time it is: `systemClock` in production, a fixed or moving one in tests (WriteDeps.clock). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const DAY_MS = 86_400_000;
let cachedToday = '';
let cachedUntil = 0;

/** Today's date (UTC, YYYY-MM-DD), worked out once a day rather than once per edge. */
export function today(now = Date.now()): string {
  if (now >= cachedUntil || now < cachedUntil - DAY_MS) {
    cachedToday = new Date(now).toISOString().slice(0, 10);
    cachedUntil = (Math.floor(now / DAY_MS) + 1) * DAY_MS;
  }
  return cachedToday;
}
