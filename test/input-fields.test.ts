/**
 * The shared input-field decorators word every refusal from the property's name, as the hand-written
 * rules did: clients and tests match these sentences, so they are pinned here on real inputs.
 */
import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { PublishAnnouncementInput } from '../src/modules/announcement/announcement.mutation-types';
import { UpdateStationApplicationInput } from '../src/modules/application/application.mutation-types';
import { RecordDisbursementInput } from '../src/modules/funding/funding.mutation-types';
import { CreateOrganizationInput } from '../src/modules/organization/organization.mutation-types';
import { UpdateProjectInput } from '../src/modules/project/project.mutation-types';
import { CreateTalentInput, UpdateTalentInput } from '../src/modules/talent/talent.mutation-types';

function messages<T extends object>(input: T, values: Partial<T>): string[] {
  return validateSync(Object.assign(input, values)).flatMap((error) => Object.values(error.constraints ?? {}));
}

test('text, date, country and id-list rules name the field', () => {
  expect(
    messages(new CreateTalentInput(), {
      name: '',
      nameEn: 'x'.repeat(121),
      country: 'nz',
      researchFieldIds: Array.from({ length: 21 }, (_, i) => String(i)),
      idempotencyKey: 'k'.repeat(201),
    }),
  ).toEqual([
    'name must not be empty',
    'nameEn must be at most 120 characters',
    'country must be an ISO 3166-1 alpha-2 code in capitals, e.g. "NZ"',
    'researchFieldIds may hold at most 20 fields',
    'idempotencyKey must be at most 200 characters',
  ]);
  expect(messages(new CreateOrganizationInput(), { name: '  ', country: 'Singapore' })).toEqual([
    'name must not be blank',
    'country must be an ISO 3166-1 alpha-2 code in capitals, e.g. "SG"',
  ]);
  expect(messages(new PublishAnnouncementInput(), { title: 't', body: 'b', countries: ['de'], deadline: '2025-02-30' })).toEqual([
    'countries must be ISO 3166-1 alpha-2 codes in capitals, e.g. ["DE", "GB"]',
    'deadline must be a date written YYYY-MM-DD',
  ]);
});

test('optional fields accept null and absence; required ones do not', () => {
  expect(messages(new UpdateTalentInput(), { id: 'x', name: null, country: null, bio: null })).toEqual([]);
  expect(messages(new UpdateProjectInput(), { id: 'x', amountCny: -1, introducedOn: '2024-1-5' })).toEqual([
    'amountCny must be 0 or more (whole yuan)',
    'introducedOn must be a date written YYYY-MM-DD',
  ]);
  expect(messages(new RecordDisbursementInput(), { grantId: 'g', amountCny: 0, paidOn: '2024-01-05', idempotencyKey: '' })).toEqual([
    'amountCny must be at least 1 (whole yuan)',
    'idempotencyKey must not be empty',
  ]);
});

test("a text limit given a reason says it after the limit's sentence", () => {
  expect(messages(new UpdateStationApplicationInput(), { id: 'x', proposedName: 'x'.repeat(201) })).toEqual(['proposedName must be at most 200 characters, as a station name may be']);
  expect(messages(new UpdateStationApplicationInput(), { id: 'x', proposedName: '' })).toEqual(['proposedName must not be empty']);
});
