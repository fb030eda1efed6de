/** A talent's appointment as HAIZHI ambassador (海智大使); the first batch had six. */
import { Column, Entity } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { DateOnlyColumn, ForeignKey, NameColumn } from '../../db/columns';
import { Talent } from './talent.entity';

@ObjectType({ simpleResolvers: true, description: 'An appointment as HAIZHI ambassador (海智大使).' })
@Entity('ambassador_appointment')
export class AmbassadorAppointment extends BaseRecord {
  @ForeignKey(() => Talent, { onDelete: 'CASCADE', unique: true })
  talentId: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  batch: number;

  @Field()
  @DateOnlyColumn()
  appointedOn: string;

  @Field(() => String, { nullable: true })
  @DateOnlyColumn({ nullable: true })
  termEndsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Country or region the ambassador represents the network in.' })
  @NameColumn({ length: 120, nullable: true })
  region: string | null;
}
