/**
 * The yearly excellence quota (DOMAIN.md, "Rules this project applies"): at most
 * `ceil(excellenceQuota × stations active in the year)` EXCELLENT grades a year. Slots are taken
 * with a conditional update of the year's counter row, so recordings at the same moment can never
 * award more than the quota, whatever order they commit in.
 *
 * "Active in year Y" is read from the status history: approved in or before Y, and not out of the
 * network (REVOKED or EXPIRED as its latest status change) before Y began. A renewal after a lapse
 * counts again from its own entry.
 */
import { isUniqueViolation } from '../../db/sql-errors';
import type { Mutation } from '../../write/mutation';
import { StationStatus } from '../station/station-status';
import { EvaluationGrade } from './evaluation.entity';
import { EvaluationYear } from './evaluation-year.entity';

export const EXCELLENT_SCORE = 90;
export const GOOD_SCORE = 80;
export const PASS_SCORE = 70;

/** Statuses that take a station out of the network. */
const EXITS: readonly StationStatus[] = [StationStatus.REVOKED, StationStatus.EXPIRED];

/** The grade a score earns by the bands alone; EXCELLENT is then subject to the quota. */
export function bandFor(score: number): EvaluationGrade {
  if (score >= EXCELLENT_SCORE) return EvaluationGrade.EXCELLENT;
  if (score >= GOOD_SCORE) return EvaluationGrade.GOOD;
  if (score >= PASS_SCORE) return EvaluationGrade.QUALIFIED;
  return EvaluationGrade.UNQUALIFIED;
}

/** The year's cap: the share of its active stations, rounded up (less a hair: in binary floats 0.55 × 100 is 55.00000000000001, and that cap is 55). */
export function excellenceCap(activeStations: number, quota: number): number {
  return Math.ceil(activeStations * quota - 1e-9);
}

/**
 * SQL on station alias `s`: its latest status change before `:start` took it out of the network.
 * Parameters: `start` (YYYY-01-01) and `exits`.
 */
const EXITED_BEFORE_START = `EXISTS (
  SELECT 1 FROM station_status_change c
   WHERE c.station_id = s.id AND c.changed_on < :start AND c.to_status IN (:...exits)
     AND NOT EXISTS (
       SELECT 1 FROM station_status_change l
        WHERE l.station_id = s.id AND l.changed_on < :start
          AND (l.changed_on > c.changed_on OR (l.changed_on = c.changed_on AND l.id > c.id))))`;

/** Stations active in `year`, read in the mutation's transaction. */
export async function activeStationsIn(m: Mutation, year: number): Promise<number> {
  const [sql, parameters] = m.tx.dataSource.driver.escapeQueryWithParameters(
    `SELECT COUNT(*) AS n FROM station s WHERE s.approval_year <= :year AND NOT ${EXITED_BEFORE_START}`,
    { year, start: `${year}-01-01`, exits: EXITS },
  );
  return m.loaders.read<{ n: number | string }, number>(sql, parameters, (rows) => Number(rows[0]?.n ?? 0));
}

/** How a station left the network before `year` began (its latest status change then), or null when it was still in it. */
export async function exitBefore(m: Mutation, stationId: number, year: number): Promise<{ status: StationStatus; on: string } | null> {
  const [sql, parameters] = m.tx.dataSource.driver.escapeQueryWithParameters(
    `SELECT c.to_status AS status, c.changed_on AS changedOn FROM station_status_change c
      WHERE c.station_id = :station AND c.changed_on < :start ORDER BY c.changed_on DESC, c.id DESC LIMIT 1`,
    { station: stationId, start: `${year}-01-01` },
  );
  const latest = await m.loaders.read<{ status: StationStatus; changedOn: string | Date }, { status: StationStatus; on: string } | null>(sql, parameters, (rows) =>
    rows[0] ? { status: rows[0].status, on: String(rows[0].changedOn).slice(0, 10) } : null,
  );
  return latest && EXITS.includes(latest.status) ? latest : null;
}

/**
 * Takes one of `year`'s EXCELLENT slots if one is left under `cap`: true when taken. The counter
 * row is made on first use, counting the EXCELLENT grades the year has already (the seed's). Two
 * transactions making it at once on MariaDB: the second gets a duplicate-key error, which only
 * undoes its INSERT, and then takes its slot from the row the first made (a deadlock between such
 * late-comers is retried by mutate(), from the start, when the row exists). SQLite runs one
 * transaction at a time, so it never gets that far.
 */
export async function takeExcellenceSlot(m: Mutation, year: number, cap: number): Promise<boolean> {
  if (cap < 1) return false;
  if (!(await counterExists(m, year))) {
    try {
      await m.tx.manager.insert(EvaluationYear, { year, excellentCount: await excellentGradesIn(m, year) });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return m.conditional('evaluation_year', 'excellent_count = excellent_count + 1, version = version + 1', 'year = :year AND excellent_count + 1 <= :cap', { year, cap });
}

async function counterExists(m: Mutation, year: number): Promise<boolean> {
  const [sql, parameters] = m.tx.dataSource.driver.escapeQueryWithParameters('SELECT id FROM evaluation_year WHERE year = :year', { year });
  return m.loaders.read(sql, parameters, (rows) => rows.length > 0);
}

async function excellentGradesIn(m: Mutation, year: number): Promise<number> {
  const [sql, parameters] = m.tx.dataSource.driver.escapeQueryWithParameters('SELECT COUNT(*) AS n FROM evaluation WHERE year = :year AND grade = :grade', {
    year,
    grade: EvaluationGrade.EXCELLENT,
  });
  return m.loaders.read<{ n: number | string }, number>(sql, parameters, (rows) => Number(rows[0]?.n ?? 0));
}
