/** What the project mutations take and return: one `input` each, and a payload naming the project. */
import { IsDateString, IsOptional, MaxLength, Min, MinLength } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Project, ProjectStatus } from './project.entity';

const DATE = { strict: true } as const;

@InputType({
  description:
    "An overseas project, introduced through a station or incubated at an offshore base (exactly one). STAFF; a UNIT_MANAGER for a station of their unit; a PARTNER for a project from their own organisation.",
})
export class CreateProjectInput {
  @Field({ description: 'In Chinese, as the programme writes it.' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(300, { message: 'name must be at most 300 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'nameEn must be at most 300 characters' })
  nameEn?: string | null;

  @Field(() => ProjectStatus, { description: 'Where the project stands; later changes only move it forward.' })
  status: ProjectStatus;

  @Field(() => SafeIntResolver, { description: 'Amount in whole yuan (CNY).' })
  @Min(0, { message: 'amountCny must be 0 or more (whole yuan)' })
  amountCny: number;

  @Field(() => ID, { nullable: true, description: 'The station the project is introduced through; exactly one of stationId and offshoreBaseId.' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The offshore base incubating the project.' })
  offshoreBaseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner organisation it comes from (any organisation type).' })
  partnerOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The talent who brings it in.' })
  talentId?: string | null;

  @Field(() => ID, { nullable: true })
  researchFieldId?: string | null;

  @Field({ description: 'Date the project was introduced (YYYY-MM-DD).' })
  @IsDateString(DATE, { message: 'introducedOn must be a date written YYYY-MM-DD' })
  introducedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result and writes nothing.' })
  @IsOptional()
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey?: string | null;
}

@InputType({
  description:
    'Changes to a project: only the fields given change. The status moves forward only (negotiating → introduced → incubating → landed; steps may be skipped). The caller must be in scope of the project as it is and as it will be.',
})
export class UpdateProjectInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; if the project changed since, nothing is written and the answer is CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(300, { message: 'name must be at most 300 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'nameEn must be at most 300 characters' })
  nameEn?: string | null;

  @Field(() => ProjectStatus, { nullable: true })
  status?: ProjectStatus | null;

  @Field(() => SafeIntResolver, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'amountCny must be 0 or more (whole yuan)' })
  amountCny?: number | null;

  @Field(() => ID, { nullable: true, description: 'Moves the project to this station (then set offshoreBaseId to null).' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Moves the project to this base (then set stationId to null).' })
  offshoreBaseId?: string | null;

  @Field(() => ID, { nullable: true })
  partnerOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  talentId?: string | null;

  @Field(() => ID, { nullable: true })
  researchFieldId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString(DATE, { message: 'introducedOn must be a date written YYYY-MM-DD' })
  introducedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string | null;
}

@ObjectType()
export class ProjectPayload {
  @Field(() => Project)
  project: Project;
}
