/**
 * Every list whose nodes are offshore bases, one resolver per parent type: the bases in a district,
 * those a talent is engaged at (the engagement on the edge) and those partnering with an
 * organisation (the partnership on the edge). The lists are in offshore-base.loaders.ts.
 */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
import { OrganizationInterface } from '../organization/organization.types';
import { PartnershipChildEdge } from '../partnership/partnership.types';
import { District } from '../reference/district.entity';
import { EngagementChildEdge } from '../talent/engagement.types';
import { Talent } from '../talent/talent.entity';
import * as lists from './offshore-base.loaders';
import { OffshoreBaseConnection, OrganizationBaseConnection, TalentBaseConnection } from './offshore-base.types';

export const DistrictOffshoreBaseListsResolver = ListFieldsResolver(District, {
  offshoreBases: listField(lists.DISTRICT_OFFSHORE_BASES, OffshoreBaseConnection, { description: 'Offshore bases in the district.' }),
});

export const TalentOffshoreBaseListsResolver = ListFieldsResolver(Talent, {
  offshoreBases: listField(lists.TALENT_BASES, TalentBaseConnection, {
    edge: EngagementChildEdge,
    description: 'Offshore bases the talent is engaged at; the edge carries the engagement.',
  }),
});

export const OrganizationOffshoreBaseListsResolver = ListFieldsResolver(OrganizationInterface, {
  partnerBases: listField(lists.ORGANIZATION_PARTNER_BASES, OrganizationBaseConnection, {
    edge: PartnershipChildEdge,
    description: 'Offshore bases partnering with the organisation; the edge carries the partnership.',
  }),
});
