/** What the project mutations take and return: one `input` each, and a payload naming the project. */
import { Field, ID, InputType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { CalendarDate, ExpectedVersion, IdempotencyKey, OptionalId, Text, WholeYuan } from '../../graphql/input-fields';
import { Project, ProjectStatus } from './project.entity';

@InputType({
  description:
    "An overseas project, introduced through a station or incubated at an offshore base (exactly one). STAFF; a UNIT_MANAGER for a station of their unit; a PARTNER for a project from their own organisation, at a station or base that partners with it.",
})
export class CreateProjectInput {
  @Text({ max: 300, min: 1, description: 'In Chinese, as the programme writes it.' })
  name: string;

  @Text({ max: 300, optional: true })
  nameEn?: string | null;

  @Field(() => ProjectStatus, { description: 'Where the project stands; later changes only move it forward.' })
  status: ProjectStatus;

  @WholeYuan({ description: 'Amount in whole yuan (CNY), at most 10^11.' })
  amountCny: number;

  @OptionalId('The station the project is introduced through; exactly one of stationId and offshoreBaseId.')
  stationId?: string | null;

  @OptionalId('The offshore base incubating the project.')
  offshoreBaseId?: string | null;

  @OptionalId('The partner organisation it comes from (any organisation type).')
  partnerOrganizationId?: string | null;

  @OptionalId('The talent who brings it in.')
  talentId?: string | null;

  @OptionalId()
  researchFieldId?: string | null;

  @CalendarDate({ description: 'Date the project was introduced (YYYY-MM-DD).' })
  introducedOn: string;

  @Text({ max: 5000, optional: true })
  description?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({
  description:
    'Changes to a project: only the fields given change. The status moves forward only (negotiating → introduced → incubating → landed; steps may be skipped). The caller must be in scope of the project as it is and as it will be.',
})
export class UpdateProjectInput {
  @Field(() => ID)
  id: string;

  @ExpectedVersion('project')
  expectedVersion?: number | null;

  @Text({ max: 300, min: 1, optional: true })
  name?: string | null;

  @Text({ max: 300, optional: true })
  nameEn?: string | null;

  @Field(() => ProjectStatus, { nullable: true })
  status?: ProjectStatus | null;

  @WholeYuan({ optional: true })
  amountCny?: number | null;

  @OptionalId('Moves the project to this station (then set offshoreBaseId to null).')
  stationId?: string | null;

  @OptionalId('Moves the project to this base (then set stationId to null).')
  offshoreBaseId?: string | null;

  @OptionalId()
  partnerOrganizationId?: string | null;

  @OptionalId()
  talentId?: string | null;

  @OptionalId()
  researchFieldId?: string | null;

  @CalendarDate({ optional: true })
  introducedOn?: string | null;

  @Text({ max: 5000, optional: true })
  description?: string | null;
}

export const ProjectPayload = Payload<{ project: Project }>('ProjectPayload', { project: () => Project });
export type ProjectPayload = InstanceType<typeof ProjectPayload>;
