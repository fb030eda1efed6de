import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import type { AppContext } from '../../context';
import { ID_SORT } from '../../db/keyset';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs, toConnection, toWindow } from '../../graphql/connection';
import { rootProjection } from '../../graphql/projection';
import { rowIdsOf } from '../../graphql/global-id';
import { sortKey } from '../../graphql/ordering';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { District } from '../reference/district.entity';
import { Station } from '../station/station.entity';
import { ActivityConnection } from '../station/station.types';
import { Disbursement } from './disbursement.entity';
import { FundingGrant } from './funding-grant.entity';
import { FUNDING_GRANT_SORT_FIELDS, FundingGrantFilter, FundingGrantOrder } from './funding.inputs';
import { FUNDING_GRANT_ACTIVITIES, FUNDING_GRANT_DISBURSEMENTS } from './funding.loaders';
import { FundingGrantCriteria } from './funding.service';
import { DisbursementConnection, FundingGrantConnection } from './funding.types';

export function fundingGrantCriteria(filter: FundingGrantFilter | null | undefined): FundingGrantCriteria {
  if (!filter) return {};
  return {
    ...filter,
    stationIds: rowIdsOf(filter.stationIds, 'Station', 'filter.stationIds'),
    offshoreBaseIds: rowIdsOf(filter.offshoreBaseIds, 'OffshoreBase', 'filter.offshoreBaseIds'),
    funderDistrictIds: rowIdsOf(filter.funderDistrictIds, 'District', 'filter.funderDistrictIds'),
  };
}

@Resolver(() => FundingGrant)
export class FundingGrantResolver {
  @Query(() => FundingGrantConnection, { description: 'Funding grants (经费): establishment funding, district matching funds, academic-exchange grants.' })
  async fundingGrants(
    @Args() page: PageArgs,
    @Arg('filter', () => FundingGrantFilter, { nullable: true }) filter: FundingGrantFilter | null,
    @Arg('orderBy', () => FundingGrantOrder, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: FundingGrantOrder | null,
    @Ctx() { services }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const sort = orderBy ? sortKey(FUNDING_GRANT_SORT_FIELDS, orderBy.field, orderBy.direction) : ID_SORT;
    const criteria = fundingGrantCriteria(filter);
    const rows = await services.fundingGrants.list(criteria, sort, toWindow(page, sort), rootProjection(info, FundingGrant, sort));
    return toConnection(rows, sort, () => services.fundingGrants.count(criteria));
  }

  @FieldResolver(() => Station, { nullable: true, description: 'The station the grant was awarded to; null when a base received it.' })
  station(@Root() grant: FundingGrant, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Station, grant.stationId);
  }

  @FieldResolver(() => OffshoreBase, { nullable: true, description: 'The offshore base the grant was awarded to; null when a station received it.' })
  offshoreBase(@Root() grant: FundingGrant, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(OffshoreBase, grant.offshoreBaseId);
  }

  @FieldResolver(() => District, { nullable: true, description: 'The district paying matching funds; null when CQAST pays.' })
  funderDistrict(@Root() grant: FundingGrant, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(District, grant.funderDistrictId);
  }

  @FieldResolver(() => DisbursementConnection, { description: 'Payments made against the grant (拨付), oldest first.' })
  disbursements(@Root() grant: FundingGrant, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, FUNDING_GRANT_DISBURSEMENTS, grant.id, page);
  }

  @FieldResolver(() => SafeIntResolver, { description: 'Whole yuan (CNY) paid out so far: the sum of the disbursements.' })
  disbursedCny(@Root() grant: FundingGrant, @Ctx() { loaders, services }: AppContext) {
    return loaders.batch('fundingGrant.disbursedCny', (ids: readonly number[]) => services.fundingGrants.disbursedTotals(ids)).load(grant.id);
  }

  @FieldResolver(() => ActivityConnection, { description: 'Activities the grant paid for.' })
  activities(@Root() grant: FundingGrant, @Args() page: PageArgs, @Ctx() { loaders }: AppContext) {
    return childConnection(loaders, FUNDING_GRANT_ACTIVITIES, grant.id, page);
  }
}

@Resolver(() => Disbursement)
export class DisbursementResolver {
  @FieldResolver(() => FundingGrant, { description: 'The grant the payment was made against.' })
  fundingGrant(@Root() disbursement: Disbursement, @Ctx() { loaders }: AppContext) {
    return loaders.byId(FundingGrant).load(disbursement.fundingGrantId);
  }
}
