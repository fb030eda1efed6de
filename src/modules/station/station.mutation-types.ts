/** What the station mutations take and return: status changes (动态管理) and station-head certification. */
import { Field, ID, InputType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { CalendarDate, ExpectedVersion, Text } from '../../graphql/input-fields';
import { StationHead } from './station-head.entity';
import { StationStatusChange } from './station-status-change.entity';
import { Station } from './station.entity';

@InputType({ description: 'A change of a station\'s status, with the reason the status history keeps. STAFF.' })
export class StationStatusInput {
  @Field(() => ID, { description: 'The global id of the station.' })
  stationId: string;

  @Text({ max: 2000, min: 1, description: 'Why: kept in the status history with who made the change and when.' })
  reason: string;

  @ExpectedVersion('station')
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
  @Field(() => ID, { description: 'The global id of the station.' })
  stationId: string;

  @Text({ max: 2000, optional: true, description: 'Why, for the status history; by default it says until when the station is renewed.' })
  reason?: string | null;

  @ExpectedVersion('station')
  expectedVersion?: number | null;
}

@InputType({ description: 'Certifies a station head (站长认证). STAFF.' })
export class CertifyStationHeadInput {
  @Field(() => ID, { description: 'The global id of the station head to certify.' })
  stationHeadId: string;

  @CalendarDate({ description: 'Day of the certification (YYYY-MM-DD), not in the future.' })
  certifiedOn: string;
}

export const StationStatusPayload = Payload<{ station: Station; statusChange: StationStatusChange }>('StationStatusPayload', {
  station: [() => Station, { description: 'The station with its new status (and, after a renewal, its new validUntil).' }],
  statusChange: [() => StationStatusChange, { description: 'The status-history entry this change added.' }],
}, "What a change to a station's status returns: the station and the history entry.");
export type StationStatusPayload = InstanceType<typeof StationStatusPayload>;

export const StationHeadPayload = Payload<{ stationHead: StationHead }>('StationHeadPayload', { stationHead: [() => StationHead, { description: 'The station head as the write left it.' }] }, 'What a write to the station head returns.');
export type StationHeadPayload = InstanceType<typeof StationHeadPayload>;
