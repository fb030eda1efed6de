/** Evaluations: recording a station's yearly evaluation. */
import { isUniqueViolation } from '../../db/sql-errors';
import { BadUserInputError, ConflictError } from '../../domain-errors';
import type { NewOf } from '../../graphql/writable-fields';
import { Caller, mutate, Mutation, replaysCreated, WriteDeps } from '../../write/mutation';
import { changeStationStatus } from '../station/station-transitions';
import { StationStatus } from '../station/station-status';
import { Station } from '../station/station.entity';
import { Evaluation, EvaluationGrade } from './evaluation.entity';
import type { EVALUATION_FIELDS } from './evaluation.mutation-types';
import { activeStationsIn, bandFor, excellenceCap, exitBefore, PASS_SCORE, takeExcellenceSlot } from './excellence-quota';
import { ANY, writePolicy } from '../../write/policy';

/** Who may run these mutations, and how far each role reaches: docs/authorization.md's rows, enforced by mutate() (src/write/policy.ts). */
export const EVALUATION_POLICIES = {
  recordEvaluation: writePolicy('recordEvaluation', { STAFF: ANY }),
};

/** A new evaluation, as the input gives it (the station's id decoded, left-out fields null). */
export type NewEvaluation = NewOf<typeof EVALUATION_FIELDS.fields>;

/** Statuses a failing station can be revoked from (a lapsed or revoked one is out already). */
const REVOCABLE: readonly StationStatus[] = [StationStatus.ACTIVE, StationStatus.SUSPENDED];

export class EvaluationService {
  constructor(private readonly deps: WriteDeps) {}

  recordEvaluation(caller: Caller, values: NewEvaluation, idempotencyKey?: string | null): Promise<Evaluation> {
    return mutate(
      this.deps,
      caller,
      EVALUATION_POLICIES.recordEvaluation,
      async (m) => {
        const station = await m.get(Station, values.stationId, 'input.stationId');
        const evaluatedOn = values.evaluatedOn ?? m.today;
        checkYear(m, station, values.year, evaluatedOn);
        const exit = await exitBefore(m, station.id, values.year);
        if (exit) {
          throw new ConflictError(`this station was ${exit.status} on ${exit.on}, before ${values.year} began: only the stations active in a year are evaluated for it`, {
            currentStatus: station.status,
          });
        }
        const existing = await findEvaluation(m, station.id, values.year);
        if (existing) throw evaluatedAlready(existing);
        const grade = await gradeFor(m, values.year, values.score);
        const evaluation = await m
          .insert(Evaluation, { ...values, grade, evaluatedOn })
          .catch(async (error: unknown) => {
            // Recorded by someone else since the check above: their row stands.
            if (isUniqueViolation(error)) throw evaluatedAlready({ year: values.year });
            throw error;
          });
        m.checkpoint('evaluation-recorded');
        if (values.score < PASS_SCORE) await revokeIfFailingTwice(m, station.id, values.year, values.score);
        return evaluation;
      },
      replaysCreated(Evaluation, idempotencyKey, values),
    );
  }
}

function checkYear(m: Mutation, station: Station, year: number, evaluatedOn: string): void {
  const currentYear = Number(m.today.slice(0, 4));
  const problems = [];
  if (year < station.approvalYear) problems.push({ path: 'input.year', message: `the station was approved in ${station.approvalYear}; it is evaluated for that year and later` });
  if (year > currentYear) problems.push({ path: 'input.year', message: `${year} has not begun; evaluate ${currentYear} or an earlier year` });
  else if (evaluatedOn < `${year}-01-01`) problems.push({ path: 'input.evaluatedOn', message: `must not be before ${year} began` });
  if (problems.length) throw BadUserInputError.of(problems);
}

/**
 * The grade by the bands; a 90+ score is EXCELLENT only if it takes one of the year's quota slots
 * (its counter's conditional update), GOOD once the quota is used up.
 */
async function gradeFor(m: Mutation, year: number, score: number): Promise<EvaluationGrade> {
  const band = bandFor(score);
  if (band !== EvaluationGrade.EXCELLENT) return band;
  const cap = excellenceCap(await activeStationsIn(m, year), m.programme.excellenceQuota);
  return (await takeExcellenceSlot(m, year, cap)) ? EvaluationGrade.EXCELLENT : EvaluationGrade.GOOD;
}

function findEvaluation(m: Mutation, stationId: number, year: number): Promise<Evaluation | null> {
  return m.select<{ id: number | string }, number | null>('SELECT id FROM evaluation WHERE station_id = :station AND year = :year', { station: stationId, year }, (rows) => (rows[0] ? Number(rows[0].id) : null)).then((id) => (id === null ? null : m.find(Evaluation, id)));
}

/** CONFLICT for a second evaluation of a year (what the first gave, when this transaction can see it). */
function evaluatedAlready(existing: Pick<Evaluation, 'year'> & Partial<Pick<Evaluation, 'score' | 'grade'>>): ConflictError {
  const first = existing.grade ? ` (score ${existing.score}, ${existing.grade})` : '';
  return new ConflictError(`this station has its ${existing.year} evaluation already${first}; a station is evaluated once a year`, { currentState: 'EVALUATED' });
}

/**
 * Two consecutive years under 70 revoke the station (dynamic management, 优胜劣汰): the year before
 * or the year after this one failing too (evaluations may be recorded out of order). A station
 * that is out already (REVOKED, EXPIRED) keeps its status.
 */
async function revokeIfFailingTwice(m: Mutation, stationId: number, year: number, score: number): Promise<void> {
  const neighbour = await m.select<{ year: number | string; score: number | string }, { year: number; score: number } | null>(
    'SELECT year, score FROM evaluation WHERE station_id = :station AND year IN (:...years) AND score < :pass ORDER BY year',
    { station: stationId, years: [year - 1, year + 1], pass: PASS_SCORE },
    (rows) => (rows[0] ? { year: Number(rows[0].year), score: Number(rows[0].score) } : null),
  );
  if (!neighbour) return;
  const current = await m.lock(Station, stationId);
  if (!current || !REVOCABLE.includes(current.status)) return;
  const [first, second] = neighbour.year < year ? [neighbour, { year, score }] : [{ year, score }, neighbour];
  await changeStationStatus(m, stationId, {
    from: REVOCABLE,
    to: StationStatus.REVOKED,
    reason: `${first.year}、${second.year}年度绩效评价连续两年低于${PASS_SCORE}分（${first.score}分、${second.score}分），按动态管理规定撤销。`,
    verb: 'revoke',
  });
}
