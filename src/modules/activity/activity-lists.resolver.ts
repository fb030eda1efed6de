/**
 * Every list whose nodes are activities or their participants, one resolver per parent type: the
 * activities stations, bases, talents, organisations and grants organised, took part in or paid
 * for, and an activity's participants (the lists themselves are in activity.loaders.ts).
 */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
import { FundingGrant } from '../funding/funding-grant.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { Activity } from './activity.entity';
import * as lists from './activity.loaders';
import { ActivityConnection, ActivityParticipantConnection } from './activity.types';

export const StationActivityListsResolver = ListFieldsResolver(Station, {
  organizedActivities: listField(lists.STATION_ORGANIZED_ACTIVITIES, ActivityConnection, { description: 'Activities the station organised.' }),
  activities: listField(lists.STATION_ACTIVITIES, ActivityConnection, {
    description: 'Activities the station took part in (hosted, visited, attended).',
  }),
});

export const OffshoreBaseActivityListsResolver = ListFieldsResolver(OffshoreBase, {
  activities: listField(lists.OFFSHORE_BASE_ACTIVITIES, ActivityConnection, { description: 'Activities the base organised.' }),
});

export const TalentActivityListsResolver = ListFieldsResolver(Talent, {
  activities: listField(lists.TALENT_ACTIVITIES, ActivityConnection, { description: 'Activities the talent took part in.' }),
});

export const OrganizationActivityListsResolver = ListFieldsResolver(OrganizationInterface, {
  activities: listField(lists.ORGANIZATION_ACTIVITIES, ActivityConnection, { description: 'Activities the organisation took part in.' }),
});

export const FundingGrantActivityListsResolver = ListFieldsResolver(FundingGrant, {
  activities: listField(lists.FUNDING_GRANT_ACTIVITIES, ActivityConnection, { description: 'Activities the grant paid for.' }),
});

export const ActivityParticipantListsResolver = ListFieldsResolver(Activity, {
  participants: listField(lists.ACTIVITY_PARTICIPANTS, ActivityParticipantConnection, {
    description: 'Who took part: stations, talents and organisations, each with a role.',
  }),
});
