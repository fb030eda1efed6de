/** How clients narrow and order the evaluations list: the filter input, its SQL on alias t, and the ordering. */
import { Field } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import type { Filter } from '../../db/where';
import { IntRange, ordering } from '../../graphql/ordering';
import { CriteriaOf, FilterInput, GeneratedFilter, IdsFilter } from '../../graphql/filter-fields';
import { EvaluationGrade } from './evaluation.entity';

@FilterInput('Evaluations')
export class EvaluationFilter {
  @Field(() => IntRange, { nullable: true, description: 'Evaluation years within this range.' })
  @IsOptional()
  @ValidateNested()
  years?: IntRange | null;

  @Field(() => [EvaluationGrade], { nullable: true })
  grades?: EvaluationGrade[] | null;

  @IdsFilter('Station', 'Of any of these stations.')
  stationIds?: string[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Score (out of 100) within this range.' })
  @IsOptional()
  @ValidateNested()
  score?: IntRange | null;

  @GeneratedFilter()
  isGenerated?: boolean | null;
}

export const EVALUATION_ORDER = ordering('Evaluation', { YEAR: 'year', SCORE: 'score' });

export const evaluationFilter: Filter<CriteriaOf<EvaluationFilter>> = (w, c) => {
  w.range('t.year', c.years).in('t.grade', c.grades).in('t.station_id', c.stationIds).range('t.score', c.score).flag('t.is_generated', c.isGenerated);
};
