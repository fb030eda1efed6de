/** The organisation mutations: thin, they decode ids and hand the rest to OrganizationService. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { fromGlobalId } from '../../graphql/global-id';
import { CreateOrganizationInput, OrganizationPayload, UpdateOrganizationInput } from './organization.mutation-types';
import { ORGANIZATION_TYPE_NAMES } from './organization.types';

@Resolver()
export class OrganizationMutationsResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => OrganizationPayload, { description: 'Registers an organisation of any kind. STAFF only.' })
  async createOrganization(@Arg('input') input: CreateOrganizationInput, @Ctx() context: AppContext): Promise<OrganizationPayload> {
    const organization = await context.services.organizations.createOrganization(context, input);
    return { organization };
  }

  @Authorized(Role.STAFF, Role.PARTNER)
  @Mutation(() => OrganizationPayload, { description: 'Changes an organisation (never its kind). STAFF, or a PARTNER acting for it.' })
  async updateOrganization(@Arg('input') input: UpdateOrganizationInput, @Ctx() context: AppContext): Promise<OrganizationPayload> {
    const { id, expectedVersion, ...changes } = input;
    const { typeName, id: rowId } = fromGlobalId(id, 'input.id', ORGANIZATION_TYPE_NAMES);
    const organization = await context.services.organizations.updateOrganization(context, rowId, typeName, changes, expectedVersion);
    return { organization };
  }
}
