/** The project mutations: thin, they decode the input and hand it to ProjectService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { inputId } from '../../graphql/input-ids';
import { CreateProjectInput, PROJECT_FIELDS, ProjectPayload, UpdateProjectInput } from './project.mutation-types';
import { PROJECT_POLICIES } from './project.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

@Resolver()
export class ProjectMutationsResolver {
  @Authorized(...rolesOf(PROJECT_POLICIES.createProject))
  @Mutation(() => ProjectPayload, {
    description: 'Records an overseas project. STAFF; a UNIT_MANAGER through a station of their unit; a PARTNER for a project from their own organisation.',
  })
  async createProject(@Arg('input', () => CreateProjectInput, MUTATION_INPUT) input: InstanceType<typeof CreateProjectInput>, @Ctx() context: AppContext): Promise<ProjectPayload> {
    return { project: await context.services.projects.createProject(context, PROJECT_FIELDS.decodeCreate(input), input.idempotencyKey) };
  }

  @Authorized(...rolesOf(PROJECT_POLICIES.updateProject))
  @Mutation(() => ProjectPayload, { description: "Changes a project; its status only moves forward. Whoever may record it, before and after the change." })
  async updateProject(@Arg('input', () => UpdateProjectInput, MUTATION_INPUT) input: InstanceType<typeof UpdateProjectInput>, @Ctx() context: AppContext): Promise<ProjectPayload> {
    const id = inputId(input.id, 'Project', 'input.id');
    return { project: await context.services.projects.updateProject(context, id, PROJECT_FIELDS.decodeUpdate(input), input.expectedVersion) };
  }
}
