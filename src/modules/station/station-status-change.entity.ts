/** One step in a station's status history, so dynamic management (awards, suspensions, exits) stays on record. */
import { Index } from 'typeorm';
import { Field } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { DateOnlyColumn, EnumColumn, ForeignKey, NameColumn, TextColumn } from '../../db/columns';
import { Account } from '../account/account.entity';
import { Station } from './station.entity';
import { StationStatus } from './station-status';

@RecordEntity('station_status_change', "A change in a station's status.")
@Index(['stationId', 'changedOn'])
export class StationStatusChange extends BaseRecord {
  @ForeignKey(() => Station, { onDelete: 'CASCADE' })
  stationId: number;

  @Field(() => StationStatus, { nullable: true, description: 'Null for the first entry, made at approval.' })
  @EnumColumn(StationStatus, { nullable: true })
  fromStatus: StationStatus | null;

  @Field(() => StationStatus, { description: 'The status the station took.' })
  @EnumColumn(StationStatus)
  toStatus: StationStatus;

  @Field({ description: 'Date of the change (YYYY-MM-DD).' })
  @DateOnlyColumn()
  changedOn: string;

  @Field(() => String, { nullable: true, description: 'Why, as the person who made the change wrote it (or the expiry sweep, for EXPIRED); null where none was recorded.' })
  @TextColumn({ nullable: true })
  reason: string | null;

  @ForeignKey(() => Account, { onDelete: 'SET NULL', nullable: true })
  changedById: number | null;

  @Field(() => String, { nullable: true, description: "Who made the change: an account's email, or `system` for the expiry sweep; null for changes from before accounts existed." })
  @NameColumn({ length: 200, nullable: true })
  changedBy: string | null;
}
