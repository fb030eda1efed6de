/** Connection types whose nodes are platforms, and the organisations a platform was built with (through its own link table). */
import { NodeConnection } from '../../graphql/connection';
import { OrganizationInterface } from '../organization/organization.types';
import { Platform } from './platform.entity';

export const PlatformConnection = NodeConnection(Platform, 'Platform');

/** platform.partners: organisations of any kind (the link row carries nothing a client reads). */
export const PlatformPartnerConnection = NodeConnection(OrganizationInterface, 'PlatformPartner');
