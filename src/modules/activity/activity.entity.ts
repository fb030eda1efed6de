/**
 * An activity of the network: academic exchanges, station-head salons, inspection visits,
 * conferences and signings. Organised by a station, a base, or the operator (neither set), unless
 * organizerRecorded is false: then the source does not say who organised it (e.g. an outside congress
 * a station took part in), and neither set does not mean the operator. May be funded by a grant.
 */
import { Column, Index } from 'typeorm';
import { Field } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { DateOnlyColumn, EnumColumn, ForeignKey, NameColumn, TextColumn } from '../../db/columns';
import { FundingGrant } from '../funding/funding-grant.entity';
import { StationOrBase } from '../station/station-or-base';

export const ACTIVITY_KIND_LABELS = {
  ACADEMIC_EXCHANGE: { zh: '学术交流', en: 'an academic exchange (talk, visit or seminar with overseas experts)' },
  HEAD_SALON: { zh: '站长沙龙', en: 'a salon where station heads meet and share practice' },
  INSPECTION_VISIT: { zh: '调研', en: 'an inspection or research visit to a station or unit' },
  CONFERENCE: { zh: '会议', en: 'a conference or forum' },
  SIGNING: { zh: '签约仪式', en: 'a signing ceremony (agreements, projects, experts)' },
  CONSULTATION: { zh: '决策咨询', en: 'a decision-consultation session for government or industry' },
} as const satisfies EnumLabels;
export const ActivityKind = enumType('ActivityKind', ACTIVITY_KIND_LABELS, '学术交流, 站长沙龙, 调研, conference, signing ceremony, decision consultation.');
export type ActivityKind = EnumValue<typeof ActivityKind>;

@RecordEntity('activity', 'An activity: exchange, salon, visit, conference, signing.')
@Index(['stationId'])
@Index(['offshoreBaseId'])
@Index(['fundingGrantId'])
@Index(['startsOn'])
export class Activity extends BaseRecord {
  @Field(() => ActivityKind, { description: 'What sort of activity it is.' })
  @EnumColumn(ActivityKind)
  kind: ActivityKind;

  @BilingualName({ field: 'title', zh: { length: 300 }, en: { length: 300, nullable: true } })
  titleZh: string;
  titleEn: string | null;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD); null where the source gives no date.' })
  @DateOnlyColumn({ nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); null where none is recorded.' })
  @DateOnlyColumn({ nullable: true })
  endsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Where it took place, e.g. a city or venue; null when not recorded.' })
  @NameColumn({ length: 200, nullable: true })
  location: string | null;

  @StationOrBase()
  stationId: number | null;
  offshoreBaseId: number | null;

  @Field({
    description:
      'False where the source does not say who organised the activity (an outside event a station took part in, say): station and offshoreBase are null then, and that does not make the operator, CQAST, its organiser. True otherwise: the organiser is the station, the base, or (neither) CQAST.',
  })
  @Column({ type: 'boolean', default: true })
  organizerRecorded: boolean;

  @ForeignKey(() => FundingGrant, { onDelete: 'SET NULL', nullable: true })
  fundingGrantId: number | null;

  @Field(() => String, { nullable: true, description: 'What happened (plain text); null when none was given.' })
  @TextColumn({ nullable: true })
  description: string | null;
}
