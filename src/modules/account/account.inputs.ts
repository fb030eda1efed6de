/** What clients send to log in and to manage accounts and API keys. */
import { IsEmail, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MIN_PASSWORD_LENGTH } from '../../auth/passwords';
import { OptionalId, Text } from '../../graphql/input-fields';
import { Role } from '../../auth/viewer';

/** The most points an hour STAFF may give one key: a runaway app still cannot take the server. */
export const MAX_KEY_RATE_LIMIT = 1_000_000;

/** A key's own hourly limit in points; null or left out: the default for API keys (RATE_LIMIT_API_KEY). */
function RateLimitPerHour(): PropertyDecorator {
  const decorators = [
    Field(() => Int, { nullable: true, description: 'Points an hour the key may spend (docs/api.md, "Rate limits"); null or left out: the default for API keys.' }),
    IsOptional(),
    Min(1, { message: 'rateLimitPerHour must be at least 1 (points an hour); send null for the default' }),
    Max(MAX_KEY_RATE_LIMIT, { message: `rateLimitPerHour must be at most ${MAX_KEY_RATE_LIMIT} points an hour` }),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

@InputType()
export class LoginInput {
  @Text({ max: 200 })
  email: string;

  @Text({ max: 200 })
  password: string;
}

@InputType({ description: 'A new account. A UNIT_MANAGER needs hostUnitId, a PARTNER organizationId, a REVIEWER expertId; STAFF none of them.' })
export class CreateUserInput {
  @IsEmail({}, { message: 'email must be an email address, e.g. name@example.org' })
  @Text({ max: 200 })
  email: string;

  @Text({ max: 120, min: 1 })
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Text({ max: 200, min: MIN_PASSWORD_LENGTH, description: `At least ${MIN_PASSWORD_LENGTH} characters. Sent once; only an argon2id hash is kept.` })
  password: string;

  @OptionalId('The host unit a UNIT_MANAGER manages.')
  hostUnitId?: string | null;

  @OptionalId('The organisation a PARTNER acts for.')
  organizationId?: string | null;

  @OptionalId('The expert record a REVIEWER reviews as.')
  expertId?: string | null;
}

@InputType()
export class DeactivateUserInput {
  @Field(() => ID)
  id: string;
}

@InputType({ description: "A partner app's key. A PARTNER key needs organizationId, a UNIT_MANAGER key hostUnitId; reviewers sign in instead." })
export class CreateApiKeyInput {
  @Text({ max: 120, min: 1, description: 'What the key is for, e.g. the app that will use it.' })
  name: string;

  @Field(() => Role)
  role: Role;

  @OptionalId()
  organizationId?: string | null;

  @OptionalId()
  hostUnitId?: string | null;

  @RateLimitPerHour()
  rateLimitPerHour?: number | null;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  id: string;
}

@InputType({ description: "An API key's own hourly rate limit." })
export class SetApiKeyRateLimitInput {
  @Field(() => ID)
  id: string;

  @RateLimitPerHour()
  rateLimitPerHour?: number | null;
}
