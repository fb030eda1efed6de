/** What the organisation mutations take and return: the writable fields once, the inputs made from them, and the payload. */
import { IsUrl } from 'class-validator';
import { Payload } from '../../graphql/payload';
import { country, enumOf, text, writableFields } from '../../graphql/writable-fields';
import { OrganizationKind } from './organization.entity';
import { OrganizationInterface } from './organization.types';

const WEBSITE = { protocols: ['http', 'https'], require_protocol: true };
const WEBSITE_MESSAGE = { message: 'website must be an http(s) address, e.g. "https://www.ies.org.sg"' };

export const ORGANIZATION_FIELDS = writableFields({
  kind: enumOf(OrganizationKind, {
    required: true,
    description: {
      create: 'Decides the organisation\'s type (Consulate, University, ...) for good: it cannot change later.',
      update: 'Accepted only when it is the kind the organisation has: the kind is its type, and its id names that type, so it never changes.',
    },
  }),
  name: text({ max: 200, notBlank: true, required: true, description: 'In Chinese, as the programme writes it.' }),
  nameEn: text({ max: 200, description: 'The name in English.' }),
  country: country({
    example: 'SG',
    required: true,
    description: {
      create: 'ISO 3166-1 alpha-2 code of the country it belongs to; any but CN counts it as overseas in networkStats.',
      update: 'STAFF only: it decides whether the organisation counts as overseas in networkStats.',
    },
  }),
  city: text({ max: 80, description: 'City where it sits.' }),
  website: text({ max: 300, rules: [IsUrl(WEBSITE, WEBSITE_MESSAGE)], description: 'Website address, with http:// or https://.' }),
  jurisdiction: text({ max: 200, description: { create: 'For a consulate only: the consular district it serves.', update: 'For a consulate only.' } }),
  description: text({ max: 5000, description: 'What the organisation does and how it works with the network (plain text).' }),
});

export const CreateOrganizationInput = ORGANIZATION_FIELDS.createInput('CreateOrganizationInput', {
  description: 'An organisation the network cooperates with (海外团体). STAFF only.',
});

export const UpdateOrganizationInput = ORGANIZATION_FIELDS.updateInput('UpdateOrganizationInput', {
  description: "Changes to an organisation: only the fields given change. STAFF, or a PARTNER acting for it (who may not change its country).",
  expectedVersion: 'organisation',
});

export const OrganizationPayload = Payload<{ organization: OrganizationInterface }>('OrganizationPayload', { organization: [() => OrganizationInterface, { description: 'The organisation as the write left it.' }] }, 'What a write to the organisation returns.');
export type OrganizationPayload = InstanceType<typeof OrganizationPayload>;
