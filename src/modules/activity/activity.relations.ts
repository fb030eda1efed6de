/** The lists whose nodes are activities or their participants, under whichever parent they hang off. */
import type { ChildList } from '../../db/child-lists';
import { ActivityParticipant } from './activity-participant.entity';
import { Activity } from './activity.entity';

/** activity.participants: who took part, each with a role (station, talent or organisation). */
export const ACTIVITY_PARTICIPANTS: ChildList<ActivityParticipant> = {
  name: 'activity.participants',
  node: ActivityParticipant,
  parentColumn: 'activity_id',
};

/** station.organizedActivities: activities a station organised (station.activities lists those it took part in). */
export const STATION_ORGANIZED_ACTIVITIES: ChildList<Activity> = { name: 'station.organizedActivities', node: Activity, parentColumn: 'station_id' };

/** station.activities: activities a station took part in; the link row carries the role. */
export const STATION_ACTIVITIES: ChildList<Activity, ActivityParticipant> = {
  name: 'station.activities',
  node: Activity,
  link: { entity: ActivityParticipant, parentColumn: 'station_id', nodeColumn: 'activity_id' },
};

/** offshoreBase.activities: activities a base organised. */
export const OFFSHORE_BASE_ACTIVITIES: ChildList<Activity> = { name: 'offshoreBase.activities', node: Activity, parentColumn: 'offshore_base_id' };

/** talent.activities: activities a talent took part in; the link row carries the role. */
export const TALENT_ACTIVITIES: ChildList<Activity, ActivityParticipant> = {
  name: 'talent.activities',
  node: Activity,
  link: { entity: ActivityParticipant, parentColumn: 'talent_id', nodeColumn: 'activity_id' },
};

/** organization.activities: activities an organisation took part in; the link row carries the role. */
export const ORGANIZATION_ACTIVITIES: ChildList<Activity, ActivityParticipant> = {
  name: 'organization.activities',
  node: Activity,
  link: { entity: ActivityParticipant, parentColumn: 'organization_id', nodeColumn: 'activity_id' },
};

/** fundingGrant.activities: activities the grant paid for. */
export const FUNDING_GRANT_ACTIVITIES: ChildList<Activity> = { name: 'fundingGrant.activities', node: Activity, parentColumn: 'funding_grant_id' };
