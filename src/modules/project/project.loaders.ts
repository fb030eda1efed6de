/**
 * Lists of projects hanging off other types. A project's own relations are all to-one (loaders.byId);
 * these are inverses for parent types without a module of their own list (station, talent,
 * organization and offshoreBase keep theirs in their own modules).
 */
import type { ChildList } from '../../db/child-lists';
import { Project } from './project.entity';

/** researchField.projects: projects in the field. */
export const RESEARCH_FIELD_PROJECTS: ChildList<Project> = { name: 'researchField.projects', node: Project, parentColumn: 'research_field_id' };
