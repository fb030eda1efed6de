/**
 * A host unit's application to set up a station (申报): qualification check, expert review, site
 * inspection, public notice (公示), then a decision. Approval creates the station and its grant.
 */
import { Column, Index } from 'typeorm';
import { Field, Int } from 'type-graphql';
import { enumType, EnumValue, EnumLabels } from '../../graphql/enum-type';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { DateOnlyColumn, EnumColumn, ForeignKey, NameColumn, TextColumn } from '../../db/columns';
import { HostUnit } from '../host-unit/host-unit.entity';
import { District } from '../reference/district.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';

export const APPLICATION_STATUS_LABELS = {
  SUBMITTED: { zh: '已申报', en: 'filed by the host unit; waiting for the qualification check' },
  QUALIFIED: { zh: '资格审查通过', en: 'passed the qualification check; reviewers may be assigned' },
  UNDER_REVIEW: { zh: '专家评审中', en: 'assigned to expert reviewers' },
  INSPECTED: { zh: '已实地考察', en: 'inspected on site' },
  PUBLICIZED: { zh: '公示中', en: 'in public notice before approval' },
  APPROVED: { zh: '已批准', en: 'approved: the station, its head and its establishment grant exist' },
  REJECTED: { zh: '未通过', en: 'rejected by CQAST' },
  WITHDRAWN: { zh: '已撤回', en: 'withdrawn before a decision' },
} as const satisfies EnumLabels;
export const ApplicationStatus = enumType('ApplicationStatus', APPLICATION_STATUS_LABELS, 'submitted → qualified → under review → inspected → publicized (公示) → approved; or rejected / withdrawn.');
export type ApplicationStatus = EnumValue<typeof ApplicationStatus>;

@RecordEntity('station_application', 'An application to set up a station (海智工作站申报).')
@Index(['hostUnitId'])
@Index(['roundYear', 'status'])
export class StationApplication extends BaseRecord {
  @ForeignKey(() => HostUnit, { onDelete: 'CASCADE' })
  hostUnitId: number;

  @ForeignKey(() => District, { onDelete: 'RESTRICT' })
  districtId: number;

  @Field({ description: 'Name the station would take.' })
  @NameColumn({ length: 300 })
  proposedName: string;

  @Field(() => Int, { description: 'Year of the review round (one a year).' })
  @Column({ type: 'integer' })
  roundYear: number;

  @Field(() => ApplicationStatus, { description: 'Where the application stands in the workflow.' })
  @EnumColumn(ApplicationStatus)
  status: ApplicationStatus;

  @Field({ description: 'Date the application was filed (YYYY-MM-DD).' })
  @DateOnlyColumn()
  submittedOn: string;

  @Field(() => String, { nullable: true, description: 'Date of the decision (YYYY-MM-DD): set when it is approved or rejected; null until then, and for a withdrawn application.' })
  @DateOnlyColumn({ nullable: true })
  decidedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Review conclusion (评审结论).' })
  @TextColumn({ nullable: true })
  conclusion: string | null;

  @Field(() => Int, { description: 'Service space offered, m² (at least 100 required).' })
  @Column({ type: 'integer' })
  serviceAreaM2: number;

  @Field(() => Int, { description: 'Dedicated staff the unit commits.' })
  @Column({ type: 'integer' })
  dedicatedStaff: number;

  @ForeignKey(() => Station, { onDelete: 'SET NULL', nullable: true, unique: true })
  stationId: number | null;

  @ForeignKey(() => Talent, { onDelete: 'SET NULL', nullable: true, comment: 'the talent proposed to head the station' })
  proposedHeadTalentId: number | null;

  @Field(() => String, { nullable: true, description: 'Last day of the public notice (公示), YYYY-MM-DD; set when the application is publicized.' })
  @DateOnlyColumn({ nullable: true })
  noticeEndsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why the application was rejected or withdrawn.' })
  @TextColumn({ nullable: true })
  reason: string | null;
}
