/** Activities: the root list and who organised or paid for one; a participant's ends. Lists live in activity-lists.resolver.ts and with what they list. */
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { FundingGrant } from '../funding/funding-grant.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { ActivityParticipant } from './activity-participant.entity';
import { Activity } from './activity.entity';
import { ACTIVITY_ORDER, ActivityFilter, activityFilter } from './activity.filters';
import { ActivityConnection } from './activity.types';

export const ActivityResolver = ReadResolver(Activity, {
  list: {
    name: 'activities',
    connection: ActivityConnection,
    filter: ActivityFilter,
    where: activityFilter,
    ordering: ACTIVITY_ORDER,
    description: 'Activities of the network: exchanges, salons, visits, conferences, signings.',
  },
  links: {
    station: toOne(() => Station, 'stationId', {
      nullable: true,
      description: 'The station that organised the activity; null when a base or the operator did, or when organizerRecorded is false.',
    }),
    offshoreBase: toOne(() => OffshoreBase, 'offshoreBaseId', {
      nullable: true,
      description: 'The offshore base that organised the activity; null when a station or the operator did, or when organizerRecorded is false.',
    }),
    fundingGrant: toOne(() => FundingGrant, 'fundingGrantId', { nullable: true, description: 'The grant that paid for the activity, if any.' }),
  },
});

export const ActivityParticipantResolver = ReadResolver(ActivityParticipant, {
  links: {
    activity: toOne(() => Activity, 'activityId', { description: 'The activity taken part in.' }),
    station: toOne(() => Station, 'stationId', { nullable: true, description: 'The participant, when it is a station.' }),
    talent: toOne(() => Talent, 'talentId', { nullable: true, description: 'The participant, when it is a talent.' }),
    organization: toOne(() => OrganizationInterface, 'organizationId', {
      entity: () => Organization,
      nullable: true,
      description: 'The participant, when it is an organisation.',
    }),
  },
});
