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
  name: text({ max: 120, min: 1, required: true, description: 'As the programme writes it: Chinese for Chinese names, the original for others.' }),
  nameEn: text({ max: 120, description: 'The name in English, where it is written otherwise.' }),
  country: country({ required: true, description: 'ISO 3166-1 alpha-2 code of the country the talent works in (or came back from).' }),
  degree: enumOf(Degree, { required: true, description: 'Highest academic degree.' }),
  title: text({ max: 120, description: 'Academic or professional title, e.g. 博士, Professor.' }),
  isReturnee: flag({ otherwise: false, description: { create: 'A returnee talent (海归); false when left out.', update: 'A returnee talent (海归).' } }),
  affiliationId: id(ORGANIZATION_TYPE_NAMES, { description: 'The organisation the talent works for (any organisation type).' }),
  email: text({ max: 200, description: 'Contact email; read back only by STAFF and the managers of a station where the talent holds a current, confirmed engagement.' }),
  phone: text({ max: 40, description: 'Contact phone number; read back only as email is.' }),
  bio: text({ max: 5000, description: 'A short biography, plain text.' }),
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
  talentId: id('Talent', { required: true, description: 'The talent to engage.' }),
  stationId: id('Station', { description: 'Exactly one of stationId and offshoreBaseId.' }),
  offshoreBaseId: id('OffshoreBase', { description: 'The offshore base, for an engagement at a base (STAFF only).' }),
  role: enumOf(EngagementRole, { required: true, description: 'The role the talent takes.' }),
  title: text({ max: 120, description: 'The title as the host words it, e.g. 首席研发技术顾问.' }),
  startedOn: date({ required: true, description: 'First day (YYYY-MM-DD).' }),
});

export const CreateEngagementInput = ENGAGEMENT_FIELDS.createInput('CreateEngagementInput', {
  description: "A talent engaged at a station (STAFF, or its unit's managers) or at an offshore base (STAFF).",
});

@InputType({ description: 'Ends an engagement: the talent is no longer on post after that day.' })
export class EndEngagementInput {
  @Field(() => ID, { description: 'The global id of the engagement to end.' })
  engagementId: string;

  @CalendarDate({ description: 'Last day (YYYY-MM-DD), on or after the first.' })
  endedOn: string;

  @ExpectedVersion('engagement')
  expectedVersion?: number | null;
}

@InputType({ description: "Confirms an engagement a unit manager proposed: from then on it counts in the figures and makes the talent the unit's own. STAFF only." })
export class ConfirmEngagementInput {
  @Field(() => ID, { description: 'The global id of the proposed engagement to confirm.' })
  engagementId: string;

  @ExpectedVersion('engagement')
  expectedVersion?: number | null;
}

export const AMBASSADOR_FIELDS = writableFields({
  talentId: id('Talent', { required: true, description: 'The talent to appoint.' }),
  batch: int({ required: true, description: 'Which batch of ambassadors this appointment belongs to.' }),
  appointedOn: date({ required: true, description: 'Date of appointment (YYYY-MM-DD).' }),
  termEndsOn: date({ description: 'Last day of the term (YYYY-MM-DD); left out: open-ended.' }),
  region: text({ max: 120, description: 'Country or region the ambassador represents the network in.' }),
});

export const AppointAmbassadorInput = AMBASSADOR_FIELDS.createInput('AppointAmbassadorInput', {
  description: 'Appoints a talent HAIZHI ambassador (海智大使). STAFF only.',
  idempotencyKey: false,
});

export const TalentPayload = Payload<{ talent: Talent }>('TalentPayload', { talent: [() => Talent, { description: 'The talent as the write left it.' }] }, 'What a write to the talent returns.');
export type TalentPayload = InstanceType<typeof TalentPayload>;

export const EngagementPayload = Payload<{ engagement: Engagement; talent: Talent }>(
  'EngagementPayload',
  {
    engagement: [() => Engagement, { description: 'The engagement as the write left it.' }],
    talent: [() => Talent, { description: 'The talent engaged, as it is now.' }],
  },
  'What a write to an engagement returns: the engagement and its talent.',
);
export type EngagementPayload = InstanceType<typeof EngagementPayload>;

export const AmbassadorPayload = Payload<{ ambassadorAppointment: AmbassadorAppointment; talent: Talent }>('AmbassadorPayload', {
  ambassadorAppointment: [() => AmbassadorAppointment, { description: 'The appointment recorded.' }],
  talent: [() => Talent, { description: 'The talent appointed, as it is now.' }],
}, 'What appointAmbassador returns: the appointment and the talent appointed.');
export type AmbassadorPayload = InstanceType<typeof AmbassadorPayload>;
