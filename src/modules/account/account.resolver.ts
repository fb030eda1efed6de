/** Logging in, the caller's own view of themself, and STAFF managing accounts and API keys. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { inputId } from '../../graphql/input-ids';
import { ordering } from '../../graphql/ordering';
import { ReadResolver, toOne } from '../../graphql/read-resolver';
import { rootConnection, rootList } from '../../graphql/root-list';
import { Expert } from '../application/expert.entity';
import { HostUnit } from '../host-unit/host-unit.entity';
import { Organization } from '../organization/organization.entity';
import { OrganizationInterface } from '../organization/organization.types';
import { Account } from './account.entity';
import { API_KEY_FIELDS, CreateApiKeyInput, CreateUserInput, DeactivateUserInput, LoginInput, RevokeApiKeyInput, SetApiKeyRateLimitInput, USER_FIELDS } from './account.inputs';
import { ApiKeyConnection, ApiKeyPayload, CreateApiKeyPayload, LoginPayload, UserConnection, UserPayload, ViewerType } from './account.types';
import { ApiKey } from './api-key.entity';
import { ACCOUNT_POLICIES } from './account.service';
import { rolesOf } from '../../write/policy';
import { MUTATION_INPUT } from '../../graphql/input-fields';

const USERS = rootList(Account, ordering('User', { EMAIL: 'email' }), () => {});
const API_KEYS = rootList(ApiKey, ordering('ApiKey', { NAME: 'name' }), () => {});

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Query(() => ViewerType, { nullable: true, description: 'Who is asking; null for an anonymous caller.' })
  viewer(@Ctx() { viewer }: AppContext): ViewerType | null {
    return viewer.role ? new ViewerType(viewer) : null;
  }

  @Mutation(() => LoginPayload, { description: 'A token for an account; a wrong email and a wrong password give the same UNAUTHENTICATED error.' })
  async login(@Arg('input', MUTATION_INPUT) input: LoginInput, @Ctx() { services, client }: AppContext): Promise<LoginPayload> {
    const { token, viewer } = await services.accounts.login(input.email, input.password, client.address);
    return { token, viewer: new ViewerType(viewer) };
  }

  @FieldResolver(() => ID, { description: 'Global id of the User, or of the ApiKey a partner app called with.' })
  id(@Root() { viewer }: ViewerType): string {
    return viewer.apiKeyId !== null ? toGlobalId('ApiKey', viewer.apiKeyId) : toGlobalId('User', viewer.accountId!);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The account\'s email; null for an API key.' })
  email(@Root() { viewer }: ViewerType): string | null {
    return viewer.accountId !== null ? viewer.label : null;
  }

  @FieldResolver(() => String, { description: "The account's name, or the API key's." })
  displayName(@Root() { viewer }: ViewerType): string {
    return viewer.displayName;
  }

  @FieldResolver(() => HostUnit, { nullable: true, description: 'The host unit a UNIT_MANAGER manages.' })
  hostUnit(@Root() { viewer }: ViewerType, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(HostUnit, viewer.hostUnitId);
  }

  @FieldResolver(() => OrganizationInterface, { nullable: true, description: 'The organisation a PARTNER acts for.' })
  organization(@Root() { viewer }: ViewerType, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Organization, viewer.organizationId);
  }

  @FieldResolver(() => Expert, { nullable: true, description: 'The expert record a REVIEWER reviews as.' })
  expert(@Root() { viewer }: ViewerType, @Ctx() { loaders }: AppContext) {
    return loaders.maybe(Expert, viewer.expertId);
  }
}

@Resolver(() => Account)
export class UserResolver {
  @Authorized(Role.STAFF)
  @Query(() => UserConnection, { description: 'Every account. STAFF only.' })
  users(@Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return rootConnection(loaders, USERS, page, null, null, info);
  }

  @Authorized(Role.STAFF)
  @Query(() => ApiKeyConnection, { description: 'Every API key, revoked ones included. STAFF only.' })
  apiKeys(@Args() page: PageArgs, @Ctx() { loaders }: AppContext, @Info() info: GraphQLResolveInfo) {
    return rootConnection(loaders, API_KEYS, page, null, null, info);
  }

  @Authorized(...rolesOf(ACCOUNT_POLICIES.createUser))
  @Mutation(() => UserPayload, { description: 'A new account. STAFF only.' })
  async createUser(@Arg('input', () => CreateUserInput, MUTATION_INPUT) input: InstanceType<typeof CreateUserInput>, @Ctx() context: AppContext): Promise<UserPayload> {
    return { user: await context.services.accounts.createUser(context, USER_FIELDS.decodeCreate(input)) };
  }

  @Authorized(...rolesOf(ACCOUNT_POLICIES.deactivateUser))
  @Mutation(() => UserPayload, { description: "Deactivates an account: it can no longer log in, and its tokens stop working at once. STAFF only." })
  async deactivateUser(@Arg('input', MUTATION_INPUT) input: DeactivateUserInput, @Ctx() context: AppContext): Promise<UserPayload> {
    const user = await context.services.accounts.deactivateUser(context, inputId(input.id, 'User', 'input.id'));
    return { user };
  }

  @Authorized(...rolesOf(ACCOUNT_POLICIES.createApiKey))
  @Mutation(() => CreateApiKeyPayload, { description: 'A new API key for a partner app; the secret is returned this once. STAFF only.' })
  createApiKey(@Arg('input', () => CreateApiKeyInput, MUTATION_INPUT) input: InstanceType<typeof CreateApiKeyInput>, @Ctx() context: AppContext): Promise<CreateApiKeyPayload> {
    return context.services.accounts.createApiKey(context, API_KEY_FIELDS.decodeCreate(input));
  }

  @Authorized(...rolesOf(ACCOUNT_POLICIES.revokeApiKey))
  @Mutation(() => ApiKeyPayload, { description: 'Revokes an API key: it stops working at once. STAFF only.' })
  async revokeApiKey(@Arg('input', MUTATION_INPUT) input: RevokeApiKeyInput, @Ctx() context: AppContext): Promise<ApiKeyPayload> {
    const apiKey = await context.services.accounts.revokeApiKey(context, inputId(input.id, 'ApiKey', 'input.id'));
    return { apiKey };
  }

  @Authorized(...rolesOf(ACCOUNT_POLICIES.setApiKeyRateLimit))
  @Mutation(() => ApiKeyPayload, { description: "Sets an API key's own hourly rate limit (null: the default for API keys); it holds from the key's next request. STAFF only." })
  async setApiKeyRateLimit(@Arg('input', MUTATION_INPUT) input: SetApiKeyRateLimitInput, @Ctx() context: AppContext): Promise<ApiKeyPayload> {
    const apiKey = await context.services.accounts.setApiKeyRateLimit(context, inputId(input.id, 'ApiKey', 'input.id'), input.rateLimitPerHour ?? null);
    return { apiKey };
  }
}

/** A user's to-one links: the unit, organisation or expert record the account acts for. */
export const UserLinksResolver = ReadResolver(Account, {
  links: {
    hostUnit: toOne(() => HostUnit, 'hostUnitId', { nullable: true, description: 'The host unit a UNIT_MANAGER manages; null for other roles.' }),
    organization: toOne(() => OrganizationInterface, 'organizationId', { entity: () => Organization, nullable: true, description: 'The organisation a PARTNER acts for; null for other roles.' }),
    expert: toOne(() => Expert, 'expertId', { nullable: true, description: 'The expert record a REVIEWER reviews as; null for other roles.' }),
  },
});

/** An API key's to-one links: the unit or organisation the partner app acts for. */
export const ApiKeyResolver = ReadResolver(ApiKey, {
  links: {
    hostUnit: toOne(() => HostUnit, 'hostUnitId', { nullable: true, description: 'The host unit a UNIT_MANAGER key manages; null for a PARTNER key.' }),
    organization: toOne(() => OrganizationInterface, 'organizationId', { entity: () => Organization, nullable: true, description: 'The organisation a PARTNER key acts for; null for a UNIT_MANAGER key.' }),
  },
});
