/** The lists whose nodes are projects, under whichever parent they hang off. */
import type { ChildList } from '../../db/child-lists';
import { Project } from './project.entity';

/** station.projects: projects introduced through the station. */
export const STATION_PROJECTS: ChildList<Project> = { name: 'station.projects', node: Project, parentColumn: 'station_id' };

/** offshoreBase.projects: projects incubated at the base. */
export const OFFSHORE_BASE_PROJECTS: ChildList<Project> = { name: 'offshoreBase.projects', node: Project, parentColumn: 'offshore_base_id' };

/** organization.projects: projects the organisation is the partner of. */
export const ORGANIZATION_PROJECTS: ChildList<Project> = { name: 'organization.projects', node: Project, parentColumn: 'partner_organization_id' };

/** talent.projects: projects the talent brought in. */
export const TALENT_PROJECTS: ChildList<Project> = { name: 'talent.projects', node: Project, parentColumn: 'talent_id' };

/** researchField.projects: projects in the field. */
export const RESEARCH_FIELD_PROJECTS: ChildList<Project> = { name: 'researchField.projects', node: Project, parentColumn: 'research_field_id' };
