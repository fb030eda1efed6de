/** What the organisation mutations take and return: one `input` each, and a payload naming what changed. */
import { IsUrl } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { CountryCode, ExpectedVersion, IdempotencyKey, Text } from '../../graphql/input-fields';
import { OrganizationKind } from './organization.entity';
import { OrganizationInterface } from './organization.types';

const WEBSITE = { protocols: ['http', 'https'], require_protocol: true };
const WEBSITE_MESSAGE = { message: 'website must be an http(s) address, e.g. "https://www.ies.org.sg"' };

@InputType({ description: 'An organisation the network cooperates with (海外团体). STAFF only.' })
export class CreateOrganizationInput {
  @Field(() => OrganizationKind, { description: 'Decides the organisation\'s type (Consulate, University, ...) for good: it cannot change later.' })
  kind: OrganizationKind;

  @Text({ max: 200, notBlank: true, description: 'In Chinese, as the programme writes it.' })
  name: string;

  @Text({ max: 200, optional: true })
  nameEn?: string | null;

  @CountryCode({ example: 'SG', description: 'ISO 3166-1 alpha-2 code of the country it belongs to; any but CN counts it as overseas in networkStats.' })
  country: string;

  @Text({ max: 80, optional: true })
  city?: string | null;

  @IsUrl(WEBSITE, WEBSITE_MESSAGE)
  @Text({ max: 300, optional: true })
  website?: string | null;

  @Text({ max: 200, optional: true, description: 'For a consulate only: the consular district it serves.' })
  jurisdiction?: string | null;

  @Text({ max: 5000, optional: true })
  description?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to an organisation: only the fields given change. STAFF, or a PARTNER acting for it (who may not change its country)." })
export class UpdateOrganizationInput {
  @Field(() => ID)
  id: string;

  @ExpectedVersion('organisation')
  expectedVersion?: number | null;

  @Field(() => OrganizationKind, {
    nullable: true,
    description: 'Accepted only when it is the kind the organisation has: the kind is its type, and its id names that type, so it never changes.',
  })
  kind?: OrganizationKind | null;

  @Text({ max: 200, notBlank: true, optional: true })
  name?: string | null;

  @Text({ max: 200, optional: true })
  nameEn?: string | null;

  @CountryCode({ optional: true, example: 'SG', description: 'STAFF only: it decides whether the organisation counts as overseas in networkStats.' })
  country?: string | null;

  @Text({ max: 80, optional: true })
  city?: string | null;

  @IsUrl(WEBSITE, WEBSITE_MESSAGE)
  @Text({ max: 300, optional: true })
  website?: string | null;

  @Text({ max: 200, optional: true, description: 'For a consulate only.' })
  jurisdiction?: string | null;

  @Text({ max: 5000, optional: true })
  description?: string | null;
}

export const OrganizationPayload = Payload<{ organization: OrganizationInterface }>('OrganizationPayload', { organization: () => OrganizationInterface });
export type OrganizationPayload = InstanceType<typeof OrganizationPayload>;
