/**
 * Every list whose nodes are offshore bases, one class per parent type: the bases in a district,
 * those a talent is engaged at (the engagement on the edge) and those partnering with an
 * organisation (the partnership on the edge). The lists are in offshore-base.loaders.ts.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { childConnection } from '../../graphql/child-connection';
import { PageArgs } from '../../graphql/connection';
import { OrganizationInterface } from '../organization/organization.types';
import { PartnershipChildEdge } from '../partnership/partnership.types';
import { District } from '../reference/district.entity';
import { EngagementChildEdge } from '../talent/engagement.types';
import { Talent } from '../talent/talent.entity';
import * as lists from './offshore-base.loaders';
import { OffshoreBaseConnection, OrganizationBaseConnection, TalentBaseConnection } from './offshore-base.types';

@Resolver(() => District)
export class DistrictOffshoreBaseListsResolver {
  @FieldResolver(() => OffshoreBaseConnection, { description: 'Offshore bases in the district.' })
  offshoreBases(@Root() district: District, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.DISTRICT_OFFSHORE_BASES, district.id, page, info);
  }
}

@Resolver(() => Talent)
export class TalentOffshoreBaseListsResolver {
  @FieldResolver(() => TalentBaseConnection, { description: 'Offshore bases the talent is engaged at; the edge carries the engagement.' })
  offshoreBases(@Root() talent: Talent, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.TALENT_BASES, talent.id, page, info, EngagementChildEdge);
  }
}

@Resolver(() => OrganizationInterface)
export class OrganizationOffshoreBaseListsResolver {
  @FieldResolver(() => OrganizationBaseConnection, { description: 'Offshore bases partnering with the organisation; the edge carries the partnership.' })
  partnerBases(@Root() organization: OrganizationInterface, @Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return childConnection(loaders, lists.ORGANIZATION_PARTNER_BASES, organization.id, page, info, PartnershipChildEdge);
  }
}
