/** One assigned expert's review of an application: score and opinion. */
import { Column } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { DateOnlyColumn, EnumColumn, ForeignKey, TextColumn } from '../../db/columns';
import { LinkTable } from '../../db/link-table';
import { Expert } from './expert.entity';
import { StationApplication } from './station-application.entity';

export const REVIEW_RECOMMENDATION_LABELS = {
  APPROVE: { zh: '建议通过', en: 'recommend approval' },
  REVISE: { zh: '建议修改', en: 'recommend revising and resubmitting' },
  REJECT: { zh: '建议不通过', en: 'recommend rejection' },
} as const satisfies EnumLabels;
export const ReviewRecommendation = enumType('ReviewRecommendation', REVIEW_RECOMMENDATION_LABELS, "What an expert reviewer recommends for the application they reviewed.");
export type ReviewRecommendation = EnumValue<typeof ReviewRecommendation>;

@ObjectType({ simpleResolvers: true, description: "An expert's review of an application (专家评审)." })
@LinkTable('application_review', { applicationId: () => StationApplication }, { expertId: ForeignKey(() => Expert, { onDelete: 'RESTRICT' }) })
export class ApplicationReview extends BaseRecord {
  applicationId: number;
  expertId: number;

  @Field(() => Int, { nullable: true, description: 'Score out of 100; null until the expert submits.' })
  @Column({ type: 'integer', nullable: true })
  score: number | null;

  @Field(() => ReviewRecommendation, { nullable: true, description: 'What the expert recommends; null until the expert submits.' })
  @EnumColumn(ReviewRecommendation, { nullable: true })
  recommendation: ReviewRecommendation | null;

  @Field(() => String, { nullable: true, description: "The expert's opinion (评审意见); null until the expert submits." })
  @TextColumn({ nullable: true })
  opinion: string | null;

  @Field(() => String, { nullable: true, description: 'Date the review was submitted (YYYY-MM-DD); null until then.' })
  @DateOnlyColumn({ nullable: true })
  reviewedOn: string | null;
}
