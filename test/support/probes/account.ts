/** Matrix probes for logging in and the account mutations (see probe.ts). */
import { DEMO_PASSWORD } from '../../../seeds/demo-accounts';
import { dataOf, TestApp } from '../app';
import { MutationProbe, send, unique } from './probe';

async function newUser(app: TestApp): Promise<string> {
  const input = { email: `${unique('probe')}@example.org`, displayName: 'Probe', role: 'STAFF', password: 'probe-password-1' };
  return dataOf(await app.query('mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }', { input }, { token: await app.tokenFor('staff') })).createUser.user.id;
}

async function newApiKey(app: TestApp): Promise<string> {
  const input = { name: unique('probe'), role: 'STAFF' };
  return dataOf(await app.query('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }', { input }, { token: await app.tokenFor('staff') })).createApiKey.apiKey.id;
}

export const accountProbes: MutationProbe[] = [
  {
    mutation: 'login',
    // Anyone may ask; an anonymous caller logs in as the staff account.
    send: (app, caller) =>
      send(app, caller, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
        email: `${caller.role === 'anonymous' ? 'staff' : caller.role}@demo.haizhi`,
        password: DEMO_PASSWORD,
      }),
  },
  {
    mutation: 'createUser',
    send: (app, caller) =>
      send(app, caller, 'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }', {
        email: `${unique('probe')}@example.org`,
        displayName: 'Probe',
        role: 'STAFF',
        password: 'probe-password-1',
      }),
  },
  {
    mutation: 'deactivateUser',
    send: async (app, caller) => send(app, caller, 'mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { id } } }', { id: await newUser(app) }),
  },
  {
    mutation: 'createApiKey',
    send: (app, caller) => send(app, caller, 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', { name: unique('probe'), role: 'STAFF' }),
  },
  {
    mutation: 'revokeApiKey',
    send: async (app, caller) => send(app, caller, 'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id } } }', { id: await newApiKey(app) }),
  },
  {
    mutation: 'setApiKeyRateLimit',
    send: async (app, caller) =>
      send(app, caller, 'mutation($input: SetApiKeyRateLimitInput!) { setApiKeyRateLimit(input: $input) { apiKey { rateLimitPerHour } } }', { id: await newApiKey(app), rateLimitPerHour: 200 }),
  },
];
