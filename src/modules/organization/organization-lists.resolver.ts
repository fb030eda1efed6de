/**
 * Every list whose nodes are organisations, on each parent type: the partners of stations and
 * bases (the partnership on the edge) and of platforms. The lists are in organization.relations.ts.
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { PartnershipChildEdge as edge } from '../partnership/partnership.types';
import { Platform } from '../platform/platform.entity';
import { Station } from '../station/station.entity';
import * as lists from './organization.relations';
import { OffshoreBasePartnerConnection, PlatformPartnerConnection, StationPartnerConnection } from './organization.types';

export const OrganizationListsResolvers = ListFieldsResolvers([
  {
    on: Station,
    list: lists.STATION_PARTNERS,
    connection: StationPartnerConnection,
    edge,
    description: 'Organisations the station partners with; the edge carries the partnership.',
  },
  {
    on: OffshoreBase,
    list: lists.OFFSHORE_BASE_PARTNERS,
    connection: OffshoreBasePartnerConnection,
    edge,
    description: 'Organisations the base partners with; the edge carries the partnership.',
  },
  { on: Platform, list: lists.PLATFORM_PARTNERS, connection: PlatformPartnerConnection, description: 'The organisations the platform was built with.' },
]);
