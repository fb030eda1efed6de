/** Reads of evaluations: the list's conditions, shared by its pages and its count. */
import type { Filter, Range } from '../../db/where';
import type { EvaluationGrade } from './evaluation.entity';

/** The filter in row ids. */
export interface EvaluationCriteria {
  years?: Range<number> | null;
  grades?: EvaluationGrade[] | null;
  stationIds?: number[];
  score?: Range<number> | null;
  isGenerated?: boolean | null;
}

export const evaluationFilter: Filter<EvaluationCriteria> = (w, c) => {
  w.range('t.year', c.years).in('t.grade', c.grades).in('t.station_id', c.stationIds).range('t.score', c.score).flag('t.is_generated', c.isGenerated);
};
