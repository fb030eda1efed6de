/** What the organisation mutations take and return: one `input` each, and a payload naming what changed. */
import { IsOptional, IsUrl, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OrganizationKind } from './organization.entity';
import { OrganizationInterface } from './organization.types';

const NOT_BLANK = /\S/;
const COUNTRY = /^[A-Z]{2}$/;
const WEBSITE = { protocols: ['http', 'https'], require_protocol: true };

@InputType({ description: 'An organisation the network cooperates with (海外团体). STAFF only.' })
export class CreateOrganizationInput {
  @Field(() => OrganizationKind, { description: 'Decides the organisation\'s type (Consulate, University, ...) for good: it cannot change later.' })
  kind: OrganizationKind;

  @Field({ description: 'In Chinese, as the programme writes it.' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'nameEn must be at most 200 characters' })
  nameEn?: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the country it belongs to; any but CN counts it as overseas in networkStats.' })
  @Matches(COUNTRY, { message: 'country must be an ISO 3166-1 alpha-2 code in capitals, e.g. "SG"' })
  country: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80, { message: 'city must be at most 80 characters' })
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(WEBSITE, { message: 'website must be an http(s) address, e.g. "https://www.ies.org.sg"' })
  @MaxLength(300, { message: 'website must be at most 300 characters' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'For a consulate only: the consular district it serves.' })
  @IsOptional()
  @MaxLength(200, { message: 'jurisdiction must be at most 200 characters' })
  jurisdiction?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result and writes nothing.' })
  @IsOptional()
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to an organisation: only the fields given change. STAFF, or a PARTNER acting for it (who may not change its country)." })
export class UpdateOrganizationInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; if the organisation changed since, nothing is written and the answer is CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => OrganizationKind, {
    nullable: true,
    description: 'Accepted only when it is the kind the organisation has: the kind is its type, and its id names that type, so it never changes.',
  })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'nameEn must be at most 200 characters' })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'STAFF only: it decides whether the organisation counts as overseas in networkStats.' })
  @IsOptional()
  @Matches(COUNTRY, { message: 'country must be an ISO 3166-1 alpha-2 code in capitals, e.g. "SG"' })
  country?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80, { message: 'city must be at most 80 characters' })
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(WEBSITE, { message: 'website must be an http(s) address, e.g. "https://www.ies.org.sg"' })
  @MaxLength(300, { message: 'website must be at most 300 characters' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'For a consulate only.' })
  @IsOptional()
  @MaxLength(200, { message: 'jurisdiction must be at most 200 characters' })
  jurisdiction?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string | null;
}

@ObjectType()
export class OrganizationPayload {
  @Field(() => OrganizationInterface)
  organization: OrganizationInterface;
}
