/** What the talent mutations take and return: the writable fields once, the inputs made from them, and the payloads. */
import { Field, ID, InputType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { CalendarDate, ExpectedVersion } from '../../graphql/input-fields';
import { country, date, enumOf, flag, id, ids, int, text, writableFields } from '../../graphql/writable-fields';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { AmbassadorAppointment } from './ambassador-appointment.entity';
import { Engagement, EngagementRole } from './engagement.entity';
import { Degree, Talent } from './talent.entity';

export const TALENT_FIELDS = writableFields({
  name: text({ max: 120, min: 1, required: true, description: { create: 'As the programme writes it: Chinese for Chinese names, the original for others.' } }),
  nameEn: text({ max: 120 }),
  country: country({ required: true, description: { create: 'ISO 3166-1 alpha-2 code of the country the talent works in (or came back from).' } }),
  degree: enumOf(Degree, { required: true }),
  title: text({ max: 120 }),
  isReturnee: flag({ otherwise: false, description: { create: 'A returnee talent (海归); false when left out.' } }),
  affiliationId: id(ORGANIZATION_TYPE_NAMES, { description: { create: 'The organisation the talent works for (any organisation type).' } }),
  email: text({ max: 200 }),
  phone: text({ max: 40 }),
  bio: text({ max: 5000 }),
  // Research fields are set once here; other mutations do not change them.
  researchFieldIds: ids('ResearchField', { max: 20, items: 'fields', only: 'create', description: 'Research fields the talent works in.' }),
});

export const CreateTalentInput = TALENT_FIELDS.createInput('CreateTalentInput', {
  description: 'A talent the network brings in. STAFF, or a UNIT_MANAGER (who then engages them at their stations).',
});

export const UpdateTalentInput = TALENT_FIELDS.updateInput('UpdateTalentInput', {
  description: "Changes to a talent: only the fields given change. STAFF, or the managers of a station where the talent is engaged.",
  expectedVersion: 'talent',
});

/** An engagement is created, then ended or confirmed: those take their own inputs below. */
export const ENGAGEMENT_FIELDS = writableFields({
  talentId: id('Talent', { required: true }),
  stationId: id('Station', { description: 'Exactly one of stationId and offshoreBaseId.' }),
  offshoreBaseId: id('OffshoreBase'),
  role: enumOf(EngagementRole, { required: true }),
  title: text({ max: 120, description: 'The title as the host words it, e.g. 首席研发技术顾问.' }),
  startedOn: date({ required: true, description: 'First day (YYYY-MM-DD).' }),
});

export const CreateEngagementInput = ENGAGEMENT_FIELDS.createInput('CreateEngagementInput', {
  description: "A talent engaged at a station (STAFF, or its unit's managers) or at an offshore base (STAFF).",
  idempotencyKey: { description: null },
});

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

export const AMBASSADOR_FIELDS = writableFields({
  talentId: id('Talent', { required: true }),
  batch: int({ required: true }),
  appointedOn: date({ required: true }),
  termEndsOn: date(),
  region: text({ max: 120, description: 'Country or region the ambassador represents the network in.' }),
});

export const AppointAmbassadorInput = AMBASSADOR_FIELDS.createInput('AppointAmbassadorInput', {
  description: 'Appoints a talent HAIZHI ambassador (海智大使). STAFF only.',
  idempotencyKey: false,
});

export const TalentPayload = Payload<{ talent: Talent }>('TalentPayload', { talent: () => Talent });
export type TalentPayload = InstanceType<typeof TalentPayload>;

export const EngagementPayload = Payload<{ engagement: Engagement; talent: Talent }>('EngagementPayload', { engagement: () => Engagement, talent: () => Talent });
export type EngagementPayload = InstanceType<typeof EngagementPayload>;

export const AmbassadorPayload = Payload<{ ambassadorAppointment: AmbassadorAppointment; talent: Talent }>('AmbassadorPayload', {
  ambassadorAppointment: () => AmbassadorAppointment,
  talent: () => Talent,
});
export type AmbassadorPayload = InstanceType<typeof AmbassadorPayload>;
