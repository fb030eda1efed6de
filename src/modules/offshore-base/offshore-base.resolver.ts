import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { District } from '../reference/district.entity';
import { OffshoreBase } from './offshore-base.entity';

@Resolver(() => OffshoreBase)
export class OffshoreBaseResolver {
  @FieldResolver(() => District)
  district(@Root() base: OffshoreBase, @Ctx() { loaders }: AppContext) {
    return loaders.byId(District).load(base.districtId);
  }
}
