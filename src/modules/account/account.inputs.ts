/** What clients send to log in and to manage accounts and API keys. */
import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MIN_PASSWORD_LENGTH } from '../../auth/passwords';
import { Role } from '../../auth/viewer';

@InputType()
export class LoginInput {
  @Field()
  @MaxLength(200, { message: 'email must be at most 200 characters' })
  email: string;

  @Field()
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  password: string;
}

@InputType({ description: 'A new account. A UNIT_MANAGER needs hostUnitId, a PARTNER organizationId, a REVIEWER expertId; STAFF none of them.' })
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address, e.g. name@example.org' })
  @MaxLength(200, { message: 'email must be at most 200 characters' })
  email: string;

  @Field()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(120, { message: 'displayName must be at most 120 characters' })
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters. Sent once; only an argon2id hash is kept.` })
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  password: string;

  @Field(() => ID, { nullable: true, description: 'The host unit a UNIT_MANAGER manages.' })
  hostUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation a PARTNER acts for.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The expert record a REVIEWER reviews as.' })
  expertId?: string | null;
}

@InputType()
export class DeactivateUserInput {
  @Field(() => ID)
  id: string;
}

@InputType({ description: "A partner app's key. A PARTNER key needs organizationId, a UNIT_MANAGER key hostUnitId; reviewers sign in instead." })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. the app that will use it.' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(120, { message: 'name must be at most 120 characters' })
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  hostUnitId?: string | null;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  id: string;
}
