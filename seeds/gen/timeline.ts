/**
 * The calendar the generated records follow. The article gives few dates, so these are assumed:
 * one review round a year with approval around mid-year (2022's before the 20 July visit to a
 * station approved that year), validity of three years, evaluations each January for the year before,
 * and "today" late in 2023, when the article appeared.
 */
import { addDays, addYears } from '../lib/dates';

export const AS_OF = '2023-08-31';

/** Rounds before 2022 that generated stations are spread over, weighted so the default gives 6,7,7,7,7,7,7. */
export const EARLIER_ROUNDS: ReadonlyArray<{ year: number; weight: number }> = [
  { year: 2015, weight: 6 },
  { year: 2016, weight: 7 },
  { year: 2017, weight: 7 },
  { year: 2018, weight: 7 },
  { year: 2019, weight: 7 },
  { year: 2020, weight: 7 },
  { year: 2021, weight: 7 },
];
export const LATEST_ROUND = 2022;
/** The round still open on AS_OF. */
export const OPEN_ROUND = 2023;

const APPROVAL_DAY: Record<number, string> = {
  2015: '2015-07-17',
  2016: '2016-07-15',
  2017: '2017-07-14',
  2018: '2018-07-13',
  2019: '2019-07-12',
  2020: '2020-07-10',
  2021: '2021-07-09',
  2022: '2022-06-28',
};

export function approvalDay(year: number): string {
  const day = APPROVAL_DAY[year];
  if (!day) throw new RangeError(`no review round in ${year}`);
  return day;
}

/** Applications are filed in spring, reviewed and inspected before the mid-year decision; the open round runs later. */
export function roundWindow(year: number) {
  if (year === OPEN_ROUND) {
    return {
      submitFrom: '2023-06-01',
      submitTo: '2023-06-30',
      reviewFrom: '2023-07-10',
      reviewTo: '2023-08-15',
      inspectFrom: '2023-08-16',
      inspectTo: '2023-08-30',
      decided: null,
    };
  }
  return {
    submitFrom: `${year}-03-01`,
    submitTo: `${year}-03-31`,
    reviewFrom: `${year}-04-10`,
    reviewTo: `${year}-05-15`,
    inspectFrom: `${year}-05-20`,
    inspectTo: `${year}-06-15`,
    decided: approvalDay(year),
  };
}

export const VALIDITY_YEARS = 3;

/** End of the validity cycle running on `on` (renewals extend by three years each time). */
export function validityEnd(approvedOn: string, on: string): string {
  let end = addDays(addYears(approvedOn, VALIDITY_YEARS), -1);
  while (end < on) end = addYears(end, VALIDITY_YEARS);
  return end;
}

/** Yearly evaluation of year Y is made in January of Y+1. */
export function evaluationDay(year: number): string {
  return `${year + 1}-01-20`;
}

/** Dynamic-management decisions follow the evaluation they rest on. */
export function sanctionDay(evaluationYear: number): string {
  return `${evaluationYear + 1}-02-15`;
}

/** CQAST certifies a new station's head in the spring after approval. */
export function certificationDay(approvalYear: number): string {
  return `${approvalYear + 1}-04-16`;
}

/** The two offshore bases (national, generated): established years assumed. */
export const BASES_ESTABLISHED = { liangjiang: 2018, gaoxin: 2019 } as const;
