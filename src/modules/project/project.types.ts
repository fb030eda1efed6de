/** Connection types whose nodes are projects. */
import { NodeConnection } from '../../graphql/connection';
import { Project } from './project.entity';

export const ProjectConnection = NodeConnection(Project, 'Project');
