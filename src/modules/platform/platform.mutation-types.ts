/** What the platform mutations take and return: the writable fields once, the inputs made from them, and the payload. */
import { Field, ID, InputType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { date, enumOf, id, ids, text, writableFields } from '../../graphql/writable-fields';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { Platform, PlatformKind } from './platform.entity';

export const PLATFORM_FIELDS = writableFields({
  name: text({ max: 300, min: 1, required: true, description: 'In Chinese, as the programme writes it.' }),
  nameEn: text({ max: 300, description: 'The name in English.' }),
  kind: enumOf(PlatformKind, { required: true, description: 'What sort of platform it is.' }),
  stationId: id('Station', {
    description: {
      create: 'The station that built it; exactly one of stationId and offshoreBaseId.',
      update: 'Moves the platform to this station (then set offshoreBaseId to null).',
    },
  }),
  offshoreBaseId: id('OffshoreBase', {
    description: { create: 'The offshore base that built it.', update: 'Moves the platform to this base (then set stationId to null).' },
  }),
  researchFieldId: id('ResearchField', { description: 'The research field it works in.' }),
  establishedOn: date({ required: true, description: 'Date the platform was established (YYYY-MM-DD).' }),
  description: text({ max: 5000, description: 'What the platform does (plain text).' }),
  partnerOrganizationIds: ids(ORGANIZATION_TYPE_NAMES, {
    max: 50,
    items: 'organisations',
    only: 'create',
    description: 'The organisations it is built with (any organisation type).',
  }),
});

export const CreatePlatformInput = PLATFORM_FIELDS.createInput('CreatePlatformInput', {
  description:
    'A technology-cooperation platform built by a station or an offshore base (exactly one) with partner organisations. STAFF; a UNIT_MANAGER for a station of their unit; a PARTNER with their own organisation as the one partner.',
});

export const UpdatePlatformInput = PLATFORM_FIELDS.updateInput('UpdatePlatformInput', {
  description: 'Changes to a platform: only the fields given change (partners change with addPlatformPartner and removePlatformPartner). The caller must be in scope of the platform as it is and as it will be.',
  expectedVersion: 'platform',
});

@InputType({ description: 'An organisation a platform is built with. STAFF; the managers of the building station\'s unit; a PARTNER for their own organisation only.' })
export class PlatformPartnerInput {
  @Field(() => ID, { description: 'The global id of the platform.' })
  platformId: string;

  @Field(() => ID, { description: 'Any organisation type.' })
  organizationId: string;
}

export const PlatformPayload = Payload<{ platform: Platform }>('PlatformPayload', { platform: [() => Platform, { description: 'The platform as the write left it (its partners included).' }] }, 'What a write to the platform returns.');
export type PlatformPayload = InstanceType<typeof PlatformPayload>;
