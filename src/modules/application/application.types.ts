/** Connection types of the application module (StationApplicationConnection lives in station.types). */
import { NodeConnection } from '../../graphql/connection';
import { ApplicationReview } from './application-review.entity';
import { SiteInspection } from './site-inspection.entity';

export const ApplicationReviewConnection = NodeConnection(ApplicationReview, 'ApplicationReview');
export const SiteInspectionConnection = NodeConnection(SiteInspection, 'SiteInspection');
