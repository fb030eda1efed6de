/** A station's yearly performance evaluation (绩效评价); grades drive awards and exits. */
import { Column, Index } from 'typeorm';
import { Field, Int } from 'type-graphql';
import { enumType, EnumValue } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { DateOnlyColumn, EnumColumn, ForeignKey, TextColumn } from '../../db/columns';
import { Station } from '../station/station.entity';

export const EvaluationGrade = enumType(
  'EvaluationGrade',
  ['EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED'],
  'excellent / good / qualified / unqualified; under 70 two years running cancels a station.',
);
export type EvaluationGrade = EnumValue<typeof EvaluationGrade>;

@RecordEntity('evaluation', "A station's yearly evaluation (年度绩效评价).")
@Index(['stationId', 'year'], { unique: true })
@Index(['year', 'grade'])
export class Evaluation extends BaseRecord {
  @ForeignKey(() => Station, { onDelete: 'CASCADE' })
  stationId: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: 'Score out of 100.' })
  @Column({ type: 'integer' })
  score: number;

  @Field(() => EvaluationGrade)
  @EnumColumn(EvaluationGrade)
  grade: EvaluationGrade;

  @Field()
  @DateOnlyColumn()
  evaluatedOn: string;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  comment: string | null;
}
