/** A talent's appointment as HAIZHI ambassador (海智大使); the first batch had six. */
import { Column } from 'typeorm';
import { Field, Int } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { RecordEntity } from '../../db/record-entity';
import { DateOnlyColumn, ForeignKey, NameColumn } from '../../db/columns';
import { Talent } from './talent.entity';

@RecordEntity('ambassador_appointment', 'An appointment as HAIZHI ambassador (海智大使).')
export class AmbassadorAppointment extends BaseRecord {
  @ForeignKey(() => Talent, { onDelete: 'CASCADE', unique: true })
  talentId: number;

  @Field(() => Int, { description: 'Which batch of ambassadors the talent was appointed in (the first batch had six).' })
  @Column({ type: 'integer' })
  batch: number;

  @Field({ description: 'Date of appointment (YYYY-MM-DD).' })
  @DateOnlyColumn()
  appointedOn: string;

  @Field(() => String, { nullable: true, description: 'Last day of the term (YYYY-MM-DD); null when open-ended.' })
  @DateOnlyColumn({ nullable: true })
  termEndsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Country or region the ambassador represents the network in.' })
  @NameColumn({ length: 120, nullable: true })
  region: string | null;
}
