/**
 * Lists of projects hanging off other types. A project's own relations are all to-one (loaders.byId);
 * these are the inverses, for the modules that own the parent type (station.projects and
 * talent.projects live in their own modules).
 */
import type { ChildList } from '../../db/child-lists';
import { Project } from './project.entity';

/** offshoreBase.projects: projects incubated at the base. */
export const OFFSHORE_BASE_PROJECTS: ChildList<Project> = { name: 'offshoreBase.projects', node: Project, parentColumn: 'offshore_base_id' };

/** organization.projects: projects the organisation is the partner of. */
export const ORGANIZATION_PROJECTS: ChildList<Project> = { name: 'organization.projects', node: Project, parentColumn: 'partner_organization_id' };

/** researchField.projects: projects in the field. */
export const RESEARCH_FIELD_PROJECTS: ChildList<Project> = { name: 'researchField.projects', node: Project, parentColumn: 'research_field_id' };
