import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { District } from '../reference/district.entity';
import { HostUnit } from './host-unit.entity';

@Resolver(() => HostUnit)
export class HostUnitResolver {
  @FieldResolver(() => District)
  district(@Root() unit: HostUnit, @Ctx() { loaders }: AppContext) {
    return loaders.byId(District).load(unit.districtId);
  }
}
