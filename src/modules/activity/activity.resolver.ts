import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { ID_SORT } from '../../db/keyset';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs, toConnection, toWindow } from '../../graphql/connection';
import { rootProjection } from '../../graphql/projection';
import { rowIdsOf } from '../../graphql/global-id';
import { sortKey } from '../../graphql/ordering';
import { FundingGrant } from '../funding/funding-grant.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { ORGANIZATION_TYPE_NAMES, OrganizationInterface } from '../organization/organization.types';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { ActivityParticipant } from './activity-participant.entity';
import { Activity } from './activity.entity';
import { ACTIVITY_SORT_FIELDS, ActivityFilter, ActivityOrder } from './activity.inputs';
import { ACTIVITY_PARTICIPANTS } from './activity.loaders';
import { ActivityCriteria } from './activity.service';
import { ActivityConnection, ActivityParticipantConnection } from './activity.types';

export function activityCriteria(filter: ActivityFilter | null | undefined): ActivityCriteria {
  if (!filter) return {};
  return {
    ...filter,
    stationIds: rowIdsOf(filter.stationIds, 'Station', 'filter.stationIds'),
    offshoreBaseIds: rowIdsOf(filter.offshoreBaseIds, 'OffshoreBase', 'filter.offshoreBaseIds'),
    talentIds: rowIdsOf(filter.talentIds, 'Talent', 'filter.talentIds'),
    organizationIds: rowIdsOf(filter.organizationIds, ORGANIZATION_TYPE_NAMES, 'filter.organizationIds'),
  };
}

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityConnection, { description: 'Activities of the network: exchanges, salons, visits, conferences, signings.' })
  async activities(
    @Args() page: PageArgs,
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null,
    @Arg('orderBy', () => ActivityOrder, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: ActivityOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(ACTIVITY_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = activityCriteria(filter);
    const rows = await services.activities.list(criteria, sort, toWindow(page, sort), rootProjection(info, Activity, sort));
    return toConnection(rows, sort, () => services.activities.count(criteria));
  }

  @FieldResolver(() => Station, { nullable: true, description: 'The station that organised the activity; null when a base or the operator did.' })
  station(@Root() activity: Activity, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Station, activity.stationId);
  }

  @FieldResolver(() => OffshoreBase, { nullable: true, description: 'The offshore base that organised the activity; null when a station or the operator did.' })
  offshoreBase(@Root() activity: Activity, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(OffshoreBase, activity.offshoreBaseId);
  }

  @FieldResolver(() => FundingGrant, { nullable: true, description: 'The grant that paid for the activity, if any.' })
  fundingGrant(@Root() activity: Activity, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(FundingGrant, activity.fundingGrantId);
  }

  @FieldResolver(() => ActivityParticipantConnection, { description: 'Who took part: stations, talents and organisations, each with a role.' })
  participants(@Root() activity: Activity, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, ACTIVITY_PARTICIPANTS, activity.id, page);
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
