/** What the station mutations take and return: status changes (动态管理) and station-head certification. */
import { IsDateString, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { StationHead } from './station-head.entity';
import { StationStatusChange } from './station-status-change.entity';
import { Station } from './station.entity';

const VERSION_HELP = 'The version you read; if the station changed since, nothing is written and the answer is CONFLICT.';

@InputType({ description: 'A change of a station\'s status, with the reason the status history keeps. STAFF.' })
export class StationStatusInput {
  @Field(() => ID)
  stationId: string;

  @Field({ description: 'Why: kept in the status history with who made the change and when.' })
  @MinLength(1, { message: 'reason must not be empty' })
  @MaxLength(2000, { message: 'reason must be at most 2000 characters' })
  reason: string;

  @Field(() => Int, { nullable: true, description: VERSION_HELP })
  expectedVersion?: number | null;
}

@InputType({ description: 'Suspends an ACTIVE station (e.g. pending rectification after a failed evaluation). STAFF.' })
export class SuspendStationInput extends StationStatusInput {}

@InputType({ description: 'Reinstates a SUSPENDED station: ACTIVE again. STAFF.' })
export class ReinstateStationInput extends StationStatusInput {}

@InputType({ description: 'Revokes an ACTIVE or SUSPENDED station (an exit, 有出): final. STAFF.' })
export class RevokeStationInput extends StationStatusInput {}

@InputType({ description: 'Renews an ACTIVE or EXPIRED station for another 3 years: validUntil moves 3 years on, and the station is ACTIVE. A renewal whose 3 years would already have passed is refused: the unit applies anew. STAFF.' })
export class RenewStationInput {
  @Field(() => ID)
  stationId: string;

  @Field(() => String, { nullable: true, description: 'Why, for the status history; by default it says until when the station is renewed.' })
  @IsOptional()
  @MaxLength(2000, { message: 'reason must be at most 2000 characters' })
  reason?: string | null;

  @Field(() => Int, { nullable: true, description: VERSION_HELP })
  expectedVersion?: number | null;
}

@InputType({ description: 'Certifies a station head (站长认证). STAFF.' })
export class CertifyStationHeadInput {
  @Field(() => ID)
  stationHeadId: string;

  @Field({ description: 'Day of the certification (YYYY-MM-DD), not in the future.' })
  @IsDateString({ strict: true }, { message: 'certifiedOn must be a date written YYYY-MM-DD' })
  certifiedOn: string;
}

@ObjectType()
export class StationStatusPayload {
  @Field(() => Station)
  station: Station;

  @Field(() => StationStatusChange, { description: 'The status-history entry this change added.' })
  statusChange: StationStatusChange;
}

@ObjectType()
export class StationHeadPayload {
  @Field(() => StationHead)
  stationHead: StationHead;
}
