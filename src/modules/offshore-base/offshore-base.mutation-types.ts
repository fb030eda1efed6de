/** What the offshore-base mutations take and return: the writable fields once, the inputs made from them, and the payload. */
import { Payload } from '../../graphql/payload';
import { enumOf, id, int, text, writableFields } from '../../graphql/writable-fields';
import { BaseLevel, OffshoreBase, OffshoreBaseKind } from './offshore-base.entity';

export const OFFSHORE_BASE_FIELDS = writableFields({
  name: text({
    max: 200,
    notBlank: true,
    required: true,
    description: 'In Chinese, as the programme writes it. Unique: no two bases share a name (letter case does not count).',
  }),
  nameEn: text({ max: 200, description: 'The name in English.' }),
  kind: enumOf(OffshoreBaseKind, { required: true, description: "Which of CAST's four base types it is." }),
  level: enumOf(BaseLevel, { required: true, description: 'Who recognised the base: CAST (national) or CQAST (municipal).' }),
  districtId: id('District', { required: true, description: 'The district whose stations the base coordinates.' }),
  // The year check against today is the service's; this keeps out what is no year at all.
  establishedYear: int({
    min: 1949,
    max: 9999,
    message: 'establishedYear must be a year from 1949 on, e.g. 2019',
    required: true,
    description: 'The year the base was established; not after this year.',
  }),
});

export const CreateOffshoreBaseInput = OFFSHORE_BASE_FIELDS.createInput('CreateOffshoreBaseInput', {
  description: 'An offshore innovation and entrepreneurship base (离岸基地). STAFF only.',
});

export const UpdateOffshoreBaseInput = OFFSHORE_BASE_FIELDS.updateInput('UpdateOffshoreBaseInput', {
  description: 'Changes to an offshore base: only the fields given change. STAFF only.',
  expectedVersion: 'base',
});

export const OffshoreBasePayload = Payload<{ offshoreBase: OffshoreBase }>('OffshoreBasePayload', { offshoreBase: [() => OffshoreBase, { description: 'The offshore base as the write left it.' }] }, 'What a write to the offshore base returns.');
export type OffshoreBasePayload = InstanceType<typeof OffshoreBasePayload>;
