/** The lists hanging off a station, described once; src/db/child-lists.ts turns each into batched SQL. */
import type { ChildList } from '../../db/child-lists';
import { ActivityParticipant } from '../activity/activity-participant.entity';
import { Activity } from '../activity/activity.entity';
import { StationApplication } from '../application/station-application.entity';
import { Evaluation } from '../evaluation/evaluation.entity';
import { FundingGrant } from '../funding/funding-grant.entity';
import { Organization } from '../organization/organization.entity';
import { Partnership } from '../partnership/partnership.entity';
import { Platform } from '../platform/platform.entity';
import { Project } from '../project/project.entity';
import { ResearchField } from '../reference/research-field.entity';
import { Engagement } from '../talent/engagement.entity';
import { Talent } from '../talent/talent.entity';
import { StationResearchField } from './station-research-field.entity';
import { StationStatusChange } from './station-status-change.entity';

export const STATION_TALENTS: ChildList<Talent, Engagement> = {
  name: 'station.talents',
  node: Talent,
  link: { entity: Engagement, parentColumn: 'station_id', nodeColumn: 'talent_id' },
};

export const STATION_PARTNERS: ChildList<Organization, Partnership> = {
  name: 'station.partners',
  node: Organization,
  link: { entity: Partnership, parentColumn: 'station_id', nodeColumn: 'organization_id' },
};

export const STATION_PROJECTS: ChildList<Project> = { name: 'station.projects', node: Project, parentColumn: 'station_id' };

export const STATION_PLATFORMS: ChildList<Platform> = { name: 'station.platforms', node: Platform, parentColumn: 'station_id' };

export const STATION_ACTIVITIES: ChildList<Activity, ActivityParticipant> = {
  name: 'station.activities',
  node: Activity,
  link: { entity: ActivityParticipant, parentColumn: 'station_id', nodeColumn: 'activity_id' },
};

export const STATION_GRANTS: ChildList<FundingGrant> = { name: 'station.grants', node: FundingGrant, parentColumn: 'station_id' };

export const STATION_EVALUATIONS: ChildList<Evaluation> = { name: 'station.evaluations', node: Evaluation, parentColumn: 'station_id' };

export const STATION_APPLICATIONS: ChildList<StationApplication> = {
  name: 'station.applications',
  node: StationApplication,
  parentColumn: 'station_id',
};

export const STATION_STATUS_HISTORY: ChildList<StationStatusChange> = {
  name: 'station.statusHistory',
  node: StationStatusChange,
  parentColumn: 'station_id',
};

export const STATION_RESEARCH_FIELDS: ChildList<ResearchField, StationResearchField> = {
  name: 'station.researchFields',
  node: ResearchField,
  link: { entity: StationResearchField, parentColumn: 'station_id', nodeColumn: 'research_field_id' },
};
