/** The reference-data mutations (districts, research fields): thin, they decode ids and hand the rest to ReferenceService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { inputId } from '../../graphql/input-ids';
import {
  CreateDistrictInput,
  CreateResearchFieldInput,
  DistrictPayload,
  ResearchFieldPayload,
  UpdateDistrictInput,
  UpdateResearchFieldInput,
} from './reference.mutation-types';

@Resolver()
export class ReferenceMutationsResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => DistrictPayload, { description: 'Adds a district or county (区县). STAFF only.' })
  async createDistrict(@Arg('input') input: CreateDistrictInput, @Ctx() context: AppContext): Promise<DistrictPayload> {
    return { district: await context.services.reference.createDistrict(context, input) };
  }

  @Authorized(Role.STAFF)
  @Mutation(() => DistrictPayload, { description: 'Changes a district. STAFF only.' })
  async updateDistrict(@Arg('input') input: UpdateDistrictInput, @Ctx() context: AppContext): Promise<DistrictPayload> {
    const { id, expectedVersion, ...changes } = input;
    return { district: await context.services.reference.updateDistrict(context, inputId(id, 'District', 'input.id'), changes, expectedVersion) };
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ResearchFieldPayload, { description: 'Adds a research field to the shared taxonomy. STAFF only.' })
  async createResearchField(@Arg('input') input: CreateResearchFieldInput, @Ctx() context: AppContext): Promise<ResearchFieldPayload> {
    return { researchField: await context.services.reference.createResearchField(context, input) };
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ResearchFieldPayload, { description: 'Changes a research field. STAFF only.' })
  async updateResearchField(@Arg('input') input: UpdateResearchFieldInput, @Ctx() context: AppContext): Promise<ResearchFieldPayload> {
    const { id, expectedVersion, ...changes } = input;
    return { researchField: await context.services.reference.updateResearchField(context, inputId(id, 'ResearchField', 'input.id'), changes, expectedVersion) };
  }
}
