/**
 * Every list whose nodes are offshore bases, on each parent type: the bases in a district, those a
 * talent is engaged at (the engagement on the edge) and those partnering with an organisation (the
 * partnership on the edge). The lists are in offshore-base.relations.ts.
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { OrganizationInterface } from '../organization/organization.types';
import { PartnershipChildEdge } from '../partnership/partnership.types';
import { District } from '../reference/district.entity';
import { EngagementChildEdge } from '../talent/engagement.types';
import { Talent } from '../talent/talent.entity';
import * as lists from './offshore-base.relations';
import { OffshoreBaseConnection, OrganizationBaseConnection, TalentBaseConnection } from './offshore-base.types';

export const OffshoreBaseListsResolvers = ListFieldsResolvers([
  { on: District, list: lists.DISTRICT_OFFSHORE_BASES, connection: OffshoreBaseConnection, description: 'Offshore bases in the district.' },
  {
    on: Talent,
    list: lists.TALENT_BASES,
    connection: TalentBaseConnection,
    edge: EngagementChildEdge,
    description: 'Offshore bases the talent is engaged at; the edge carries the engagement.',
  },
  {
    on: OrganizationInterface,
    list: lists.ORGANIZATION_PARTNER_BASES,
    connection: OrganizationBaseConnection,
    edge: PartnershipChildEdge,
    description: 'Offshore bases partnering with the organisation; the edge carries the partnership.',
  },
]);
