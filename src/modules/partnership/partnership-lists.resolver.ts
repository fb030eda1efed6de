/** Every list whose nodes are partnerships themselves: an organisation's ties, whoever holds them (the list is in partnership.relations.ts). */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { OrganizationInterface } from '../organization/organization.types';
import { ORGANIZATION_PARTNERSHIPS } from './partnership.relations';
import { PartnershipConnection } from './partnership.types';

export const PartnershipListsResolvers = ListFieldsResolvers([
  {
    on: OrganizationInterface,
    list: ORGANIZATION_PARTNERSHIPS,
    connection: PartnershipConnection,
    description: 'Every partnership of the organisation, whoever holds it (stations, bases, the operator).',
  },
]);
