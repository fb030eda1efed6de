/** The lists hanging off an application and off a reviewing expert. */
import type { ChildList } from '../../db/child-lists';
import { ApplicationReview } from './application-review.entity';
import { SiteInspection } from './site-inspection.entity';

export const APPLICATION_REVIEWS: ChildList<ApplicationReview> = {
  name: 'stationApplication.reviews',
  node: ApplicationReview,
  parentColumn: 'application_id',
};

export const APPLICATION_INSPECTIONS: ChildList<SiteInspection> = {
  name: 'stationApplication.inspections',
  node: SiteInspection,
  parentColumn: 'application_id',
};

export const EXPERT_REVIEWS: ChildList<ApplicationReview> = { name: 'expert.reviews', node: ApplicationReview, parentColumn: 'expert_id' };
