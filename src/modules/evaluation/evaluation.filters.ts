/** How clients narrow and order the evaluations list: the filter input, its SQL on alias t, and the ordering. */
import { IntRange, ordering } from '../../graphql/ordering';
import { AnyOfFilter, FilterInput, filterOf, GeneratedFilter, IdsFilter, RangeFilter } from '../../graphql/filter-fields';
import { EvaluationGrade } from './evaluation.entity';

@FilterInput('Evaluations')
export class EvaluationFilter {
  @RangeFilter(IntRange, 'Evaluation years within this range.', 't.year')
  years?: IntRange | null;

  @AnyOfFilter(EvaluationGrade, 't.grade')
  grades?: EvaluationGrade[] | null;

  @IdsFilter('Station', 'Of any of these stations.', 't.station_id')
  stationIds?: string[] | null;

  @RangeFilter(IntRange, 'Score (out of 100) within this range.', 't.score')
  score?: IntRange | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;
}

export const EVALUATION_ORDER = ordering('Evaluation', { YEAR: 'year', SCORE: 'score' });

export const evaluationFilter = filterOf(EvaluationFilter);
