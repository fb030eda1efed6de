/** What the host-unit mutations take and return: one `input` each, and a payload naming what changed. */
import { IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { HostUnit, HostUnitKind } from './host-unit.entity';

const NOT_BLANK = /\S/;
const AREA_MESSAGE = { message: 'serviceAreaM2 must be a whole number of square metres from 1 to 10,000,000' };

@InputType({ description: 'A domestic unit that hosts (or will host) stations (建站单位). STAFF only.' })
export class CreateHostUnitInput {
  @Field(() => HostUnitKind)
  kind: HostUnitKind;

  @Field({ description: 'In Chinese, as the programme writes it. Unique: no two units share a name (letter case does not count).' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'nameEn must be at most 200 characters' })
  nameEn?: string | null;

  @Field(() => ID, { description: 'The district the unit sits in.' })
  districtId: string;

  @Field(() => String, { nullable: true, description: 'Person who speaks for the unit (e.g. its general manager).' })
  @IsOptional()
  @MaxLength(80, { message: 'legalRepresentative must be at most 80 characters' })
  legalRepresentative?: string | null;

  @Field(() => Int, { nullable: true, description: 'Service space offered to a station, in square metres (an application needs at least 100).' })
  @IsOptional()
  @Min(1, AREA_MESSAGE)
  @Max(10_000_000, AREA_MESSAGE)
  serviceAreaM2?: number | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result and writes nothing.' })
  @IsOptional()
  @MaxLength(200, { message: 'idempotencyKey must be at most 200 characters' })
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to a host unit: only the fields given change. STAFF, or the unit's managers (who may not change its kind or district)." })
export class UpdateHostUnitInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; if the unit changed since, nothing is written and the answer is CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => HostUnitKind, { nullable: true, description: 'STAFF only.' })
  kind?: HostUnitKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'nameEn must be at most 200 characters' })
  nameEn?: string | null;

  @Field(() => ID, { nullable: true, description: 'STAFF only.' })
  districtId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80, { message: 'legalRepresentative must be at most 80 characters' })
  legalRepresentative?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, AREA_MESSAGE)
  @Max(10_000_000, AREA_MESSAGE)
  serviceAreaM2?: number | null;
}

@ObjectType()
export class HostUnitPayload {
  @Field(() => HostUnit)
  hostUnit: HostUnit;
}
