/** Every list whose nodes are projects, on each parent type (the lists are in project.relations.ts). */
import { ListFieldsResolvers } from '../../graphql/list-fields';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import * as lists from './project.relations';
import { ProjectConnection as connection } from './project.types';

export const ProjectListsResolvers = ListFieldsResolvers([
  { on: Station, list: lists.STATION_PROJECTS, connection, description: 'Overseas projects introduced through the station.' },
  { on: OffshoreBase, list: lists.OFFSHORE_BASE_PROJECTS, connection, description: 'Overseas projects incubated at the base.' },
  { on: OrganizationInterface, list: lists.ORGANIZATION_PROJECTS, connection, description: 'Projects the organisation is the partner of.' },
  { on: Talent, list: lists.TALENT_PROJECTS, connection, description: 'Projects the talent brought in.' },
  { on: ResearchField, list: lists.RESEARCH_FIELD_PROJECTS, connection, description: 'Projects in the field.' },
]);
