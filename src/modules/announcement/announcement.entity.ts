/**
 * A collaboration announcement (合作公告): a need, an offer, a call or a notice, published by a
 * station, a base, a partner organisation, or CQAST (none set). It names the fields and countries
 * sought; it stops taking responses after its deadline, or once its publisher closes it.
 */
import { Column, Index } from 'typeorm';
import { Field } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { DateOnlyColumn, EnumColumn, ForeignKey, TextColumn } from '../../db/columns';
import { Organization } from '../organization/organization.entity';
import { StationOrBase } from '../station/station-or-base';

export const ANNOUNCEMENT_KIND_LABELS = {
  NEED: { zh: '需求', en: 'a technology or talent need' },
  OFFER: { zh: '供给', en: 'an offer of technology, expertise or cooperation' },
  CALL: { zh: '征集', en: 'a call for applications or proposals' },
  NOTICE: { zh: '通知', en: 'a notice, e.g. a policy issued' },
} as const satisfies EnumLabels;
export const AnnouncementKind = enumType('AnnouncementKind', ANNOUNCEMENT_KIND_LABELS, 'A technology or talent need, an offer, a call for applications, or a notice (e.g. a policy issued).');
export type AnnouncementKind = EnumValue<typeof AnnouncementKind>;

@RecordEntity('announcement', 'A collaboration announcement (合作公告).')
@Index(['publishedOn'])
@Index(['stationId'])
@Index(['offshoreBaseId'])
@Index(['organizationId'])
@Index(['publicationSeq'])
export class Announcement extends BaseRecord {
  @Field(() => AnnouncementKind, { description: 'A need, an offer, a call for applications or a notice.' })
  @EnumColumn(AnnouncementKind)
  kind: AnnouncementKind;

  @BilingualName({ field: 'title', zh: { length: 300 }, en: { length: 300, nullable: true } })
  titleZh: string;
  titleEn: string | null;

  @Field({ description: "The announcement's text, plain text as the publisher wrote it." })
  @TextColumn()
  body: string;

  @StationOrBase()
  stationId: number | null;
  offshoreBaseId: number | null;

  @Field({ description: 'Date of publication (YYYY-MM-DD).' })
  @DateOnlyColumn()
  publishedOn: string;

  @Field(() => String, { nullable: true, description: 'Last day to respond (YYYY-MM-DD); null when open-ended.' })
  @DateOnlyColumn({ nullable: true })
  deadline: string | null;

  @ForeignKey(() => Organization, { onDelete: 'CASCADE', nullable: true, comment: 'the partner organisation that published it, if one did' })
  organizationId: number | null;

  @Field(() => String, { nullable: true, description: 'Day the publisher closed it (YYYY-MM-DD); null while open.' })
  @DateOnlyColumn({ nullable: true })
  closedOn: string | null;

  /**
   * Where it stands in commit order (src/events/event-sequence.ts): the default order of
   * `announcements`, so catching up `after` a cursor misses nothing that committed later. 0 for rows
   * that were not published through the API (those from before this order existed, the seed): they
   * come first, by id.
   */
  @Column({ type: 'integer', default: 0 })
  publicationSeq: number;
}
