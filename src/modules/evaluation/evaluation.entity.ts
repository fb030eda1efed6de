/** A station's yearly performance evaluation (绩效评价); grades drive awards and exits. */
import { Column, Index } from 'typeorm';
import { Field, Int } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { DateOnlyColumn, EnumColumn, ForeignKey, TextColumn } from '../../db/columns';
import { Station } from '../station/station.entity';

export const EVALUATION_GRADE_LABELS = {
  EXCELLENT: { zh: '优秀', en: 'score 90 or above, within that year\'s excellence quota' },
  GOOD: { zh: '良好', en: 'score 80–89, or 90+ once the year\'s excellence quota is used up' },
  QUALIFIED: { zh: '合格', en: 'score 70–79' },
  UNQUALIFIED: { zh: '不合格', en: 'score under 70; two years running revokes the station' },
} as const satisfies EnumLabels;
export const EvaluationGrade = enumType('EvaluationGrade', EVALUATION_GRADE_LABELS, 'excellent / good / qualified / unqualified; under 70 two years running cancels a station.');
export type EvaluationGrade = EnumValue<typeof EvaluationGrade>;

@RecordEntity('evaluation', "A station's yearly evaluation (年度绩效评价).")
@Index(['stationId', 'year'], { unique: true })
@Index(['year', 'grade'])
export class Evaluation extends BaseRecord {
  @ForeignKey(() => Station, { onDelete: 'CASCADE' })
  stationId: number;

  @Field(() => Int, { description: 'The year evaluated (one evaluation per station and year).' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: 'Score out of 100.' })
  @Column({ type: 'integer' })
  score: number;

  @Field(() => EvaluationGrade, { description: "The grade the score earned: 90+ EXCELLENT within the year's quota (else GOOD), 80–89 GOOD, 70–79 QUALIFIED, under 70 UNQUALIFIED." })
  @EnumColumn(EvaluationGrade)
  grade: EvaluationGrade;

  @Field({ description: 'Day of the evaluation (YYYY-MM-DD).' })
  @DateOnlyColumn()
  evaluatedOn: string;

  @Field(() => String, { nullable: true, description: "The evaluators' comment (plain text); null when none." })
  @TextColumn({ nullable: true })
  comment: string | null;
}
