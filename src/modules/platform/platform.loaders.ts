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

/** researchField.platforms: the platforms working in a field. */
export const RESEARCH_FIELD_PLATFORMS: ChildList<Platform> = { name: 'researchField.platforms', node: Platform, parentColumn: 'research_field_id' };
