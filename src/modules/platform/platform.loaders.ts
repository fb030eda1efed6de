/** The lists hanging off a platform, and the inverses for the modules owning the other side. */
import type { ChildList } from '../../db/child-lists';
import { Organization } from '../organization/organization.entity';
import { PlatformPartner } from './platform-partner.entity';
import { Platform } from './platform.entity';

/** platform.partners: the organisations the platform was built with. */
export const PLATFORM_PARTNERS: ChildList<Organization, PlatformPartner> = {
  name: 'platform.partners',
  node: Organization,
  link: { entity: PlatformPartner, parentColumn: 'platform_id', nodeColumn: 'organization_id' },
};

/** organization.platforms: the platforms an organisation helped build. */
export const ORGANIZATION_PLATFORMS: ChildList<Platform, PlatformPartner> = {
  name: 'organization.platforms',
  node: Platform,
  link: { entity: PlatformPartner, parentColumn: 'organization_id', nodeColumn: 'platform_id' },
};

/** offshoreBase.platforms: the platforms a base built. */
export const OFFSHORE_BASE_PLATFORMS: ChildList<Platform> = { name: 'offshoreBase.platforms', node: Platform, parentColumn: 'offshore_base_id' };

/** researchField.platforms: the platforms working in a field. */
export const RESEARCH_FIELD_PLATFORMS: ChildList<Platform> = { name: 'researchField.platforms', node: Platform, parentColumn: 'research_field_id' };
