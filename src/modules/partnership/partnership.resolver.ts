/** A partnership's ends (organisation, station or base) and who holds it. An organisation's partnerships are listed in partnership-lists.resolver.ts. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { Station } from '../station/station.entity';
import { Partnership } from './partnership.entity';
import { holderOf, PartnershipHolder } from './partnership.types';

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => OrganizationInterface, { description: 'The organisation on the other side of the tie.' })
  organization(@Root() partnership: Partnership, @Ctx() { loaders }: AppContext) {
    return loaders.byId(Organization).load(partnership.organizationId);
  }

  @FieldResolver(() => Station, { nullable: true, description: 'The station holding the tie, if a station holds it.' })
  station(@Root() partnership: Partnership, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Station, partnership.stationId);
  }

  @FieldResolver(() => OffshoreBase, { nullable: true, description: 'The offshore base holding the tie, if a base holds it.' })
  offshoreBase(@Root() partnership: Partnership, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(OffshoreBase, partnership.offshoreBaseId);
  }

  @FieldResolver(() => PartnershipHolder, { description: 'Who holds the tie: a station, an offshore base, or the operator (CQAST).' })
  holder(@Root() partnership: Partnership): PartnershipHolder {
    return holderOf(partnership);
  }
}
