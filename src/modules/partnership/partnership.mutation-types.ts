/** What the partnership mutations take and return: the writable fields once, the inputs made from them, and the payload. */
import { Field, ID, InputType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { ExpectedVersion } from '../../graphql/input-fields';
import { date, enumOf, id, text, writableFields } from '../../graphql/writable-fields';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { Partnership, PartnershipKind } from './partnership.entity';

export const PARTNERSHIP_FIELDS = writableFields({
  // The organisation and the holder: set when the tie is made, never changed.
  organizationId: id(ORGANIZATION_TYPE_NAMES, { required: true, only: 'create', description: 'The organisation on the other side (any kind).' }),
  stationId: id('Station', {
    only: 'create',
    description: 'The station holding the tie. At most one of stationId and offshoreBaseId; neither makes CQAST the holder.',
  }),
  offshoreBaseId: id('OffshoreBase', { only: 'create', description: 'The offshore base holding the tie.' }),
  kind: enumOf(PartnershipKind, { required: true, description: 'What the tie is for.' }),
  since: date({ required: true, description: 'Date the tie was established (YYYY-MM-DD), not after today.' }),
  note: text({ max: 5000, description: 'Free-text note on the tie (e.g. what was signed).' }),
});

export const CreatePartnershipInput = PARTNERSHIP_FIELDS.createInput('CreatePartnershipInput', {
  description:
    "A cooperation tie with an organisation, held by a station, an offshore base, or CQAST itself (neither given). STAFF; a UNIT_MANAGER for a station of their unit; a PARTNER for their own organisation with a station or base. A holder has one tie per organisation.",
});

export const UpdatePartnershipInput = PARTNERSHIP_FIELDS.updateInput('UpdatePartnershipInput', {
  description: "Changes to a partnership: only the fields given change (its organisation and holder never do). Who may: as for createPartnership, judged on the partnership's own organisation and station.",
  expectedVersion: 'partnership',
});

@InputType({ description: 'Ends a partnership: it is removed. Who may: as for updatePartnership.' })
export class EndPartnershipInput {
  @Field(() => ID, { description: 'The global id of the partnership to end.' })
  partnershipId: string;

  @ExpectedVersion('partnership', 'removed')
  expectedVersion?: number | null;
}

export const PartnershipPayload = Payload<{ partnership: Partnership }>('PartnershipPayload', {
  partnership: [() => Partnership, { description: 'The partnership as written; for endPartnership, as it was when it was removed.' }],
}, 'What a write to a partnership returns.');
export type PartnershipPayload = InstanceType<typeof PartnershipPayload>;
