/** Connection types of the platform module (PlatformConnection is declared with the station's lists, which came first). */
import { NodeConnection } from '../../graphql/connection';
import { OrganizationInterface } from '../organization/organization.types';

export { PlatformConnection } from '../station/station.types';

/** platform.partners: organisations of any kind. */
export const PlatformPartnerConnection = NodeConnection(OrganizationInterface, 'PlatformPartner');
