/** What the account mutations and the viewer query return. */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Viewer } from '../../auth/viewer';
import { Role } from '../../auth/viewer';
import { NodeConnection } from '../../graphql/connection';
import { Account } from './account.entity';
import { ApiKey } from './api-key.entity';

export enum CredentialKind {
  TOKEN = 'TOKEN',
  API_KEY = 'API_KEY',
}
registerEnumType(CredentialKind, { name: 'CredentialKind', description: 'A login token (people) or an API key (partner apps).' });

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

@ObjectType()
export class LoginPayload {
  @Field({ description: 'Send it as `Authorization: Bearer <token>`; it lasts JWT_TTL (12 hours by default).' })
  token: string;

  @Field(() => ViewerType)
  viewer: ViewerType;
}

@ObjectType()
export class UserPayload {
  @Field(() => Account)
  user: Account;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'The key itself, shown this once: only its hash is kept. Send it as `Authorization: Bearer <secret>`.' })
  secret: string;
}

@ObjectType()
export class ApiKeyPayload {
  @Field(() => ApiKey)
  apiKey: ApiKey;
}

export const UserConnection = NodeConnection(Account, 'User');
export const ApiKeyConnection = NodeConnection(ApiKey, 'ApiKey');
