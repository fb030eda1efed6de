/** The lists whose nodes are organisations (of any kind), under whichever parent they hang off. */
import type { ChildList } from '../../db/child-lists';
import { Partnership } from '../partnership/partnership.entity';
import { PlatformPartner } from '../platform/platform-partner.entity';
import { Organization } from './organization.entity';

/** station.partners: organisations the station partners with; the partnership is the edge. */
export const STATION_PARTNERS: ChildList<Organization, Partnership> = {
  name: 'station.partners',
  node: Organization,
  link: { entity: Partnership, parentColumn: 'station_id', nodeColumn: 'organization_id' },
};

/** offshoreBase.partners: organisations the base partners with; the partnership is the edge. */
export const OFFSHORE_BASE_PARTNERS: ChildList<Organization, Partnership> = {
  name: 'offshoreBase.partners',
  node: Organization,
  link: { entity: Partnership, parentColumn: 'offshore_base_id', nodeColumn: 'organization_id' },
};

/** platform.partners: the organisations the platform was built with. */
export const PLATFORM_PARTNERS: ChildList<Organization, PlatformPartner> = {
  name: 'platform.partners',
  node: Organization,
  link: { entity: PlatformPartner, parentColumn: 'platform_id', nodeColumn: 'organization_id' },
};
