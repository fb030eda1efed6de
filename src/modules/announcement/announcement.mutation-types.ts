/** What the announcement mutations take and return: one `input` each, and a payload naming the announcement. */
import { Field, ID, InputType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { CalendarDate, CountryCodes, ExpectedVersion, IdempotencyKey, IdList, OptionalId, Text } from '../../graphql/input-fields';
import { Announcement, AnnouncementKind } from './announcement.entity';

@InputType({
  description:
    'A collaboration announcement (合作公告). The publisher is at most one of stationId (STAFF, or the unit\'s managers), offshoreBaseId (STAFF) and organizationId (STAFF, or the organisation\'s partners); none publishes as the operator, CQAST (STAFF).',
})
export class PublishAnnouncementInput {
  @Field(() => AnnouncementKind)
  kind: AnnouncementKind;

  @Text({ max: 300, min: 1, description: 'In Chinese, as the programme writes it.' })
  title: string;

  @Text({ max: 300, optional: true })
  titleEn?: string | null;

  @Text({ max: 20000, min: 1 })
  body: string;

  @OptionalId('The publishing station.')
  stationId?: string | null;

  @OptionalId('The publishing offshore base.')
  offshoreBaseId?: string | null;

  @OptionalId('The publishing partner organisation (any organisation type).')
  organizationId?: string | null;

  @IdList({ max: 20, items: 'fields', description: 'Research fields sought or offered.' })
  researchFieldIds?: string[] | null;

  @CountryCodes({ max: 50, description: 'Countries sought (ISO 3166-1 alpha-2 codes).' })
  countries?: string[] | null;

  @CalendarDate({ optional: true, description: 'Last day to respond (YYYY-MM-DD), today or later; left out, the announcement is open-ended.' })
  deadline?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an open announcement: only the fields given change; the publisher stays. A closed announcement cannot change.' })
export class UpdateAnnouncementInput {
  @Field(() => ID)
  id: string;

  @ExpectedVersion('announcement')
  expectedVersion?: number | null;

  @Field(() => AnnouncementKind, { nullable: true })
  kind?: AnnouncementKind | null;

  @Text({ max: 300, min: 1, optional: true })
  title?: string | null;

  @Text({ max: 300, optional: true })
  titleEn?: string | null;

  @Text({ max: 20000, min: 1, optional: true })
  body?: string | null;

  @IdList({ max: 20, items: 'fields', description: 'Replaces the research fields named; [] or null names none.' })
  researchFieldIds?: string[] | null;

  @CountryCodes({ max: 50, description: 'Replaces the countries sought; [] or null names none.' })
  countries?: string[] | null;

  @CalendarDate({ optional: true, description: 'Today or later; null makes the announcement open-ended.' })
  deadline?: string | null;
}

@InputType({ description: 'Closes an announcement today: it takes no more responses. Once only.' })
export class CloseAnnouncementInput {
  @Field(() => ID)
  id: string;

  @ExpectedVersion()
  expectedVersion?: number | null;
}

export const AnnouncementPayload = Payload<{ announcement: Announcement }>('AnnouncementPayload', { announcement: () => Announcement });
export type AnnouncementPayload = InstanceType<typeof AnnouncementPayload>;
