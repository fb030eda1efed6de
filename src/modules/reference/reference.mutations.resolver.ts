/** The reference-data mutations (districts, research fields): thin, they decode the input and hand it to ReferenceService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { inputId } from '../../graphql/input-ids';
import {
  CreateDistrictInput,
  CreateResearchFieldInput,
  DISTRICT_FIELDS,
  DistrictPayload,
  RESEARCH_FIELD_FIELDS,
  ResearchFieldPayload,
  UpdateDistrictInput,
  UpdateResearchFieldInput,
} from './reference.mutation-types';
import { REFERENCE_POLICIES } from './reference.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

@Resolver()
export class ReferenceMutationsResolver {
  @Authorized(...rolesOf(REFERENCE_POLICIES.createDistrict))
  @Mutation(() => DistrictPayload, { description: 'Adds a district or county (区县). STAFF only.' })
  async createDistrict(@Arg('input', () => CreateDistrictInput, MUTATION_INPUT) input: InstanceType<typeof CreateDistrictInput>, @Ctx() context: AppContext): Promise<DistrictPayload> {
    return { district: await context.services.reference.createDistrict(context, DISTRICT_FIELDS.decodeCreate(input), input.idempotencyKey) };
  }

  @Authorized(...rolesOf(REFERENCE_POLICIES.updateDistrict))
  @Mutation(() => DistrictPayload, { description: 'Changes a district. STAFF only.' })
  async updateDistrict(@Arg('input', () => UpdateDistrictInput, MUTATION_INPUT) input: InstanceType<typeof UpdateDistrictInput>, @Ctx() context: AppContext): Promise<DistrictPayload> {
    const id = inputId(input.id, 'District', 'input.id');
    return { district: await context.services.reference.updateDistrict(context, id, DISTRICT_FIELDS.decodeUpdate(input), input.expectedVersion) };
  }

  @Authorized(...rolesOf(REFERENCE_POLICIES.createResearchField))
  @Mutation(() => ResearchFieldPayload, { description: 'Adds a research field to the shared taxonomy. STAFF only.' })
  async createResearchField(@Arg('input', () => CreateResearchFieldInput, MUTATION_INPUT) input: InstanceType<typeof CreateResearchFieldInput>, @Ctx() context: AppContext): Promise<ResearchFieldPayload> {
    return { researchField: await context.services.reference.createResearchField(context, RESEARCH_FIELD_FIELDS.decodeCreate(input), input.idempotencyKey) };
  }

  @Authorized(...rolesOf(REFERENCE_POLICIES.updateResearchField))
  @Mutation(() => ResearchFieldPayload, { description: 'Changes a research field. STAFF only.' })
  async updateResearchField(@Arg('input', () => UpdateResearchFieldInput, MUTATION_INPUT) input: InstanceType<typeof UpdateResearchFieldInput>, @Ctx() context: AppContext): Promise<ResearchFieldPayload> {
    const id = inputId(input.id, 'ResearchField', 'input.id');
    return { researchField: await context.services.reference.updateResearchField(context, id, RESEARCH_FIELD_FIELDS.decodeUpdate(input), input.expectedVersion) };
  }
}
