/** What the project mutations take and return: the writable fields once, the inputs made from them, and the payload. */
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { Payload } from '../../graphql/payload';
import { date, enumOf, id, text, wholeYuan, writableFields } from '../../graphql/writable-fields';
import { Project, ProjectStatus } from './project.entity';

export const PROJECT_FIELDS = writableFields({
  name: text({ max: 300, min: 1, required: true, description: 'In Chinese, as the programme writes it.' }),
  nameEn: text({ max: 300, description: 'The name in English.' }),
  status: enumOf(ProjectStatus, { required: true, description: 'Where the project stands; later changes only move it forward.' }),
  amountCny: wholeYuan({ required: true, description: 'Amount in whole yuan (CNY), at most 10^11.' }),
  stationId: id('Station', {
    description: {
      create: 'The station the project is introduced through; exactly one of stationId and offshoreBaseId.',
      update: 'Moves the project to this station (then set offshoreBaseId to null).',
    },
  }),
  offshoreBaseId: id('OffshoreBase', {
    description: { create: 'The offshore base incubating the project.', update: 'Moves the project to this base (then set stationId to null).' },
  }),
  partnerOrganizationId: id(ORGANIZATION_TYPE_NAMES, { description: 'The partner organisation it comes from (any organisation type).' }),
  talentId: id('Talent', { description: 'The talent who brings it in.' }),
  researchFieldId: id('ResearchField', { description: 'The research field it belongs to.' }),
  introducedOn: date({ required: true, description: 'Date the project was introduced (YYYY-MM-DD).' }),
  description: text({ max: 5000, description: 'What the project is (plain text).' }),
});

export const CreateProjectInput = PROJECT_FIELDS.createInput('CreateProjectInput', {
  description:
    "An overseas project, introduced through a station or incubated at an offshore base (exactly one). STAFF; a UNIT_MANAGER for a station of their unit; a PARTNER for a project from their own organisation, at a station or base that partners with it.",
});

export const UpdateProjectInput = PROJECT_FIELDS.updateInput('UpdateProjectInput', {
  description:
    'Changes to a project: only the fields given change. The status moves forward only (negotiating → introduced → incubating → landed; steps may be skipped). The caller must be in scope of the project as it is and as it will be.',
  expectedVersion: 'project',
});

export const ProjectPayload = Payload<{ project: Project }>('ProjectPayload', { project: [() => Project, { description: 'The project as the write left it.' }] }, 'What a write to the project returns.');
export type ProjectPayload = InstanceType<typeof ProjectPayload>;
