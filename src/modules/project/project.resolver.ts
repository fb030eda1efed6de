/** Projects: the root list and a project's relations, all to-one. Lists of projects live in project-lists.resolver.ts. */
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { Organization } from '../organization/organization.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { Project } from './project.entity';
import { PROJECT_ORDER, ProjectFilter, projectFilter } from './project.filters';
import { ProjectConnection } from './project.types';

export const ProjectResolver = ReadResolver(Project, {
  list: {
    name: 'projects',
    connection: ProjectConnection,
    filter: ProjectFilter,
    where: projectFilter,
    ordering: PROJECT_ORDER,
    description: 'Overseas projects (海外项目) introduced through stations or incubated at bases.',
  },
  links: {
    station: toOne(() => Station, 'stationId', { nullable: true, description: 'The station the project was introduced through; null when a base incubated it.' }),
    offshoreBase: toOne(() => OffshoreBase, 'offshoreBaseId', { nullable: true, description: 'The offshore base incubating the project; null when a station introduced it.' }),
    partnerOrganization: toOne(() => OrganizationInterface, 'partnerOrganizationId', {
      entity: () => Organization,
      nullable: true,
      description: 'The partner organisation the project came from, if any.',
    }),
    talent: toOne(() => Talent, 'talentId', { nullable: true, description: 'The talent who brought the project in, if any.' }),
    researchField: toOne(() => ResearchField, 'researchFieldId', { nullable: true, description: 'The research field the project belongs to, if one is set.' }),
  },
});
