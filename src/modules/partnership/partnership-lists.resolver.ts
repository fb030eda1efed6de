/**
 * The lists through partnerships on an organisation: the stations and bases partnering with it (the
 * partnership on the edge) and its ties themselves, whoever holds them (the lists are in
 * partnership.relations.ts). A list through a link row lives with the link's module, which imports
 * both ends, so that neither end imports the other (no cycle). Station.partners and
 * OffshoreBase.partners are in partnership-partners.resolver.ts, registered later.
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { OrganizationInterface } from '../organization/organization.types';
import { ORGANIZATION_PARTNER_BASES, ORGANIZATION_PARTNER_STATIONS, ORGANIZATION_PARTNERSHIPS } from './partnership.relations';
import { OrganizationBaseConnection, OrganizationStationConnection, PartnershipChildEdge, PartnershipConnection } from './partnership.types';

export const PartnershipListsResolvers = ListFieldsResolvers([
  {
    on: OrganizationInterface,
    list: ORGANIZATION_PARTNER_STATIONS,
    connection: OrganizationStationConnection,
    edge: PartnershipChildEdge,
    description: 'Stations partnering with the organisation; the edge carries the partnership.',
  },
  {
    on: OrganizationInterface,
    list: ORGANIZATION_PARTNER_BASES,
    connection: OrganizationBaseConnection,
    edge: PartnershipChildEdge,
    description: 'Offshore bases partnering with the organisation; the edge carries the partnership.',
  },
  {
    on: OrganizationInterface,
    list: ORGANIZATION_PARTNERSHIPS,
    connection: PartnershipConnection,
    description: 'Every partnership of the organisation, whoever holds it (stations, bases, the operator).',
  },
]);
