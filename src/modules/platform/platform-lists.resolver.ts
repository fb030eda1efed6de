/**
 * Every list whose nodes are platforms, one resolver per parent type: those stations, bases and
 * organisations built, and those in a research field (the lists are in platform.loaders.ts).
 */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import * as lists from './platform.loaders';
import { PlatformConnection } from './platform.types';

export const StationPlatformListsResolver = ListFieldsResolver(Station, {
  platforms: listField(lists.STATION_PLATFORMS, PlatformConnection, { description: 'Technology-cooperation platforms the station built.' }),
});

export const OffshoreBasePlatformListsResolver = ListFieldsResolver(OffshoreBase, {
  platforms: listField(lists.OFFSHORE_BASE_PLATFORMS, PlatformConnection, { description: 'Technology-cooperation platforms the base built.' }),
});

export const OrganizationPlatformListsResolver = ListFieldsResolver(OrganizationInterface, {
  platforms: listField(lists.ORGANIZATION_PLATFORMS, PlatformConnection, {
    description: 'Technology-cooperation platforms built with the organisation.',
  }),
});

export const ResearchFieldPlatformListsResolver = ListFieldsResolver(ResearchField, {
  platforms: listField(lists.RESEARCH_FIELD_PLATFORMS, PlatformConnection, { description: 'Platforms working in the field.' }),
});
