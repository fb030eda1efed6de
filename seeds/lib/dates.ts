/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings, done in UTC so no time zone can shift a day.
 * Only fixed dates go in: the seed never reads the clock.
 */
const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): string {
  const d = new Date(ms);
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${d.getUTCFullYear()}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Same month and day `years` later (29 Feb falls to 1 Mar). */
export function addYears(date: string, years: number): string {
  const d = new Date(toUtc(date));
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return fromUtc(d.getTime());
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** A day drawn uniformly from [from, to]; `to` before `from` yields `from`. */
export function dateBetween(next: () => number, from: string, to: string): string {
  const span = Math.max(0, daysBetween(from, to));
  return addDays(from, Math.floor(next() * (span + 1)));
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
