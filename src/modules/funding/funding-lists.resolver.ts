/**
 * Every list whose nodes are grants or disbursements, one class per parent type: the grants of
 * stations and bases, the matching funds a district pays, a grant's payments (the lists are in
 * funding.loaders.ts).
 */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { District } from '../reference/district.entity';
import { Station } from '../station/station.entity';
import { FundingGrant } from './funding-grant.entity';
import * as lists from './funding.loaders';
import { DisbursementConnection, FundingGrantConnection } from './funding.types';

@Resolver(() => Station)
export class StationGrantListsResolver {
  @FieldResolver(() => FundingGrantConnection, { description: 'Grants awarded to the station.' })
  grants(@Root() station: Station, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.STATION_GRANTS, station.id, page, info);
  }
}

@Resolver(() => OffshoreBase)
export class OffshoreBaseGrantListsResolver {
  @FieldResolver(() => FundingGrantConnection, { description: 'Grants awarded to the base.' })
  grants(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.OFFSHORE_BASE_GRANTS, base.id, page, info);
  }
}

@Resolver(() => District)
export class DistrictGrantListsResolver {
  @FieldResolver(() => FundingGrantConnection, { description: 'Matching funds (配套经费) the district pays.' })
  fundedGrants(@Root() district: District, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.DISTRICT_FUNDED_GRANTS, district.id, page, info);
  }
}

@Resolver(() => FundingGrant)
export class FundingGrantDisbursementListsResolver {
  @FieldResolver(() => DisbursementConnection, { description: 'Payments made against the grant (拨付), oldest first.' })
  disbursements(@Root() grant: FundingGrant, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.FUNDING_GRANT_DISBURSEMENTS, grant.id, page, info);
  }
}
