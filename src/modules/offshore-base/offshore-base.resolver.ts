/** Offshore bases: the root list, one by id, and the district a base sits in. Lists hanging off a base live with what they list. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import { fromGlobalId } from '../../graphql/global-id';
import type { OrderInput } from '../../graphql/ordering';
import { rootConnection, rootList } from '../../graphql/root-list';
import { District } from '../reference/district.entity';
import { OffshoreBase } from './offshore-base.entity';
import { OFFSHORE_BASE_ORDER, OffshoreBaseFilter } from './offshore-base.inputs';
import { offshoreBaseFilter } from './offshore-base.service';
import * as types from './offshore-base.types';

const OFFSHORE_BASES = rootList(OffshoreBase, OFFSHORE_BASE_ORDER, offshoreBaseFilter);

@Resolver(() => OffshoreBase)
export class OffshoreBaseResolver {
  @Query(() => types.OffshoreBaseConnection, { description: 'Offshore innovation and entrepreneurship bases (离岸基地).' })
  offshoreBases(
    @Args() page: PageArgs,
    @Arg('filter', () => OffshoreBaseFilter, { nullable: true }) filter: OffshoreBaseFilter | null,
    @Arg('orderBy', () => OFFSHORE_BASE_ORDER.input, { nullable: true, description: 'Default: oldest first (by id).' }) orderBy: OrderInput<string> | null,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(loaders, OFFSHORE_BASES, page, filter, orderBy, info);
  }

  @Query(() => OffshoreBase, { nullable: true, description: 'One offshore base by its global id; null when there is none.' })
  offshoreBase(@Arg('id', () => ID) id: string, @Ctx() { loaders }: AppContext) {
    return loaders.byId(OffshoreBase).load(fromGlobalId(id, 'id', ['OffshoreBase']).id);
  }

  @FieldResolver(() => District)
  district(@Root() base: OffshoreBase, @Ctx() { loaders }: AppContext) {
    return loaders.byId(District).load(base.districtId);
  }
}
