/** A partnership's ends (organisation, station or base) and who holds it. An organisation's partnerships are listed in partnership-lists.resolver.ts. */
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { Station } from '../station/station.entity';
import { Partnership } from './partnership.entity';
import { holderOf, PartnershipHolder } from './partnership.types';

export const PartnershipResolver = ReadResolver(Partnership, {
  links: {
    organization: toOne(() => OrganizationInterface, 'organizationId', { entity: () => Organization, description: 'The organisation on the other side of the tie.' }),
    station: toOne(() => Station, 'stationId', { nullable: true, description: 'The station holding the tie, if a station holds it.' }),
    offshoreBase: toOne(() => OffshoreBase, 'offshoreBaseId', { nullable: true, description: 'The offshore base holding the tie, if a base holds it.' }),
  },
});

/** Computed from the row: which of its holder columns is set. */
@Resolver(() => Partnership)
export class PartnershipHolderResolver {
  @FieldResolver(() => PartnershipHolder, { description: 'Who holds the tie: a station, an offshore base, or the operator (CQAST).' })
  holder(@Root() partnership: Partnership): PartnershipHolder {
    return holderOf(partnership);
  }
}
