/** What the account mutations and the viewer query return. */
import { Field, ObjectType } from 'type-graphql';
import type { Viewer } from '../../auth/viewer';
import { Role } from '../../auth/viewer';
import { NodeConnection } from '../../graphql/connection';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { Payload } from '../../graphql/payload';
import { Account } from './account.entity';
import { ApiKey } from './api-key.entity';

export const CREDENTIAL_KIND_LABELS = {
  TOKEN: { zh: '登录令牌', en: 'a login token issued to a person by `login`' },
  API_KEY: { zh: 'API 密钥', en: 'an API key a partner app calls with' },
} as const satisfies EnumLabels;
export const CredentialKind = enumType('CredentialKind', CREDENTIAL_KIND_LABELS, 'A login token (people) or an API key (partner apps).');
export type CredentialKind = EnumValue<typeof CredentialKind>;

/** The caller as the API sees them; fields resolve in account.resolver.ts. */
@ObjectType('Viewer', { description: 'Who is asking: the account behind a login token, or the API key a partner app called with.' })
export class ViewerType {
  constructor(readonly viewer: Viewer) {}

  @Field(() => Role, { description: "The caller's role." })
  get role(): Role {
    return this.viewer.role!;
  }

  @Field(() => CredentialKind, { description: 'What the caller signed in with: a login token or an API key.' })
  get credential(): CredentialKind {
    return this.viewer.apiKeyId !== null ? CredentialKind.API_KEY : CredentialKind.TOKEN;
  }
}

export const LoginPayload = Payload<{ token: string; viewer: ViewerType }>('LoginPayload', {
  token: [() => String, { description: 'Send it as `Authorization: Bearer <token>`; it lasts JWT_TTL (12 hours by default).' }],
  viewer: [() => ViewerType, { description: 'Who the token signs in as: role, display name and scope.' }],
}, 'What login returns: a token and who it signs in as.');
export type LoginPayload = InstanceType<typeof LoginPayload>;

export const UserPayload = Payload<{ user: Account }>('UserPayload', { user: [() => Account, { description: 'The user account as the write left it.' }] }, 'What a write to the user account returns.');
export type UserPayload = InstanceType<typeof UserPayload>;

export const CreateApiKeyPayload = Payload<{ apiKey: ApiKey; secret: string }>('CreateApiKeyPayload', {
  apiKey: [() => ApiKey, { description: 'The new key as stored: name, role and scope, never its secret.' }],
  secret: [() => String, { description: 'The key itself, shown this once: only its hash is kept. Send it as `Authorization: Bearer <secret>`.' }],
}, 'What createApiKey returns: the key, and its secret this once.');
export type CreateApiKeyPayload = InstanceType<typeof CreateApiKeyPayload>;

export const ApiKeyPayload = Payload<{ apiKey: ApiKey }>('ApiKeyPayload', { apiKey: [() => ApiKey, { description: 'The API key as the write left it; never its secret.' }] }, 'What a write to the API key returns.');
export type ApiKeyPayload = InstanceType<typeof ApiKeyPayload>;

export const UserConnection = NodeConnection(Account, 'User');
export const ApiKeyConnection = NodeConnection(ApiKey, 'ApiKey');
