/** Grants: the root list, who received and who co-funds a grant, what has been paid out; a disbursement's grant. Lists live in funding-lists.resolver.ts and with what they list. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { District } from '../reference/district.entity';
import { Station } from '../station/station.entity';
import { Disbursement } from './disbursement.entity';
import { FundingGrant } from './funding-grant.entity';
import { FUNDING_GRANT_ORDER, FundingGrantFilter } from './funding.inputs';
import { fundingGrantFilter } from './funding.service';
import { FundingGrantConnection } from './funding.types';

const FUNDING_GRANTS = rootList(FundingGrant, FUNDING_GRANT_ORDER, fundingGrantFilter);

@Resolver(() => FundingGrant)
export class FundingGrantResolver {
  @Query(() => FundingGrantConnection, { description: 'Funding grants (经费): establishment funding, district matching funds, academic-exchange grants.' })
  fundingGrants(
    @Args() page: PageArgs,
    @Arg('filter', () => FundingGrantFilter, { nullable: true }) filter: FundingGrantFilter | null,
    @Arg('orderBy', () => FUNDING_GRANT_ORDER.input, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, FUNDING_GRANTS, page, filter, orderBy, info);
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
}

@Resolver(() => Disbursement)
export class DisbursementResolver {
  @FieldResolver(() => FundingGrant, { description: 'The grant the payment was made against.' })
  fundingGrant(@Root() disbursement: Disbursement, @Ctx() { loaders }: AppContext) {
    return loaders.byId(FundingGrant).load(disbursement.fundingGrantId);
  }
}
