/** What the announcement mutations take and return: the writable fields once, the inputs made from them, and the payload. */
import { Field, ID, InputType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { ExpectedVersion } from '../../graphql/input-fields';
import { countries, date, enumOf, id, ids, text, writableFields } from '../../graphql/writable-fields';
import { ORGANIZATION_TYPE_NAMES } from '../organization/organization.types';
import { Announcement, AnnouncementKind } from './announcement.entity';

export const ANNOUNCEMENT_FIELDS = writableFields({
  kind: enumOf(AnnouncementKind, { required: true, description: 'A need, an offer, a call or a notice.' }),
  title: text({ max: 300, min: 1, required: true, description: 'In Chinese, as the programme writes it.' }),
  titleEn: text({ max: 300, description: 'The title in English.' }),
  body: text({ max: 20000, min: 1, required: true, description: "The announcement's text (plain text, up to 20,000 characters)." }),
  // The publisher: set when published, never changed.
  stationId: id('Station', { only: 'create', description: 'The publishing station.' }),
  offshoreBaseId: id('OffshoreBase', { only: 'create', description: 'The publishing offshore base.' }),
  organizationId: id(ORGANIZATION_TYPE_NAMES, { only: 'create', description: "The publishing partner organisation (any organisation type). A PARTNER may leave it out: it is their own." }),
  researchFieldIds: ids('ResearchField', {
    max: 20,
    items: 'fields',
    description: { create: 'Research fields sought or offered.', update: 'Replaces the research fields named; [] or null names none.' },
  }),
  countries: countries({
    max: 50,
    description: { create: 'Countries sought (ISO 3166-1 alpha-2 codes).', update: 'Replaces the countries sought; [] or null names none.' },
  }),
  deadline: date({
    description: {
      create: 'Last day to respond (YYYY-MM-DD), today or later; left out, the announcement is open-ended.',
      update: 'Today or later; null makes the announcement open-ended.',
    },
  }),
});

export const PublishAnnouncementInput = ANNOUNCEMENT_FIELDS.createInput('PublishAnnouncementInput', {
  description:
    'A collaboration announcement (合作公告). The publisher is at most one of stationId (STAFF, or the unit\'s managers), offshoreBaseId (STAFF) and organizationId (STAFF, or the organisation\'s partners); none publishes as the operator, CQAST (STAFF), or, for a PARTNER, as their own organisation.',
});

export const UpdateAnnouncementInput = ANNOUNCEMENT_FIELDS.updateInput('UpdateAnnouncementInput', {
  description: 'Changes to an open announcement: only the fields given change; the publisher stays. A closed announcement cannot change.',
  expectedVersion: 'announcement',
});

@InputType({ description: 'Closes an announcement today: it takes no more responses. Once only.' })
export class CloseAnnouncementInput {
  @Field(() => ID, { description: 'The global id of the announcement to close.' })
  id: string;

  @ExpectedVersion('announcement')
  expectedVersion?: number | null;
}

export const AnnouncementPayload = Payload<{ announcement: Announcement }>('AnnouncementPayload', { announcement: [() => Announcement, { description: 'The announcement as the write left it.' }] }, 'What a write to the announcement returns.');
export type AnnouncementPayload = InstanceType<typeof AnnouncementPayload>;
