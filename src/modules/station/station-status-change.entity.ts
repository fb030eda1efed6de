/** One step in a station's status history, so dynamic management (awards, suspensions, exits) stays on record. */
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { DateOnlyColumn, EnumColumn, TextColumn } from '../../db/columns';
import { Station } from './station.entity';
import { StationStatus } from './station-status';

@ObjectType({ description: "A change in a station's status." })
@Entity('station_status_change')
@Index(['stationId', 'changedOn'])
export class StationStatusChange extends BaseRecord {
  @Column({ type: 'integer' })
  stationId: number;

  @ManyToOne(() => Station, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'station_id' })
  station?: Relation<Station>;

  @Field(() => StationStatus, { nullable: true, description: 'Null for the first entry, made at approval.' })
  @EnumColumn(StationStatus, { nullable: true })
  fromStatus: StationStatus | null;

  @Field(() => StationStatus)
  @EnumColumn(StationStatus)
  toStatus: StationStatus;

  @Field()
  @DateOnlyColumn()
  changedOn: string;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  reason: string | null;
}
