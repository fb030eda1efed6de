/** The lists whose nodes are the application workflow's: applications, their reviews and inspections. */
import type { ChildList } from '../../db/child-lists';
import { ResearchField } from '../reference/research-field.entity';
import { ApplicationReview } from './application-review.entity';
import { SiteInspection } from './site-inspection.entity';
import { StationApplication } from './station-application.entity';
import { ApplicationResearchField } from './application-research-field.entity';

/** station.applications: the application that created the station. */
export const STATION_APPLICATIONS: ChildList<StationApplication> = {
  name: 'station.applications',
  node: StationApplication,
  parentColumn: 'station_id',
};

/** hostUnit.applications: applications the unit filed. */
export const HOST_UNIT_APPLICATIONS: ChildList<StationApplication> = {
  name: 'hostUnit.applications',
  node: StationApplication,
  parentColumn: 'host_unit_id',
};

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

// A list through this module's own link table, whose nodes are research fields (reference data):
// it lives here, with the link, because the reference module imports no other module.

/** stationApplication.researchFields: the fields the proposed station would work in. */
export const APPLICATION_RESEARCH_FIELDS: ChildList<ResearchField, ApplicationResearchField> = {
  name: 'stationApplication.researchFields',
  node: ResearchField,
  link: { entity: ApplicationResearchField, parentColumn: 'application_id', nodeColumn: 'research_field_id' },
};
