/** The organisation mutations: thin, they decode the input and hand it to OrganizationService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { fromGlobalId } from '../../graphql/global-id';
import { CreateOrganizationInput, ORGANIZATION_FIELDS, OrganizationPayload, UpdateOrganizationInput } from './organization.mutation-types';
import { ORGANIZATION_TYPE_NAMES } from './organization.types';
import { ORGANIZATION_POLICIES } from './organization.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

@Resolver()
export class OrganizationMutationsResolver {
  @Authorized(...rolesOf(ORGANIZATION_POLICIES.createOrganization))
  @Mutation(() => OrganizationPayload, { description: 'Registers an organisation of any kind. STAFF only.' })
  async createOrganization(@Arg('input', () => CreateOrganizationInput, MUTATION_INPUT) input: InstanceType<typeof CreateOrganizationInput>, @Ctx() context: AppContext): Promise<OrganizationPayload> {
    return { organization: await context.services.organizations.createOrganization(context, ORGANIZATION_FIELDS.decodeCreate(input), input.idempotencyKey) };
  }

  @Authorized(...rolesOf(ORGANIZATION_POLICIES.updateOrganization))
  @Mutation(() => OrganizationPayload, { description: 'Changes an organisation (never its kind). STAFF, or a PARTNER acting for it.' })
  async updateOrganization(@Arg('input', () => UpdateOrganizationInput, MUTATION_INPUT) input: InstanceType<typeof UpdateOrganizationInput>, @Ctx() context: AppContext): Promise<OrganizationPayload> {
    const { typeName, id } = fromGlobalId(input.id, 'input.id', ORGANIZATION_TYPE_NAMES);
    const changes = ORGANIZATION_FIELDS.decodeUpdate(input);
    return { organization: await context.services.organizations.updateOrganization(context, id, typeName, changes, input.expectedVersion) };
  }
}
