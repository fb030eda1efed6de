/** What the host-unit mutations take and return: one `input` each, and a payload naming what changed. */
import { IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { ExpectedVersion, IdempotencyKey, OptionalId, Text } from '../../graphql/input-fields';
import { HostUnit, HostUnitKind } from './host-unit.entity';

const AREA_MESSAGE = { message: 'serviceAreaM2 must be a whole number of square metres from 1 to 10,000,000' };

@InputType({ description: 'A domestic unit that hosts (or will host) stations (建站单位). STAFF only.' })
export class CreateHostUnitInput {
  @Field(() => HostUnitKind)
  kind: HostUnitKind;

  @Text({ max: 200, notBlank: true, description: 'In Chinese, as the programme writes it. Unique: no two units share a name (letter case does not count).' })
  name: string;

  @Text({ max: 200, optional: true })
  nameEn?: string | null;

  @Field(() => ID, { description: 'The district the unit sits in.' })
  districtId: string;

  @Text({ max: 80, optional: true, description: 'Person who speaks for the unit (e.g. its general manager).' })
  legalRepresentative?: string | null;

  @Field(() => Int, { nullable: true, description: 'Service space offered to a station, in square metres (an application needs at least 100).' })
  @IsOptional()
  @Min(1, AREA_MESSAGE)
  @Max(10_000_000, AREA_MESSAGE)
  serviceAreaM2?: number | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to a host unit: only the fields given change. STAFF, or the unit's managers (who may not change its kind or district)." })
export class UpdateHostUnitInput {
  @Field(() => ID)
  id: string;

  @ExpectedVersion('unit')
  expectedVersion?: number | null;

  @Field(() => HostUnitKind, { nullable: true, description: 'STAFF only.' })
  kind?: HostUnitKind | null;

  @Text({ max: 200, notBlank: true, optional: true })
  name?: string | null;

  @Text({ max: 200, optional: true })
  nameEn?: string | null;

  @OptionalId('STAFF only.')
  districtId?: string | null;

  @Text({ max: 80, optional: true })
  legalRepresentative?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, AREA_MESSAGE)
  @Max(10_000_000, AREA_MESSAGE)
  serviceAreaM2?: number | null;
}

export const HostUnitPayload = Payload<{ hostUnit: HostUnit }>('HostUnitPayload', { hostUnit: () => HostUnit });
export type HostUnitPayload = InstanceType<typeof HostUnitPayload>;
