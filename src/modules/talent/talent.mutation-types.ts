/** What the talent mutations take and return: one `input` each, and a payload naming what changed. */
import { Field, ID, InputType, Int } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { CalendarDate, CountryCode, ExpectedVersion, IdempotencyKey, IdList, OptionalId, Text } from '../../graphql/input-fields';
import { AmbassadorAppointment } from './ambassador-appointment.entity';
import { Engagement, EngagementRole } from './engagement.entity';
import { Degree, Talent } from './talent.entity';

@InputType({ description: 'A talent the network brings in. STAFF, or a UNIT_MANAGER (who then engages them at their stations).' })
export class CreateTalentInput {
  @Text({ max: 120, min: 1, description: 'As the programme writes it: Chinese for Chinese names, the original for others.' })
  name: string;

  @Text({ max: 120, optional: true })
  nameEn?: string | null;

  @CountryCode({ description: 'ISO 3166-1 alpha-2 code of the country the talent works in (or came back from).' })
  country: string;

  @Field(() => Degree)
  degree: Degree;

  @Text({ max: 120, optional: true })
  title?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A returnee talent (海归); false when left out.' })
  isReturnee?: boolean | null;

  @OptionalId('The organisation the talent works for (any organisation type).')
  affiliationId?: string | null;

  @Text({ max: 200, optional: true })
  email?: string | null;

  @Text({ max: 40, optional: true })
  phone?: string | null;

  @Text({ max: 5000, optional: true })
  bio?: string | null;

  @IdList({ max: 20, items: 'fields', description: 'Research fields the talent works in.' })
  researchFieldIds?: string[] | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to a talent: only the fields given change. STAFF, or the managers of a station where the talent is engaged." })
export class UpdateTalentInput {
  @Field(() => ID)
  id: string;

  @ExpectedVersion('talent')
  expectedVersion?: number | null;

  @Text({ max: 120, min: 1, optional: true })
  name?: string | null;

  @Text({ max: 120, optional: true })
  nameEn?: string | null;

  @CountryCode({ optional: true })
  country?: string | null;

  @Field(() => Degree, { nullable: true })
  degree?: Degree | null;

  @Text({ max: 120, optional: true })
  title?: string | null;

  @Field(() => Boolean, { nullable: true })
  isReturnee?: boolean | null;

  @OptionalId()
  affiliationId?: string | null;

  @Text({ max: 200, optional: true })
  email?: string | null;

  @Text({ max: 40, optional: true })
  phone?: string | null;

  @Text({ max: 5000, optional: true })
  bio?: string | null;
}

@InputType({ description: 'A talent engaged at a station (STAFF, or its unit\'s managers) or at an offshore base (STAFF).' })
export class CreateEngagementInput {
  @Field(() => ID)
  talentId: string;

  @OptionalId('Exactly one of stationId and offshoreBaseId.')
  stationId?: string | null;

  @OptionalId()
  offshoreBaseId?: string | null;

  @Field(() => EngagementRole)
  role: EngagementRole;

  @Text({ max: 120, optional: true, description: 'The title as the host words it, e.g. 首席研发技术顾问.' })
  title?: string | null;

  @CalendarDate({ description: 'First day (YYYY-MM-DD).' })
  startedOn: string;

  @IdempotencyKey({ description: null })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Ends an engagement: the talent is no longer on post after that day.' })
export class EndEngagementInput {
  @Field(() => ID)
  engagementId: string;

  @CalendarDate({ description: 'Last day (YYYY-MM-DD), on or after the first.' })
  endedOn: string;

  @ExpectedVersion()
  expectedVersion?: number | null;
}

@InputType({ description: "Confirms an engagement a unit manager proposed: from then on it counts in the figures and makes the talent the unit's own. STAFF only." })
export class ConfirmEngagementInput {
  @Field(() => ID)
  engagementId: string;

  @ExpectedVersion()
  expectedVersion?: number | null;
}

@InputType({ description: 'Appoints a talent HAIZHI ambassador (海智大使). STAFF only.' })
export class AppointAmbassadorInput {
  @Field(() => ID)
  talentId: string;

  @Field(() => Int)
  batch: number;

  @CalendarDate()
  appointedOn: string;

  @CalendarDate({ optional: true })
  termEndsOn?: string | null;

  @Text({ max: 120, optional: true, description: 'Country or region the ambassador represents the network in.' })
  region?: string | null;
}

export const TalentPayload = Payload<{ talent: Talent }>('TalentPayload', { talent: () => Talent });
export type TalentPayload = InstanceType<typeof TalentPayload>;

export const EngagementPayload = Payload<{ engagement: Engagement; talent: Talent }>('EngagementPayload', { engagement: () => Engagement, talent: () => Talent });
export type EngagementPayload = InstanceType<typeof EngagementPayload>;

export const AmbassadorPayload = Payload<{ ambassadorAppointment: AmbassadorAppointment; talent: Talent }>('AmbassadorPayload', {
  ambassadorAppointment: () => AmbassadorAppointment,
  talent: () => Talent,
});
export type AmbassadorPayload = InstanceType<typeof AmbassadorPayload>;
