/** What clients send to log in and to manage accounts and API keys. */
import { IsEmail } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MIN_PASSWORD_LENGTH } from '../../auth/passwords';
import { Role } from '../../auth/viewer';
import { Text } from '../../graphql/input-fields';
import { enumOf, id, int, text, writableFields } from '../../graphql/writable-fields';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';

/** The most points an hour STAFF may give one key: a runaway app still cannot take the server. */
export const MAX_KEY_RATE_LIMIT = 1_000_000;

/** A key's own hourly limit in points; null or left out: the default for API keys (RATE_LIMIT_API_KEY). */
const RATE_LIMIT_PER_HOUR = int({
  min: 1,
  max: MAX_KEY_RATE_LIMIT,
  message: { min: 'rateLimitPerHour must be at least 1 (points an hour); send null for the default', max: `rateLimitPerHour must be at most ${MAX_KEY_RATE_LIMIT} points an hour` },
  description: 'Points an hour the key may spend (docs/api.md, "Rate limits"); null or left out: the default for API keys.',
});

@InputType({ description: 'Signs a person in with their email and password.' })
export class LoginInput {
  @Text({ max: 200, description: "The account's email address." })
  email: string;

  @Text({ max: 200, description: "The account's password; never stored or logged." })
  password: string;
}

export const USER_FIELDS = writableFields({
  email: text({ max: 200, required: true, rules: [IsEmail({}, { message: 'email must be an email address, e.g. name@example.org' })], description: 'The address the account signs in with; unique.' }),
  displayName: text({ max: 120, min: 1, required: true, description: "The person's name as the API shows it." }),
  role: enumOf(Role, { required: true, description: 'What the account may do.' }),
  password: text({ max: 200, min: MIN_PASSWORD_LENGTH, required: true, description: `At least ${MIN_PASSWORD_LENGTH} characters. Sent once; only an argon2id hash is kept.` }),
  hostUnitId: id('HostUnit', { description: 'The host unit a UNIT_MANAGER manages.' }),
  organizationId: id(ORGANIZATION_TYPE_NAMES, { description: 'The organisation a PARTNER acts for.' }),
  expertId: id('Expert', { description: 'The expert record a REVIEWER reviews as.' }),
});

export const CreateUserInput = USER_FIELDS.createInput('CreateUserInput', {
  description: 'A new account. A UNIT_MANAGER needs hostUnitId, a PARTNER organizationId, a REVIEWER expertId; STAFF none of them.',
  idempotencyKey: false,
});

@InputType({ description: 'Deactivates an account. STAFF only.' })
export class DeactivateUserInput {
  @Field(() => ID, { description: 'The global id of the User to deactivate.' })
  id: string;
}

export const API_KEY_FIELDS = writableFields({
  name: text({ max: 120, min: 1, required: true, description: 'What the key is for, e.g. the app that will use it.' }),
  role: enumOf(Role, { required: true, description: 'What the key may do; REVIEWER keys are not issued (reviewers log in with their own account).' }),
  organizationId: id(ORGANIZATION_TYPE_NAMES, { description: 'The organisation a PARTNER key acts for (any organisation type).' }),
  hostUnitId: id('HostUnit', { description: 'The host unit a UNIT_MANAGER key manages.' }),
  rateLimitPerHour: RATE_LIMIT_PER_HOUR,
});

export const CreateApiKeyInput = API_KEY_FIELDS.createInput('CreateApiKeyInput', {
  description: "A partner app's key. A PARTNER key needs organizationId, a UNIT_MANAGER key hostUnitId; reviewers sign in instead.",
  idempotencyKey: false,
});

@InputType({ description: 'Revokes an API key. STAFF only.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The global id of the ApiKey to revoke.' })
  id: string;
}

@InputType({ description: "An API key's own hourly rate limit." })
export class SetApiKeyRateLimitInput {
  @Field(() => ID, { description: 'The global id of the ApiKey.' })
  id: string;

  // The create's field, its rules and description declared once.
  @RATE_LIMIT_PER_HOUR.decorator({ optional: true, description: RATE_LIMIT_PER_HOUR.description.update })
  rateLimitPerHour?: number | null;
}
