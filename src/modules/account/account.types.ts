/** What the account mutations and the viewer query return. */
import { Field, ObjectType } from 'type-graphql';
import type { Viewer } from '../../auth/viewer';
import { Role } from '../../auth/viewer';
import { NodeConnection } from '../../graphql/connection';
import { enumType, EnumValue } from '../../graphql/enum-type';
import { Payload } from '../../graphql/payload';
import { Account } from './account.entity';
import { ApiKey } from './api-key.entity';

export const CredentialKind = enumType('CredentialKind', ['TOKEN', 'API_KEY'], 'A login token (people) or an API key (partner apps).');
export type CredentialKind = EnumValue<typeof CredentialKind>;

/** The caller as the API sees them; fields resolve in account.resolver.ts. */
@ObjectType('Viewer', { description: 'Who is asking: the account behind a login token, or the API key a partner app called with.' })
export class ViewerType {
  constructor(readonly viewer: Viewer) {}

  @Field(() => Role)
  get role(): Role {
    return this.viewer.role!;
  }

  @Field(() => CredentialKind)
  get credential(): CredentialKind {
    return this.viewer.apiKeyId !== null ? CredentialKind.API_KEY : CredentialKind.TOKEN;
  }
}

export const LoginPayload = Payload<{ token: string; viewer: ViewerType }>('LoginPayload', {
  token: [() => String, { description: 'Send it as `Authorization: Bearer <token>`; it lasts JWT_TTL (12 hours by default).' }],
  viewer: () => ViewerType,
});
export type LoginPayload = InstanceType<typeof LoginPayload>;

export const UserPayload = Payload<{ user: Account }>('UserPayload', { user: () => Account });
export type UserPayload = InstanceType<typeof UserPayload>;

export const CreateApiKeyPayload = Payload<{ apiKey: ApiKey; secret: string }>('CreateApiKeyPayload', {
  apiKey: () => ApiKey,
  secret: [() => String, { description: 'The key itself, shown this once: only its hash is kept. Send it as `Authorization: Bearer <secret>`.' }],
});
export type CreateApiKeyPayload = InstanceType<typeof CreateApiKeyPayload>;

export const ApiKeyPayload = Payload<{ apiKey: ApiKey }>('ApiKeyPayload', { apiKey: () => ApiKey });
export type ApiKeyPayload = InstanceType<typeof ApiKeyPayload>;

export const UserConnection = NodeConnection(Account, 'User');
export const ApiKeyConnection = NodeConnection(ApiKey, 'ApiKey');
