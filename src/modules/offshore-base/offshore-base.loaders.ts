/** The lists hanging off an offshore base. */
import type { ChildList } from '../../db/child-lists';
import { Organization } from '../organization/organization.entity';
import { Partnership } from '../partnership/partnership.entity';
import { Platform } from '../platform/platform.entity';
import { Project } from '../project/project.entity';
import { Station } from '../station/station.entity';
import { Engagement } from '../talent/engagement.entity';
import { Talent } from '../talent/talent.entity';

/** The stations of the base's coordination group (协作组). */
export const OFFSHORE_BASE_STATIONS: ChildList<Station> = { name: 'offshoreBase.stations', node: Station, parentColumn: 'offshore_base_id' };

export const OFFSHORE_BASE_TALENTS: ChildList<Talent, Engagement> = {
  name: 'offshoreBase.talents',
  node: Talent,
  link: { entity: Engagement, parentColumn: 'offshore_base_id', nodeColumn: 'talent_id' },
};

export const OFFSHORE_BASE_PROJECTS: ChildList<Project> = { name: 'offshoreBase.projects', node: Project, parentColumn: 'offshore_base_id' };

export const OFFSHORE_BASE_PLATFORMS: ChildList<Platform> = { name: 'offshoreBase.platforms', node: Platform, parentColumn: 'offshore_base_id' };

export const OFFSHORE_BASE_PARTNERS: ChildList<Organization, Partnership> = {
  name: 'offshoreBase.partners',
  node: Organization,
  link: { entity: Partnership, parentColumn: 'offshore_base_id', nodeColumn: 'organization_id' },
};
