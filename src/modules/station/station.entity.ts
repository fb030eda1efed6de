/** A HAIZHI station (海智工作站): approved by CQAST, hosted by a unit, headed by a certified head. */
import { Column, Index } from 'typeorm';
import { Field, Int } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { BilingualName } from '../../db/bilingual-name';
import { DateOnlyColumn, EnumColumn, ForeignKey } from '../../db/columns';
import { HostUnit } from '../host-unit/host-unit.entity';
import { OffshoreBase } from '../offshore-base/offshore-base.entity';
import { District } from '../reference/district.entity';
import { StationHead } from './station-head.entity';
import { StationStatus } from './station-status';

@RecordEntity('station', 'A HAIZHI station (海智工作站).')
@Index(['districtId'])
@Index(['hostUnitId'])
@Index(['offshoreBaseId'])
@Index(['approvalYear'])
@Index(['status'])
export class Station extends BaseRecord {
  @BilingualName({ description: 'Name in Chinese, e.g. 重庆石墨烯研究院有限公司海智工作站.', zh: { unique: true }, sorted: true, en: { length: 300, nullable: true } })
  nameZh: string;
  nameSort: string;
  nameEn: string | null;

  @ForeignKey(() => HostUnit, { onDelete: 'RESTRICT' })
  hostUnitId: number;

  @ForeignKey(() => District, { onDelete: 'RESTRICT' })
  districtId: number;

  @ForeignKey(() => StationHead, { onDelete: 'SET NULL', nullable: true })
  headId: number | null;

  @ForeignKey(() => OffshoreBase, { onDelete: 'SET NULL', nullable: true, comment: 'the offshore base whose coordination group (协作组) the station belongs to' })
  offshoreBaseId: number | null;

  @Field(() => StationStatus, { description: 'Where the station stands: ACTIVE after approval, SUSPENDED or REVOKED by CQAST, EXPIRED when its validity lapsed without renewal.' })
  @EnumColumn(StationStatus, { default: StationStatus.ACTIVE })
  status: StationStatus;

  @Field(() => Int, { description: 'Year of the review round that approved the station.' })
  @Column({ type: 'integer' })
  approvalYear: number;

  @Field(() => Int, { nullable: true, description: 'Batch within the approval year, where more than one was announced.' })
  @Column({ type: 'integer', nullable: true })
  approvalBatch: number | null;

  @Field({ description: 'Date of approval (YYYY-MM-DD).' })
  @DateOnlyColumn()
  approvedOn: string;

  @Field({ description: 'Last day of validity (3 years from approval unless renewed), YYYY-MM-DD.' })
  @DateOnlyColumn()
  validUntil: string;
}
