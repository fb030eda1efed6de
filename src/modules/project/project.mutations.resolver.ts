/** The project mutations: thin, they decode ids and hand the rest to ProjectService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { inputId, optionalInputId } from '../../graphql/input-ids';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { CreateProjectInput, ProjectPayload, UpdateProjectInput } from './project.mutation-types';

/** The ids a project input may carry, decoded (undefined and null stay as they are). */
function decodeIds(input: Pick<CreateProjectInput, 'stationId' | 'offshoreBaseId' | 'partnerOrganizationId' | 'talentId' | 'researchFieldId'>) {
  return {
    stationId: optionalInputId(input.stationId, 'Station', 'input.stationId'),
    offshoreBaseId: optionalInputId(input.offshoreBaseId, 'OffshoreBase', 'input.offshoreBaseId'),
    partnerOrganizationId: optionalInputId(input.partnerOrganizationId, ORGANIZATION_TYPE_NAMES, 'input.partnerOrganizationId'),
    talentId: optionalInputId(input.talentId, 'Talent', 'input.talentId'),
    researchFieldId: optionalInputId(input.researchFieldId, 'ResearchField', 'input.researchFieldId'),
  };
}

@Resolver()
export class ProjectMutationsResolver {
  @Authorized(Role.STAFF, Role.UNIT_MANAGER, Role.PARTNER)
  @Mutation(() => ProjectPayload, {
    description: 'Records an overseas project. STAFF; a UNIT_MANAGER through a station of their unit; a PARTNER for a project from their own organisation.',
  })
  async createProject(@Arg('input') input: CreateProjectInput, @Ctx() context: AppContext): Promise<ProjectPayload> {
    const project = await context.services.projects.createProject(context, { ...input, ...decodeIds(input) });
    return { project };
  }

  @Authorized(Role.STAFF, Role.UNIT_MANAGER, Role.PARTNER)
  @Mutation(() => ProjectPayload, { description: "Changes a project; its status only moves forward. Whoever may record it, before and after the change." })
  async updateProject(@Arg('input') input: UpdateProjectInput, @Ctx() context: AppContext): Promise<ProjectPayload> {
    const { id, expectedVersion, ...rest } = input;
    const project = await context.services.projects.updateProject(context, inputId(id, 'Project', 'input.id'), { ...rest, ...decodeIds(rest) }, expectedVersion);
    return { project };
  }
}
