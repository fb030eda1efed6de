/** What the host-unit mutations take and return: the writable fields once, the inputs made from them, and the payload. */
import { Payload } from '../../graphql/payload';
import { enumOf, id, int, text, writableFields } from '../../graphql/writable-fields';
import { HostUnit, HostUnitKind } from './host-unit.entity';

export const HOST_UNIT_FIELDS = writableFields({
  kind: enumOf(HostUnitKind, { required: true, description: { create: 'What sort of unit it is.', update: 'What sort of unit it is. STAFF only.' } }),
  name: text({
    max: 200,
    notBlank: true,
    required: true,
    description: 'In Chinese, as the programme writes it. Unique: no two units share a name (letter case does not count).',
  }),
  nameEn: text({ max: 200, description: 'The name in English.' }),
  districtId: id('District', { required: true, description: { create: 'The district the unit sits in.', update: 'The district the unit sits in. STAFF only.' } }),
  legalRepresentative: text({ max: 80, description: 'Person who speaks for the unit (e.g. its general manager).' }),
  serviceAreaM2: int({
    min: 1,
    max: 10_000_000,
    message: 'serviceAreaM2 must be a whole number of square metres from 1 to 10,000,000',
    description: 'Service space offered to a station, in square metres (an application needs at least 100).',
  }),
});

export const CreateHostUnitInput = HOST_UNIT_FIELDS.createInput('CreateHostUnitInput', {
  description: 'A domestic unit that hosts (or will host) stations (建站单位). STAFF only.',
});

export const UpdateHostUnitInput = HOST_UNIT_FIELDS.updateInput('UpdateHostUnitInput', {
  description: "Changes to a host unit: only the fields given change. STAFF, or the unit's managers (who may not change its kind or district).",
  expectedVersion: 'unit',
});

export const HostUnitPayload = Payload<{ hostUnit: HostUnit }>('HostUnitPayload', { hostUnit: [() => HostUnit, { description: 'The host unit as the write left it.' }] }, 'What a write to the host unit returns.');
export type HostUnitPayload = InstanceType<typeof HostUnitPayload>;
