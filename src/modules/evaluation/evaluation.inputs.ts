/** How clients narrow and order the evaluations list. */
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { IntRange, OrderDirection, SortField } from '../../graphql/ordering';
import { EvaluationGrade } from './evaluation.entity';

@InputType({ description: 'Evaluations matching every given condition (a list matches any of its values).' })
export class EvaluationFilter {
  @Field(() => IntRange, { nullable: true, description: 'Evaluation years within this range.' })
  @IsOptional()
  @ValidateNested()
  years?: IntRange | null;

  @Field(() => [EvaluationGrade], { nullable: true })
  grades?: EvaluationGrade[] | null;

  @Field(() => [ID], { nullable: true, description: 'Of any of these stations.' })
  stationIds?: string[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Score (out of 100) within this range.' })
  @IsOptional()
  @ValidateNested()
  score?: IntRange | null;

  @Field(() => Boolean, { nullable: true, description: 'Only generated (true) or only real (false) records.' })
  isGenerated?: boolean | null;
}

export enum EvaluationOrderField {
  ID = 'ID',
  YEAR = 'YEAR',
  SCORE = 'SCORE',
}
registerEnumType(EvaluationOrderField, { name: 'EvaluationOrderField' });

export const EVALUATION_SORT_FIELDS: Record<EvaluationOrderField, SortField> = {
  ID: { column: 'id', property: 'id' },
  YEAR: { column: 'year', property: 'year' },
  SCORE: { column: 'score', property: 'score' },
};

@InputType()
export class EvaluationOrder {
  @Field(() => EvaluationOrderField)
  field: EvaluationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}
