/** Connection types whose nodes are the application workflow's: applications, reviews, inspections. */
import { NodeConnection } from '../../graphql/connection';
import { ApplicationReview } from './application-review.entity';
import { Expert } from './expert.entity';
import { SiteInspection } from './site-inspection.entity';
import { StationApplication } from './station-application.entity';

export const StationApplicationConnection = NodeConnection(StationApplication, 'StationApplication');

export const ApplicationReviewConnection = NodeConnection(ApplicationReview, 'ApplicationReview');

export const SiteInspectionConnection = NodeConnection(SiteInspection, 'SiteInspection');

export const ExpertConnection = NodeConnection(Expert, 'Expert');
