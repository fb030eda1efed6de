/**
 * Every list whose nodes are platforms, on each parent type: those stations, bases and
 * organisations built, and those in a research field; and the organisations a platform was built
 * with, through this module's link table (so organization/ imports no platform). The lists are in
 * platform.relations.ts.
 */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Platform } from './platform.entity';
import * as lists from './platform.relations';
import { PlatformConnection as connection, PlatformPartnerConnection } from './platform.types';

export const PlatformListsResolvers = ListFieldsResolvers([
  { on: Station, list: lists.STATION_PLATFORMS, connection, description: 'Technology-cooperation platforms the station built.' },
  { on: OffshoreBase, list: lists.OFFSHORE_BASE_PLATFORMS, connection, description: 'Technology-cooperation platforms the base built.' },
  { on: OrganizationInterface, list: lists.ORGANIZATION_PLATFORMS, connection, description: 'Technology-cooperation platforms built with the organisation.' },
  { on: ResearchField, list: lists.RESEARCH_FIELD_PLATFORMS, connection, description: 'Platforms working in the field.' },
  { on: Platform, list: lists.PLATFORM_PARTNERS, connection: PlatformPartnerConnection, description: 'The organisations the platform was built with.' },
]);
