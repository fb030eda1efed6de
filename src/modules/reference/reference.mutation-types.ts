/** What the reference-data mutations take and return: the writable fields once, the inputs made from them, and the payloads. */
import { Matches } from 'class-validator';
import { Payload } from '../../graphql/payload';
import { enumOf, text, writableFields } from '../../graphql/writable-fields';
import { District, DistrictKind } from './district.entity';
import { ResearchField } from './research-field.entity';

/** Lower-case letters and digits in words joined by hyphens: "yubei", "new-materials". */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MESSAGE = { message: 'code must be lower-case letters and digits, words joined by hyphens, e.g. "new-materials"' };
const CODE_CORRECTION = 'Clients filter by code: change it only to correct it.';

/** A code: a unique slug, required on create; an update changes it only to correct it. */
function code(example: string) {
  return text({ max: 40, required: true, rules: [Matches(SLUG, SLUG_MESSAGE)], description: { create: example, update: CODE_CORRECTION } });
}

export const DISTRICT_FIELDS = writableFields({
  code: code('Stable pinyin slug, e.g. "yubei". Unique.'),
  name: text({ max: 60, notBlank: true, required: true, description: 'In Chinese, e.g. 渝北区.' }),
  nameEn: text({ max: 80, notBlank: true, required: true, description: 'In English, e.g. Yubei District.' }),
  kind: enumOf(DistrictKind, { required: true, description: 'District (区), county (县) or functional new area.' }),
});

export const CreateDistrictInput = DISTRICT_FIELDS.createInput('CreateDistrictInput', { description: 'A district or county of Chongqing (区县). STAFF only.' });

export const UpdateDistrictInput = DISTRICT_FIELDS.updateInput('UpdateDistrictInput', {
  description: 'Changes to a district: only the fields given change. STAFF only.',
  expectedVersion: 'district',
});

export const RESEARCH_FIELD_FIELDS = writableFields({
  code: code('Stable slug, e.g. "new-materials". Unique.'),
  name: text({ max: 60, notBlank: true, required: true, description: 'In Chinese, e.g. 新材料.' }),
  nameEn: text({ max: 80, notBlank: true, required: true, description: 'In English, e.g. New materials.' }),
});

export const CreateResearchFieldInput = RESEARCH_FIELD_FIELDS.createInput('CreateResearchFieldInput', {
  description: 'A research field of the shared taxonomy (研究领域). STAFF only.',
});

export const UpdateResearchFieldInput = RESEARCH_FIELD_FIELDS.updateInput('UpdateResearchFieldInput', {
  description: 'Changes to a research field: only the fields given change. STAFF only.',
  expectedVersion: 'field',
});

export const DistrictPayload = Payload<{ district: District }>('DistrictPayload', { district: [() => District, { description: 'The district as the write left it.' }] }, 'What a write to the district returns.');
export type DistrictPayload = InstanceType<typeof DistrictPayload>;

export const ResearchFieldPayload = Payload<{ researchField: ResearchField }>('ResearchFieldPayload', { researchField: [() => ResearchField, { description: 'The research field as the write left it.' }] }, 'What a write to the research field returns.');
export type ResearchFieldPayload = InstanceType<typeof ResearchFieldPayload>;
