/**
 * Every list whose nodes are projects, one resolver per parent type: on stations, bases,
 * organisations, talents and research fields (the lists are in project.loaders.ts).
 */
import { ListFieldsResolver, listField } from '../../graphql/list-fields';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { ResearchField } from '../reference/research-field.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import * as lists from './project.loaders';
import { ProjectConnection } from './project.types';

export const StationProjectListsResolver = ListFieldsResolver(Station, {
  projects: listField(lists.STATION_PROJECTS, ProjectConnection, { description: 'Overseas projects introduced through the station.' }),
});

export const OffshoreBaseProjectListsResolver = ListFieldsResolver(OffshoreBase, {
  projects: listField(lists.OFFSHORE_BASE_PROJECTS, ProjectConnection, { description: 'Overseas projects incubated at the base.' }),
});

export const OrganizationProjectListsResolver = ListFieldsResolver(OrganizationInterface, {
  projects: listField(lists.ORGANIZATION_PROJECTS, ProjectConnection, { description: 'Projects the organisation is the partner of.' }),
});

export const TalentProjectListsResolver = ListFieldsResolver(Talent, {
  projects: listField(lists.TALENT_PROJECTS, ProjectConnection, { description: 'Projects the talent brought in.' }),
});

export const ResearchFieldProjectListsResolver = ListFieldsResolver(ResearchField, {
  projects: listField(lists.RESEARCH_FIELD_PROJECTS, ProjectConnection, { description: 'Projects in the field.' }),
});
