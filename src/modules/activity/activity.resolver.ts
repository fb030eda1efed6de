/** Activities: the root list and who organised or paid for one; a participant's ends. Lists live in activity-lists.resolver.ts and with what they list. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { FundingGrant } from '../funding/funding-grant.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { ActivityParticipant } from './activity-participant.entity';
import { Activity } from './activity.entity';
import { ACTIVITY_ORDER, ActivityFilter } from './activity.inputs';
import { activityFilter } from './activity.service';
import { ActivityConnection } from './activity.types';

const ACTIVITIES = rootList(Activity, ACTIVITY_ORDER, activityFilter);

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityConnection, { description: 'Activities of the network: exchanges, salons, visits, conferences, signings.' })
  activities(
    @Args() page: PageArgs,
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null,
    @Arg('orderBy', () => ACTIVITY_ORDER.input, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, ACTIVITIES, page, filter, orderBy, info);
  }

  @FieldResolver(() => Station, { nullable: true, description: 'The station that organised the activity; null when a base or the operator did, or when organizerRecorded is false.' })
  station(@Root() activity: Activity, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Station, activity.stationId);
  }

  @FieldResolver(() => OffshoreBase, { nullable: true, description: 'The offshore base that organised the activity; null when a station or the operator did, or when organizerRecorded is false.' })
  offshoreBase(@Root() activity: Activity, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(OffshoreBase, activity.offshoreBaseId);
  }

  @FieldResolver(() => FundingGrant, { nullable: true, description: 'The grant that paid for the activity, if any.' })
  fundingGrant(@Root() activity: Activity, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(FundingGrant, activity.fundingGrantId);
  }
}

@Resolver(() => ActivityParticipant)
export class ActivityParticipantResolver {
  @FieldResolver(() => Activity)
  activity(@Root() participant: ActivityParticipant, @Ctx() { loaders }: AppContext) {
    return loaders.byId(Activity).load(participant.activityId);
  }

  @FieldResolver(() => Station, { nullable: true, description: 'The participant, when it is a station.' })
  station(@Root() participant: ActivityParticipant, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Station, participant.stationId);
  }

  @FieldResolver(() => Talent, { nullable: true, description: 'The participant, when it is a talent.' })
  talent(@Root() participant: ActivityParticipant, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Talent, participant.talentId);
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true, description: 'The participant, when it is an organisation.' })
  organization(@Root() participant: ActivityParticipant, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Organization, participant.organizationId);
  }
}
