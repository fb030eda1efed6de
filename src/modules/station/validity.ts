/**
 * A station's validity (DOMAIN.md): 3 years from approval, its last day being the day before the
 * anniversary; each renewal adds 3 years to that last day. Dates are 'YYYY-MM-DD' strings and the
 * arithmetic is done in UTC, as the seed's calendar does (seeds/lib/dates.ts), so no time zone can
 * shift a day.
 */

export const VALIDITY_YEARS = 3;

const DAY_MS = 86_400_000;

function toUtc(date: string): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Same month and day `years` later (29 February falls to 1 March). */
export function addYears(date: string, years: number): string {
  const d = toUtc(date);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return fromUtc(d);
}

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** The last day of validity of a station approved on `approvedOn`. */
export function validUntilFor(approvedOn: string): string {
  return addDays(addYears(approvedOn, VALIDITY_YEARS), -1);
}

/** The last day of validity after a renewal of a station valid until `validUntil`. */
export function renewedUntil(validUntil: string): string {
  return addYears(validUntil, VALIDITY_YEARS);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
