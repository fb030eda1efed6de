/** Who took part in an activity: a station, a talent or an organisation (exactly one per row). */
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord } from '../../db/base-record';
import { EnumColumn } from '../../db/columns';
import { Organization } from '../organization/organization.entity';
import { Station } from '../station/station.entity';
import { Talent } from '../talent/talent.entity';
import { Activity } from './activity.entity';

export enum ParticipantRole {
  HOST = 'HOST',
  SPEAKER = 'SPEAKER',
  PARTICIPANT = 'PARTICIPANT',
  VISITED = 'VISITED',
}
registerEnumType(ParticipantRole, { name: 'ParticipantRole' });

@ObjectType({ description: 'A participant in an activity.' })
@Entity('activity_participant')
@Index(['activityId'])
@Index(['stationId'])
@Index(['talentId'])
@Index(['organizationId'])
export class ActivityParticipant extends BaseRecord {
  @Column({ type: 'integer' })
  activityId: number;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Relation<Activity>;

  @Column({ type: 'integer', nullable: true })
  stationId: number | null;

  @ManyToOne(() => Station, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'station_id' })
  station?: Relation<Station>;

  @Column({ type: 'integer', nullable: true })
  talentId: number | null;

  @ManyToOne(() => Talent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'talent_id' })
  talent?: Relation<Talent>;

  @Column({ type: 'integer', nullable: true })
  organizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Field(() => ParticipantRole)
  @EnumColumn(ParticipantRole)
  role: ParticipantRole;
}
