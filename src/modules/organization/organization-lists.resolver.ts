/**
 * Every list whose nodes are organisations, one resolver per parent type: the partners of stations
 * and bases (the partnership on the edge) and of platforms. The lists are in organization.loaders.ts.
 */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { PartnershipChildEdge } from '../partnership/partnership.types';
import { Platform } from '../platform/platform.entity';
import { Station } from '../station/station.entity';
import * as lists from './organization.loaders';
import { OffshoreBasePartnerConnection, PlatformPartnerConnection, StationPartnerConnection } from './organization.types';

export const StationPartnerListsResolver = ListFieldsResolver(Station, {
  partners: listField(lists.STATION_PARTNERS, StationPartnerConnection, {
    edge: PartnershipChildEdge,
    description: 'Organisations the station partners with; the edge carries the partnership.',
  }),
});

export const OffshoreBasePartnerListsResolver = ListFieldsResolver(OffshoreBase, {
  partners: listField(lists.OFFSHORE_BASE_PARTNERS, OffshoreBasePartnerConnection, {
    edge: PartnershipChildEdge,
    description: 'Organisations the base partners with; the edge carries the partnership.',
  }),
});

export const PlatformPartnerListsResolver = ListFieldsResolver(Platform, {
  partners: listField(lists.PLATFORM_PARTNERS, PlatformPartnerConnection, { description: 'The organisations the platform was built with.' }),
});
