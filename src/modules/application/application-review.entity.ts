/** One assigned expert's review of an application: score and opinion. */
import { Column } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { enumType, EnumValue } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { DateOnlyColumn, EnumColumn, ForeignKey, TextColumn } from '../../db/columns';
import { LinkTable } from '../../db/link-table';
import { Expert } from './expert.entity';
import { StationApplication } from './station-application.entity';

export const ReviewRecommendation = enumType('ReviewRecommendation', ['APPROVE', 'REVISE', 'REJECT']);
export type ReviewRecommendation = EnumValue<typeof ReviewRecommendation>;

@ObjectType({ simpleResolvers: true, description: "An expert's review of an application (专家评审)." })
@LinkTable('application_review', { applicationId: () => StationApplication }, { expertId: ForeignKey(() => Expert, { onDelete: 'RESTRICT' }) })
export class ApplicationReview extends BaseRecord {
  applicationId: number;
  expertId: number;

  @Field(() => Int, { nullable: true, description: 'Score out of 100; null until the expert submits.' })
  @Column({ type: 'integer', nullable: true })
  score: number | null;

  @Field(() => ReviewRecommendation, { nullable: true })
  @EnumColumn(ReviewRecommendation, { nullable: true })
  recommendation: ReviewRecommendation | null;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  opinion: string | null;

  @Field(() => String, { nullable: true })
  @DateOnlyColumn({ nullable: true })
  reviewedOn: string | null;
}
