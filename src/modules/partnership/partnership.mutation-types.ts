/** What the partnership mutations take and return: one `input` each, and a payload naming what changed. */
import { Field, ID, InputType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { CalendarDate, ExpectedVersion, IdempotencyKey, OptionalId, Text } from '../../graphql/input-fields';
import { Partnership, PartnershipKind } from './partnership.entity';

@InputType({
  description:
    "A cooperation tie with an organisation, held by a station, an offshore base, or CQAST itself (neither given). STAFF; a UNIT_MANAGER for a station of their unit; a PARTNER for their own organisation with a station or base. A holder has one tie per organisation.",
})
export class CreatePartnershipInput {
  @Field(() => ID, { description: 'The organisation on the other side (any kind).' })
  organizationId: string;

  @OptionalId('The station holding the tie. At most one of stationId and offshoreBaseId; neither makes CQAST the holder.')
  stationId?: string | null;

  @OptionalId('The offshore base holding the tie.')
  offshoreBaseId?: string | null;

  @Field(() => PartnershipKind)
  kind: PartnershipKind;

  @CalendarDate({ description: 'Date the tie was established (YYYY-MM-DD), not after today.' })
  since: string;

  @Text({ max: 5000, optional: true })
  note?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to a partnership: only the fields given change (its organisation and holder never do). Who may: as for createPartnership, judged on the partnership's own organisation and station." })
export class UpdatePartnershipInput {
  @Field(() => ID)
  id: string;

  @ExpectedVersion('partnership')
  expectedVersion?: number | null;

  @Field(() => PartnershipKind, { nullable: true })
  kind?: PartnershipKind | null;

  @CalendarDate({ optional: true })
  since?: string | null;

  @Text({ max: 5000, optional: true })
  note?: string | null;
}

@InputType({ description: 'Ends a partnership: it is removed. Who may: as for updatePartnership.' })
export class EndPartnershipInput {
  @Field(() => ID)
  partnershipId: string;

  @ExpectedVersion('partnership', 'removed')
  expectedVersion?: number | null;
}

export const PartnershipPayload = Payload<{ partnership: Partnership }>('PartnershipPayload', {
  partnership: [() => Partnership, { description: 'The partnership as written; for endPartnership, as it was when it was removed.' }],
});
export type PartnershipPayload = InstanceType<typeof PartnershipPayload>;
