/** What the reference-data mutations take and return: one `input` each, and a payload naming what changed. */
import { Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { ExpectedVersion, IdempotencyKey, Text } from '../../graphql/input-fields';
import { District, DistrictKind } from './district.entity';
import { ResearchField } from './research-field.entity';

/** Lower-case letters and digits in words joined by hyphens: "yubei", "new-materials". */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MESSAGE = { message: 'code must be lower-case letters and digits, words joined by hyphens, e.g. "new-materials"' };
const CODE_CORRECTION = 'Clients filter by code: change it only to correct it.';

@InputType({ description: 'A district or county of Chongqing (区县). STAFF only.' })
export class CreateDistrictInput {
  @Matches(SLUG, SLUG_MESSAGE)
  @Text({ max: 40, description: 'Stable pinyin slug, e.g. "yubei". Unique.' })
  code: string;

  @Text({ max: 60, notBlank: true, description: 'In Chinese, e.g. 渝北区.' })
  name: string;

  @Text({ max: 80, notBlank: true })
  nameEn: string;

  @Field(() => DistrictKind)
  kind: DistrictKind;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a district: only the fields given change. STAFF only.' })
export class UpdateDistrictInput {
  @Field(() => ID)
  id: string;

  @ExpectedVersion('district')
  expectedVersion?: number | null;

  @Matches(SLUG, SLUG_MESSAGE)
  @Text({ max: 40, optional: true, description: CODE_CORRECTION })
  code?: string | null;

  @Text({ max: 60, notBlank: true, optional: true })
  name?: string | null;

  @Text({ max: 80, notBlank: true, optional: true })
  nameEn?: string | null;

  @Field(() => DistrictKind, { nullable: true })
  kind?: DistrictKind | null;
}

@InputType({ description: 'A research field of the shared taxonomy (研究领域). STAFF only.' })
export class CreateResearchFieldInput {
  @Matches(SLUG, SLUG_MESSAGE)
  @Text({ max: 40, description: 'Stable slug, e.g. "new-materials". Unique.' })
  code: string;

  @Text({ max: 60, notBlank: true, description: 'In Chinese, e.g. 新材料.' })
  name: string;

  @Text({ max: 80, notBlank: true })
  nameEn: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a research field: only the fields given change. STAFF only.' })
export class UpdateResearchFieldInput {
  @Field(() => ID)
  id: string;

  @ExpectedVersion('field')
  expectedVersion?: number | null;

  @Matches(SLUG, SLUG_MESSAGE)
  @Text({ max: 40, optional: true, description: CODE_CORRECTION })
  code?: string | null;

  @Text({ max: 60, notBlank: true, optional: true })
  name?: string | null;

  @Text({ max: 80, notBlank: true, optional: true })
  nameEn?: string | null;
}

export const DistrictPayload = Payload<{ district: District }>('DistrictPayload', { district: () => District });
export type DistrictPayload = InstanceType<typeof DistrictPayload>;

export const ResearchFieldPayload = Payload<{ researchField: ResearchField }>('ResearchFieldPayload', { researchField: () => ResearchField });
export type ResearchFieldPayload = InstanceType<typeof ResearchFieldPayload>;
