/** Reads of evaluations: the filtered, ordered list and its count share one set of conditions. */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { countRows, fetchPage, Page, PageWindow, SortKey } from '../../db/keyset';
import type { Projection } from '../../db/rows';
import { whereFlag, whereIn } from '../../db/criteria';
import { Evaluation, EvaluationGrade } from './evaluation.entity';

interface Range {
  from?: number | null;
  to?: number | null;
}

/** The filter in row ids (the resolver decodes global ids). */
export interface EvaluationCriteria {
  years?: Range | null;
  grades?: EvaluationGrade[] | null;
  stationIds?: number[];
  score?: Range | null;
  isGenerated?: boolean | null;
}

export function applyEvaluationCriteria(qb: SelectQueryBuilder<ObjectLiteral>, c: EvaluationCriteria): void {
  if (c.years?.from != null) qb.andWhere('t.year >= :evlYearFrom', { evlYearFrom: c.years.from });
  if (c.years?.to != null) qb.andWhere('t.year <= :evlYearTo', { evlYearTo: c.years.to });
  if (c.grades) whereIn(qb, 't.grade IN (:...evlGrades)', 'evlGrades', c.grades);
  if (c.stationIds) whereIn(qb, 't.station_id IN (:...evlStations)', 'evlStations', c.stationIds);
  if (c.score?.from != null) qb.andWhere('t.score >= :evlScoreFrom', { evlScoreFrom: c.score.from });
  if (c.score?.to != null) qb.andWhere('t.score <= :evlScoreTo', { evlScoreTo: c.score.to });
  if (c.isGenerated != null) whereFlag(qb, 't.is_generated', 'evlGenerated', c.isGenerated);
}

export class EvaluationService {
  constructor(private readonly dataSource: DataSource) {}

  list(criteria: EvaluationCriteria, sort: SortKey, window: PageWindow, projection: Projection = null): Promise<Page<Evaluation>> {
    return fetchPage<Evaluation>(this.dataSource, Evaluation, sort, window, (qb) => applyEvaluationCriteria(qb, criteria), projection);
  }

  count(criteria: EvaluationCriteria): Promise<number> {
    return countRows(this.dataSource, Evaluation, (qb) => applyEvaluationCriteria(qb, criteria));
  }
}
