/** What the offshore-base mutations take and return: one `input` each, and a payload naming what changed. */
import { IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { ExpectedVersion, IdempotencyKey, OptionalId, Text } from '../../graphql/input-fields';
import { BaseLevel, OffshoreBase, OffshoreBaseKind } from './offshore-base.entity';

/** The year check against today is the service's; this keeps out what is no year at all. */
const YEAR_MESSAGE = { message: 'establishedYear must be a year from 1949 on, e.g. 2019' };

@InputType({ description: 'An offshore innovation and entrepreneurship base (离岸基地). STAFF only.' })
export class CreateOffshoreBaseInput {
  @Text({ max: 200, notBlank: true, description: 'In Chinese, as the programme writes it. Unique: no two bases share a name (letter case does not count).' })
  name: string;

  @Text({ max: 200, optional: true })
  nameEn?: string | null;

  @Field(() => OffshoreBaseKind)
  kind: OffshoreBaseKind;

  @Field(() => BaseLevel)
  level: BaseLevel;

  @Field(() => ID, { description: 'The district whose stations the base coordinates.' })
  districtId: string;

  @Field(() => Int, { description: 'Not after this year.' })
  @Min(1949, YEAR_MESSAGE)
  @Max(9999, YEAR_MESSAGE)
  establishedYear: number;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an offshore base: only the fields given change. STAFF only.' })
export class UpdateOffshoreBaseInput {
  @Field(() => ID)
  id: string;

  @ExpectedVersion('base')
  expectedVersion?: number | null;

  @Text({ max: 200, notBlank: true, optional: true })
  name?: string | null;

  @Text({ max: 200, optional: true })
  nameEn?: string | null;

  @Field(() => OffshoreBaseKind, { nullable: true })
  kind?: OffshoreBaseKind | null;

  @Field(() => BaseLevel, { nullable: true })
  level?: BaseLevel | null;

  @OptionalId()
  districtId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1949, YEAR_MESSAGE)
  @Max(9999, YEAR_MESSAGE)
  establishedYear?: number | null;
}

export const OffshoreBasePayload = Payload<{ offshoreBase: OffshoreBase }>('OffshoreBasePayload', { offshoreBase: () => OffshoreBase });
export type OffshoreBasePayload = InstanceType<typeof OffshoreBasePayload>;
