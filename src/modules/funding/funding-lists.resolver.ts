/** Grant lists on bases and funding districts (the lists are in funding.loaders.ts). */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { District } from '../reference/district.entity';
import { FundingGrantConnection } from './funding.types';
import { DISTRICT_FUNDED_GRANTS, OFFSHORE_BASE_GRANTS } from './funding.loaders';

@Resolver(() => OffshoreBase)
export class OffshoreBaseGrantListsResolver {
  @FieldResolver(() => FundingGrantConnection, { description: 'Grants awarded to the base.' })
  grants(@Root() base: OffshoreBase, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, OFFSHORE_BASE_GRANTS, base.id, page, info);
  }
}

@Resolver(() => District)
export class DistrictGrantListsResolver {
  @FieldResolver(() => FundingGrantConnection, { description: 'Matching funds (配套经费) the district pays.' })
  fundedGrants(@Root() district: District, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, DISTRICT_FUNDED_GRANTS, district.id, page, info);
  }
}
