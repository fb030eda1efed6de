/**
 * Every list whose nodes are activities or their participants, on each parent type: the activities
 * stations, bases, talents, organisations and grants organised, took part in or paid for, and an
 * activity's participants (the lists themselves are in activity.relations.ts).
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { FundingGrant } from '../funding/funding-grant.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { Activity } from './activity.entity';
import * as lists from './activity.relations';
import { ActivityConnection as connection, ActivityParticipantConnection } from './activity.types';

export const ActivityListsResolvers = ListFieldsResolvers([
  { on: Station, list: lists.STATION_ORGANIZED_ACTIVITIES, connection, description: 'Activities the station organised.' },
  { on: Station, list: lists.STATION_ACTIVITIES, connection, description: 'Activities the station took part in (hosted, visited, attended).' },
  { on: OffshoreBase, list: lists.OFFSHORE_BASE_ACTIVITIES, connection, description: 'Activities the base organised.' },
  { on: Talent, list: lists.TALENT_ACTIVITIES, connection, description: 'Activities the talent took part in.' },
  { on: OrganizationInterface, list: lists.ORGANIZATION_ACTIVITIES, connection, description: 'Activities the organisation took part in.' },
  { on: FundingGrant, list: lists.FUNDING_GRANT_ACTIVITIES, connection, description: 'Activities the grant paid for.' },
  {
    on: Activity,
    list: lists.ACTIVITY_PARTICIPANTS,
    connection: ActivityParticipantConnection,
    description: 'Who took part: stations, talents and organisations, each with a role.',
  },
]);
