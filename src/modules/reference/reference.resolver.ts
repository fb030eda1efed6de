/** Districts and research fields: small reference lists, still paged connections. Lists hanging off them live with what they list. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { District } from './district.entity';
import { ResearchField } from './research-field.entity';
import { DISTRICT_ORDER, DistrictFilter, RESEARCH_FIELD_ORDER, ResearchFieldFilter } from './reference.inputs';
import { districtFilter, researchFieldFilter } from './reference.service';
import * as types from './reference.types';

const DISTRICTS = rootList(District, DISTRICT_ORDER, districtFilter);
const RESEARCH_FIELDS = rootList(ResearchField, RESEARCH_FIELD_ORDER, researchFieldFilter);

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => types.DistrictConnection, { description: 'Districts and counties of Chongqing (区县).' })
  districts(
    @Args() page: PageArgs,
    @Arg('filter', () => DistrictFilter, { nullable: true }) filter: DistrictFilter | null,
    @Arg('orderBy', () => DISTRICT_ORDER.input, { nullable: true, description: 'Default: by id.' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, DISTRICTS, page, filter, orderBy, info);
  }
}

@Resolver(() => ResearchField)
export class ResearchFieldResolver {
  @Query(() => types.ResearchFieldConnection, { description: 'The shared research-field taxonomy (研究领域).' })
  researchFields(
    @Args() page: PageArgs,
    @Arg('filter', () => ResearchFieldFilter, { nullable: true }) filter: ResearchFieldFilter | null,
    @Arg('orderBy', () => RESEARCH_FIELD_ORDER.input, { nullable: true, description: 'Default: by id.' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, RESEARCH_FIELDS, page, filter, orderBy, info);
  }
}
