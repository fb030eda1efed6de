/** What the platform mutations take and return: one `input` each, and a payload naming the platform. */
import { Field, ID, InputType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { CalendarDate, ExpectedVersion, IdempotencyKey, IdList, OptionalId, Text } from '../../graphql/input-fields';
import { Platform, PlatformKind } from './platform.entity';

@InputType({
  description:
    'A technology-cooperation platform built by a station or an offshore base (exactly one) with partner organisations. STAFF; a UNIT_MANAGER for a station of their unit; a PARTNER with their own organisation as the one partner.',
})
export class CreatePlatformInput {
  @Text({ max: 300, min: 1, description: 'In Chinese, as the programme writes it.' })
  name: string;

  @Text({ max: 300, optional: true })
  nameEn?: string | null;

  @Field(() => PlatformKind)
  kind: PlatformKind;

  @OptionalId('The station that built it; exactly one of stationId and offshoreBaseId.')
  stationId?: string | null;

  @OptionalId('The offshore base that built it.')
  offshoreBaseId?: string | null;

  @OptionalId()
  researchFieldId?: string | null;

  @CalendarDate({ description: 'Date the platform was established (YYYY-MM-DD).' })
  establishedOn: string;

  @Text({ max: 5000, optional: true })
  description?: string | null;

  @IdList({ max: 50, items: 'organisations', description: 'The organisations it is built with (any organisation type).' })
  partnerOrganizationIds?: string[] | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({
  description: 'Changes to a platform: only the fields given change (partners change with addPlatformPartner and removePlatformPartner). The caller must be in scope of the platform as it is and as it will be.',
})
export class UpdatePlatformInput {
  @Field(() => ID)
  id: string;

  @ExpectedVersion('platform')
  expectedVersion?: number | null;

  @Text({ max: 300, min: 1, optional: true })
  name?: string | null;

  @Text({ max: 300, optional: true })
  nameEn?: string | null;

  @Field(() => PlatformKind, { nullable: true })
  kind?: PlatformKind | null;

  @OptionalId('Moves the platform to this station (then set offshoreBaseId to null).')
  stationId?: string | null;

  @OptionalId('Moves the platform to this base (then set stationId to null).')
  offshoreBaseId?: string | null;

  @OptionalId()
  researchFieldId?: string | null;

  @CalendarDate({ optional: true })
  establishedOn?: string | null;

  @Text({ max: 5000, optional: true })
  description?: string | null;
}

@InputType({ description: 'An organisation a platform is built with. STAFF; the managers of the building station\'s unit; a PARTNER for their own organisation only.' })
export class PlatformPartnerInput {
  @Field(() => ID)
  platformId: string;

  @Field(() => ID, { description: 'Any organisation type.' })
  organizationId: string;
}

export const PlatformPayload = Payload<{ platform: Platform }>('PlatformPayload', { platform: () => Platform });
export type PlatformPayload = InstanceType<typeof PlatformPayload>;
