/** The lists whose nodes are platforms, under whichever parent they hang off. */
import type { ChildList } from '../../db/child-lists';
import { Organization } from '../organization/organization.entity';
import { PlatformPartner } from './platform-partner.entity';
import { Platform } from './platform.entity';

/** station.platforms: platforms the station built. */
export const STATION_PLATFORMS: ChildList<Platform> = { name: 'station.platforms', node: Platform, parentColumn: 'station_id' };

/** offshoreBase.platforms: platforms the base built. */
export const OFFSHORE_BASE_PLATFORMS: ChildList<Platform> = { name: 'offshoreBase.platforms', node: Platform, parentColumn: 'offshore_base_id' };

/** organization.platforms: platforms built with the organisation. */
export const ORGANIZATION_PLATFORMS: ChildList<Platform, PlatformPartner> = {
  name: 'organization.platforms',
  node: Platform,
  link: { entity: PlatformPartner, parentColumn: 'organization_id', nodeColumn: 'platform_id' },
};

/** researchField.platforms: the platforms working in a field. */
export const RESEARCH_FIELD_PLATFORMS: ChildList<Platform> = { name: 'researchField.platforms', node: Platform, parentColumn: 'research_field_id' };

// Through this module's link table, so it lives here (organization/ imports no platform).
/** platform.partners: the organisations the platform was built with. */
export const PLATFORM_PARTNERS: ChildList<Organization, PlatformPartner> = {
  name: 'platform.partners',
  node: Organization,
  link: { entity: PlatformPartner, parentColumn: 'platform_id', nodeColumn: 'organization_id' },
};
