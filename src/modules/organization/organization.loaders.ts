/** The lists hanging off an organisation, whatever its kind. */
import type { ChildList } from '../../db/child-lists';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Partnership } from '../partnership/partnership.entity';
import { PlatformPartner } from '../platform/platform-partner.entity';
import { Platform } from '../platform/platform.entity';
import { Project } from '../project/project.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';

// A partnership names a station, a base, or neither (the operator's own tie): each list keeps its holders only.
export const ORGANIZATION_PARTNER_STATIONS: ChildList<Station, Partnership> = {
  name: 'organization.partnerStations',
  node: Station,
  link: { entity: Partnership, parentColumn: 'organization_id', nodeColumn: 'station_id' },
  where: 'k.station_id IS NOT NULL',
};

export const ORGANIZATION_PARTNER_BASES: ChildList<OffshoreBase, Partnership> = {
  name: 'organization.partnerBases',
  node: OffshoreBase,
  link: { entity: Partnership, parentColumn: 'organization_id', nodeColumn: 'offshore_base_id' },
  where: 'k.offshore_base_id IS NOT NULL',
};

export const ORGANIZATION_PARTNERSHIPS: ChildList<Partnership> = {
  name: 'organization.partnerships',
  node: Partnership,
  parentColumn: 'organization_id',
};

export const ORGANIZATION_TALENTS: ChildList<Talent> = { name: 'organization.affiliatedTalents', node: Talent, parentColumn: 'affiliation_id' };

export const ORGANIZATION_PROJECTS: ChildList<Project> = { name: 'organization.projects', node: Project, parentColumn: 'partner_organization_id' };

export const ORGANIZATION_PLATFORMS: ChildList<Platform, PlatformPartner> = {
  name: 'organization.platforms',
  node: Platform,
  link: { entity: PlatformPartner, parentColumn: 'organization_id', nodeColumn: 'platform_id' },
};
