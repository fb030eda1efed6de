/**
 * Every list whose nodes are partnerships themselves, one resolver per parent type: an
 * organisation's ties, whoever holds them (the list is in partnership.loaders.ts).
 */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
import { OrganizationInterface } from '../organization/organization.types';
import { ORGANIZATION_PARTNERSHIPS } from './partnership.loaders';
import { PartnershipConnection } from './partnership.types';

export const OrganizationPartnershipListsResolver = ListFieldsResolver(OrganizationInterface, {
  partnerships: listField(ORGANIZATION_PARTNERSHIPS, PartnershipConnection, {
    description: 'Every partnership of the organisation, whoever holds it (stations, bases, the operator).',
  }),
});
